// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../index.html?raw';
import { ApiClient } from './api/client';
import { startApp, type App } from './shell';
import { definePage, type ObservatoryDefinition } from './registry';
import { pick, query, type Route } from './routes';
import { waitFor } from './testing/fakeApi';
import { testObservatory } from './testing/testObservatory';
import { h, replaceContent } from './ui/dom';

const NNBSP = '\u202f';

const OBSERVATORIES = {
  items: [
    { slug: 'portrait', name: 'Portrait de territoire', description: 'Population.', indicatorCount: 7, href: '' },
    { slug: 'emploi', name: 'Emploi et entrepreneuriat', description: 'Emploi.', indicatorCount: 4, href: '' },
  ],
};

const indicator = (code: string, label: string, unit: string) => ({
  code,
  label,
  unit,
  decimals: 0,
  observatory: code.split('.')[0],
  theme: 't',
  periodicity: 'year',
  aggregation: 'sum',
  higherIsBetter: true,
  source: 'INSEE',
  sourceUrl: null,
  licence: 'Licence Ouverte',
  confidentiality: 'public',
});

function profile(id: string, population: number) {
  return {
    territory: { id, level: id.split(':')[0], name: id },
    references: [],
    observatories: [
      {
        slug: 'portrait',
        name: 'Portrait de territoire',
        figures: [
          {
            indicator: indicator('portrait.population', 'Population municipale', 'habitants'),
            period: '2024',
            value: population,
            status: 'provisional',
            // The département's total of what the agency measures in its perimeter only covers part of it.
            coverage: id === 'departement:62' ? { communes: 318, communesWithValue: 318, territoryCommunes: 887 } : null,
            changeOver1: { period: '2023', value: population - 100, difference: 100, rate: 0.001 },
            changeOver5: null,
            references: [],
          },
        ],
      },
      { slug: 'emploi', name: 'Emploi', figures: [] },
    ],
  };
}

const page = (items: { id: string; name: string }[]) => ({
  items: items.map((t) => ({ ...t, level: t.id.split(':')[0], code: t.id.split(':')[1], population: 1 })),
  total: items.length,
  limit: 100,
  offset: 0,
  links: { self: '', next: null, prev: null },
});

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

function api(overrides: Record<string, () => Response> = {}) {
  return vi.fn<typeof fetch>((input) => {
    const url = new URL(String(input), 'http://test');
    const key = `${url.pathname}${url.search}`;
    for (const [prefix, answer] of Object.entries(overrides)) if (key.startsWith(prefix)) return Promise.resolve(answer());
    if (url.pathname === '/api/v1/observatories') return Promise.resolve(json(OBSERVATORIES));
    if (url.pathname === '/api/v1/territories') {
      const level = url.searchParams.get('level');
      if (level === 'groupement') return Promise.resolve(json(page([{ id: 'groupement:aula', name: 'Périmètre de l’AULA' }])));
      if (level === 'epci') return Promise.resolve(json(page([{ id: 'epci:246200299', name: 'CA d’Hénin-Carvin' }])));
      return Promise.resolve(json(page([{ id: 'departement:62', name: 'Pas-de-Calais' }])));
    }
    const match = /^\/api\/v1\/territories\/([^/]+)\/profile$/.exec(url.pathname);
    if (match) return Promise.resolve(json(profile(match[1]!, match[1] === 'groupement:aula' ? 583871 : 126062)));
    if (url.pathname.startsWith('/api/v1/territories/')) {
      return Promise.resolve(json({ title: 'Not Found', status: 404, detail: `Territory '${url.pathname.split('/').pop()}' does not exist` }, 404));
    }
    return Promise.resolve(json({ title: 'Not Found', status: 404 }, 404));
  });
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
}

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch, observatories: ObservatoryDefinition[] = [testObservatory]): App {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories });
  return app;
}

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

