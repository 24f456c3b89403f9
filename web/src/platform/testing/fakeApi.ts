/**
 * A fake API for the views' tests (happy-dom): answers shaped like the real ones, trimmed. Each test names the
 * paths its view reads; the territory lists every view's selectors need are always there.
 */
import { vi } from 'vitest';

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

/**
 * A territory's name after "de", "à" and where, as the API gives it. Tests give the forms they check; otherwise
 * "de <name>", "à <name>".
 */
export function namesOf(name: string, of = `de ${name}`, to = `à ${name}`, inside = to): { of: string; to: string; in: string } {
  return { of, to, in: inside };
}

/** The names of the territories the fake API knows. */
export const KNOWN_NAMES: Record<string, { of: string; to: string; in: string }> = {
  'groupement:aula': namesOf('Périmètre de l’AULA', 'du périmètre de l’AULA', 'au périmètre de l’AULA', 'dans le périmètre de l’AULA'),
  'epci:246200299': namesOf('CA d’Hénin-Carvin', 'de la CA d’Hénin-Carvin', 'à la CA d’Hénin-Carvin', 'dans la CA d’Hénin-Carvin'),
  'departement:62': namesOf('Pas-de-Calais', 'du Pas-de-Calais', 'au Pas-de-Calais', 'dans le Pas-de-Calais'),
  'region:32': namesOf('Hauts-de-France', 'des Hauts-de-France', 'aux Hauts-de-France', 'dans les Hauts-de-France'),
};

/** A territory as figures name it (TerritoryRef). */
export const territoryRef = (id: string, name: string) => ({ id, name, level: id.split(':')[0]!, names: KNOWN_NAMES[id] ?? namesOf(name) });

export const territoryPage = (items: { id: string; name: string }[]) => ({
  items: items.map((t) => ({ ...t, level: t.id.split(':')[0], code: t.id.split(':')[1], population: 1, names: KNOWN_NAMES[t.id] ?? namesOf(t.name) })),
  total: items.length,
  limit: 100,
  offset: 0,
  links: { self: '', next: null, prev: null },
});

/** The zones of the selectors, by level (GeoJSON asked: an empty collection). */
function territories(url: URL): Response {
  if (url.searchParams.get('format') === 'geojson') return json({ type: 'FeatureCollection', features: [] });
  switch (url.searchParams.get('level')) {
    case 'groupement':
      return json(territoryPage([{ id: 'groupement:aula', name: 'Périmètre de l’AULA' }]));
    case 'epci':
      return json(territoryPage([{ id: 'epci:246200299', name: 'CA d’Hénin-Carvin' }]));
    case 'commune':
      return json(territoryPage([{ id: 'commune:62724', name: 'Rouvroy' }]));
    default:
      return json(territoryPage([{ id: 'departement:62', name: 'Pas-de-Calais' }]));
  }
}

export type Answer = (url: URL, init: RequestInit | undefined) => Response;

/**
 * A mocked fetch: `overrides` by path-and-query prefix first (a test's special case), then `routes` by exact path,
 * then the territory lists; anything else is a 404 problem.
 */
export function fakeApi(routes: Record<string, Answer>, overrides: Record<string, () => Response> = {}) {
  return vi.fn<typeof fetch>((input, init) => {
    const url = new URL(String(input), 'http://test');
    const key = `${url.pathname}${url.search}`;
    for (const [prefix, answer] of Object.entries(overrides)) if (key.startsWith(prefix)) return Promise.resolve(answer());
    const route = routes[url.pathname];
    if (route) return Promise.resolve(route(url, init));
    if (url.pathname === '/api/v1/territories') return Promise.resolve(territories(url));
    return Promise.resolve(json({ title: 'Not Found', status: 404, detail: `Nothing at ${url.pathname}` }, 404));
  });
}

/** Waits until the predicate holds (the views load their modules and data asynchronously). */
export async function waitFor(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