describe('the portal', () => {
  it('shows a card per observatory with its headline figure for the AULA perimeter', async () => {
    const fetchMock = api();
    start('/', fetchMock);
    await settle();
    const cards = [...document.querySelectorAll('.card')];
    expect(cards.map((c) => c.querySelector('h2')?.textContent)).toEqual(['Portrait de territoire', 'Emploi et entrepreneuriat']);
    expect(cards[0]!.querySelector('.card__figure-value')?.textContent).toBe(`583${NNBSP}871\u00a0habitants`);
    expect(cards[1]!.textContent).toContain('Pas de chiffre clé');
    expect(cards[1]!.querySelector('a')?.getAttribute('href')).toBe('/observatories/emploi');
    expect(document.title).toContain('Portail');
    expect(document.querySelector('.site-nav a[aria-current="page"]')?.textContent).toBe('Observatoires');
  });

  it('keeps the territory picked in the URL, and goes back with the browser', async () => {
    const fetchMock = api();
    start('/', fetchMock);
    await settle();
    const select = document.querySelector<HTMLSelectElement>('select[name="territory"]')!;
    select.value = 'epci:246200299';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(window.location.search).toBe('?territory=epci:246200299');
    expect(document.querySelector('.card__figure-value')?.textContent).toBe(`126${NNBSP}062\u00a0habitants`);
    expect(document.querySelector('.card__link')?.getAttribute('href')).toBe('/observatories/portrait?zone=epci:246200299');
    window.history.back();
    await new Promise((r) => setTimeout(r, 50));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(document.querySelector<HTMLSelectElement>('select[name="territory"]')!.value).toBe('groupement:aula');
    expect(document.querySelector('.card__figure-value')?.textContent).toBe(`583${NNBSP}871\u00a0habitants`);
  });

  it('says of a partial total how many of its territory’s communes it covers', async () => {
    start('/?territory=departement:62', api());
    await settle();
    expect(document.querySelector('.card__figure-coverage')?.textContent).toBe('sur 318 des 887 communes');
    app?.stop();
    start('/', api());
    await settle();
    expect(document.querySelector('.card__figure-coverage')).toBeNull();
  });

  it('says in French that the service is down, with a retry button, when the API fails', async () => {
    const fetchMock = api({ '/api/v1/observatories': () => json({ title: 'Boom', status: 500 }, 500) });
    start('/', fetchMock);
    await settle();
    const alert = document.querySelector('.cards [role="alert"]');
    expect(alert?.textContent).toContain('Le service de données ne répond pas');
    expect(alert?.querySelector('button')?.textContent).toBe('Réessayer');
  });
});

describe('the observatories’ pages', () => {
  it('counts on a card what its observatory counts (the registry’s count), its indicators otherwise or when that fails', async () => {
    const essai = { slug: 'essai', name: 'Observatoire d’essai', description: 'Essai.', indicatorCount: 0, href: '' };
    const withEssai = api({ '/api/v1/observatories': () => json({ items: [...OBSERVATORIES.items, essai] }) });
    const counted = (slug: string): string => document.querySelector(`.card[data-observatory="${slug}"] [data-testid="card-count"]`)?.textContent ?? '';
    start('/', withEssai, [{ ...testObservatory, count: () => Promise.resolve('2 projets suivis') }]);
    await settle();
    expect(counted('essai')).toBe('2 projets suivis');
    expect(counted('emploi')).toMatch(/^\d+ indicateurs?$/);
    app?.stop();
    start('/', withEssai, [{ ...testObservatory, count: () => Promise.reject(new Error('panne')) }]);
    await settle();
    expect(counted('essai')).toBe('0 indicateur');
  });

  it('links an observatory’s card to its page, and opens the page (loaded on demand) in the portal’s section', async () => {
    const essai = { slug: 'essai', name: 'Observatoire d’essai', description: 'Essai.', indicatorCount: 0, href: '' };
    start('/?territory=epci:246200299', api({ '/api/v1/observatories': () => json({ items: [...OBSERVATORIES.items, essai] }) }));
    await settle();
    const link = document.querySelector<HTMLAnchorElement>('.card[data-observatory="essai"] a[data-observatory-link="essai"]');
    expect(link?.getAttribute('href')).toBe('/essai?n=14');
    expect(document.querySelector('.card[data-observatory="emploi"] a[data-observatory-link]')).toBeNull();
    link!.click();
    await settle();
    expect(window.location.pathname + window.location.search).toBe('/essai?n=14');
    expect(document.querySelector('h1')?.textContent).toBe('Page d’essai 14');
    expect(document.querySelector('.site-nav a[aria-current="page"]')?.getAttribute('data-section')).toBe('portal');
  });

  it('updates the page in place when only its parameters change', async () => {
    start('/essai?n=1', api());
    await settle();
    app!.context.navigate({ view: 'essai/page', n: 2 } as never);
    await settle();
    expect(document.querySelector('h1')?.textContent).toBe('Page d’essai 2');
    expect(window.location.search).toBe('?n=2');
  });
});

/** An observatory of two pages, each on a territory (an EPCI, or the whole area when none). */
function twoPages(): ObservatoryDefinition {
  type TwoRoute = { view: 'essai/carte' | 'essai/bilan'; territory: string | null };
  const page = (view: TwoRoute['view'], title: string, path: string) =>
    definePage<TwoRoute>({
      view,
      title,
      path,
      parse: (segments, params) => (`/${segments.join('/')}` === path ? { view, territory: pick(params, 'territory', /^epci:\d{9}$/) } : null),
      toUrl: (route) => `${path}${query([['territory', route.territory]])}`,
      load:
        async () =>
        (container, route): { update(next: Route): void; destroy(): void } => {
          const show = (r: TwoRoute): void => replaceContent(container, h('h1', { tabindex: '-1' }, `${title} ${r.territory ?? 'partout'}`));
          show(route);
          return { update: (next) => show(next as TwoRoute), destroy() {} };
        },
    });
  return { slug: 'essai', pages: [page('essai/carte', 'Carte', '/essai/carte'), page('essai/bilan', 'Bilan', '/essai/bilan')] };
}

describe('an observatory’s row of pages', () => {
  const row = () => [...document.querySelectorAll<HTMLAnchorElement>('nav.observatory-pages a')];

  it('links every page of the observatory, the one shown marked as current, each on the territory being read', async () => {
    start('/essai/carte?territory=epci:246200299', api(), [twoPages()]);
    await settle();
    expect(row().map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('aria-current')])).toEqual([
      ['Carte', '/essai/carte?territory=epci:246200299', 'page'],
      ['Bilan', '/essai/bilan?territory=epci:246200299', null],
    ]);
    row()[1]!.click();
    await settle();
    expect(window.location.pathname + window.location.search).toBe('/essai/bilan?territory=epci:246200299');
    expect(document.querySelector('h1')?.textContent).toBe('Bilan epci:246200299');
    expect(row().map((a) => a.getAttribute('aria-current'))).toEqual([null, 'page']);
    expect(document.activeElement).toBe(document.querySelector('h1'));
  });

  it('follows the territory when the page changes it in place', async () => {
    start('/essai/carte', api(), [twoPages()]);
    await settle();
    expect(row()[1]!.getAttribute('href')).toBe('/essai/bilan');
    app!.context.navigate({ view: 'essai/carte', territory: 'epci:200072460' } as never);
    await settle();
    expect(row()[1]!.getAttribute('href')).toBe('/essai/bilan?territory=epci:200072460');
  });

  it('is not drawn for an observatory of one page, nor on the platform’s views', async () => {
    start('/essai?n=1', api());
    await settle();
    expect(document.querySelector('h1')?.textContent).toBe('Page d’essai 1');
    expect(row()).toEqual([]);
    app!.stop();
    start('/', api(), [twoPages()]);
    await settle();
    expect(row()).toEqual([]);
  });
});

describe('routing', () => {
  it('follows internal links without reloading and focuses the new page title', async () => {
    const fetchMock = api();
    start('/', fetchMock);
    await settle();
    document.querySelector<HTMLAnchorElement>('.site-nav a[data-section="profile"]')!.click();
    // The profile loads on demand: its title is there at once, its search once the module came.
    await waitFor(() => document.querySelector('input[type="search"]') !== null);
    expect(window.location.pathname).toBe('/territories');
    expect(document.querySelector('h1')?.textContent).toBe('Tableau de bord territorial');
    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.querySelector('input[type="search"]')).not.toBeNull();
  });

  it('names an unknown territory in plain French, with the search to find another', async () => {
    const fetchMock = api();
    start('/territories/commune:99999', fetchMock);
    await waitFor(() => document.querySelector('h1')?.textContent === 'Territoire inconnu');
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('« commune:99999 » est inconnu');
    expect(document.querySelector('input[type="search"]')).not.toBeNull();
  });

  it('shows a page for unknown addresses, never a blank page', async () => {
    start('/nulle-part', api());
    await settle();
    expect(document.querySelector('h1')?.textContent).toBe('Page introuvable');
    expect(document.querySelector('[role="alert"] a')?.getAttribute('href')).toBe('/');
  });

  it('drops invalid parameters from the address bar', async () => {
    start('/?territory=%3Cscript%3E', api());
    await settle();
    expect(window.location.search).toBe('');
  });
});
