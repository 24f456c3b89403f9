// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { foncierEco } from '.';
import { startApp, type App } from '../../platform/shell';
import { Session } from '../../platform/auth/session';

// The map needs WebGL: a stand-in that records what it is given.
const drawn: { lots: unknown[] } = { lots: [] };
vi.mock('./lotsMap', () => ({
  createLotsMap: async () => ({
    setParks() {},
    setLots(data: { features: unknown[] }) {
      drawn.lots = data.features;
    },
    setSelected() {},
    fitTo() {},
    startDrawing() {},
    undoPoint() {},
    stopDrawing() {},
    setPreview() {},
    idle: () => Promise.resolve(),
    destroy() {},
  }),
}));

const KEY = 'obs_AbCd1234_abcdefghijklmnopqrstuvwxyz012345';
const EPCI = 'epci:200072460';

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

const page = (items: { id: string; name: string }[]) => ({
  items: items.map((t) => ({ ...t, level: t.id.split(':')[0], code: t.id.split(':')[1], population: 1 })),
  total: items.length,
  limit: 100,
  offset: 0,
  links: { self: '', next: null, prev: null },
});

const PARK = {
  id: 11,
  name: 'ZA des Alouettes',
  type: 'activites',
  communeId: 'commune:62119',
  epciId: EPCI,
  totalHa: 10,
  occupiedHa: 6,
  availableHa: 1,
  reserveHa: 2,
  brownfieldHa: 0.5,
  marketedHa: 0.5,
  establishments: 3,
  occupancyRate: 60,
};
const lot = (version: number, status: string, occupant: string | null) => ({
  id: 1101,
  version,
  zaeId: 11,
  zaeName: PARK.name,
  communeId: 'commune:62119',
  epciId: EPCI,
  status,
  occupantName: occupant,
  occupantSiret: null,
  splitFrom: null,
  areaHa: 2,
  updatedAt: '2026-11-20T10:00:00Z',
  changedBy: 'key 7 (CABBALR)',
  eTag: `"lot-1101-v${version}"`,
});
const square = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [2.6, 50.5],
        [2.61, 50.5],
        [2.61, 50.51],
        [2.6, 50.51],
        [2.6, 50.5],
      ],
    ],
  ],
};

interface Call {
  method: string;
  url: string;
  headers: Headers;
  body: string | null;
}

let calls: Call[];
let patchAnswers: (() => Response)[];

function api(): typeof fetch {
  return vi.fn<typeof fetch>(async (input, init) => {
    const url = new URL(String(input), 'http://test');
    const headers = new Headers(init?.headers);
    const method = init?.method ?? 'GET';
    calls.push({ method, url: `${url.pathname}${url.search}`, headers, body: (init?.body as string | undefined) ?? null });
    const signedIn = headers.get('Authorization') === `Bearer ${KEY}`;
    if (headers.has('Authorization') && !signedIn) return json({ title: 'Unauthorized', status: 401, detail: 'unknown API key' }, 401);
    switch (url.pathname) {
      case '/api/v1/me':
        return signedIn
          ? json({ keyId: 7, name: 'CABBALR, service économique', role: 'partner_editor', scope: [EPCI], scopeCommunes: ['commune:62119'], editor: true })
          : json({ title: 'Unauthorized', status: 401, detail: 'This route needs an API key' }, 401);
      case '/api/v1/observatories':
        return json({ items: [] });
      case '/api/v1/territories': {
        const level = url.searchParams.get('level');
        if (level === 'groupement') return json(page([{ id: 'groupement:aula', name: 'Périmètre de l’AULA' }]));
        if (level === 'epci') return json(page([{ id: EPCI, name: 'CA de Béthune-Bruay' }]));
        return json(page([]));
      }
      case '/api/v1/foncier-eco/parks':
        return json({
          totals: { parks: 1, totalHa: 10, occupiedHa: 6, availableHa: 1.5, reserveHa: 2, brownfieldHa: 0.5, occupancyRate: 60, establishments: 3 },
          items: [PARK],
        });
      case '/api/v1/foncier-eco/parks/11/lots': {
        const item = { ...lot(1, 'occupe', signedIn ? 'Transports Leclercq' : null) };
        return json({ park: 11, asOf: null, items: [item] });
      }
      case '/api/v1/foncier-eco/lots/1101':
        if (method === 'PATCH') return patchAnswers.shift()!();
        return json(lot(1, 'occupe', signedIn ? 'Transports Leclercq' : null), 200, { ETag: '"lot-1101-v1"' });
      case '/ogc/collections/foncier-eco-lots/items':
        return json({
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', id: 1101, geometry: square, properties: { zae: 11, commune: 'commune:62119', status: 'occupe', area_ha: 2, updated_at: '' } },
          ],
        });
      case '/ogc/collections/foncier-eco-zae/items':
        return json({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', id: 11, geometry: square, properties: { name: PARK.name, type: 'activites', commune: 'commune:62119' } }],
        });
    }
    return json({ title: 'Not Found', status: 404 }, 404);
  });
}

async function settle(rounds = 30): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let app: App | null = null;

function start(path: string): { session: Session } {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  const session = new Session(window.sessionStorage);
  const client = new ApiClient({ fetch: api(), apiKey: () => session.key(), onUnauthorized: () => session.expire() });
  app = startApp({ document, window, client, session, observatories: [foncierEco] });
  return { session };
}

beforeEach(() => {
  calls = [];
  patchAnswers = [];
  window.sessionStorage.clear();
});

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const VIEW = `/observatories/foncier-eco/zae?territory=${EPCI}&park=11&lot=1101`;

describe('the Foncier économique view', () => {
  it('shows a visitor the figures, the park’s lots and the lot, without edit controls or occupants', async () => {
    start(VIEW);
    await until(() => document.querySelector('[data-lot-sheet="1101"]') !== null, 'the lot sheet');
    const available = document.querySelector('[data-figures="territory"] [data-figure="available"] dd')?.textContent;
    expect(available?.replace(/\s/g, ' ')).toBe('1,5 ha');
    expect(document.querySelector('[data-figures="park"] [data-figure="rate"] dd')?.textContent?.replace(/\s/g, ' ')).toBe('60 %');
    expect(document.querySelector('form[data-lot-form]')).toBeNull();
    expect(document.querySelector('[data-action]')).toBeNull();
    expect(document.querySelector('#foncier-lots')?.textContent).not.toContain('Transports Leclercq');
    expect(document.querySelector('tr[data-lot-row="1101"]')).not.toBeNull();
    expect(drawn.lots).toHaveLength(1);
    expect(calls.every((c) => !c.headers.has('Authorization'))).toBe(true);
    expect(document.querySelector('.session__in')?.getAttribute('href')).toBe(
      `/connexion?next=${encodeURIComponent(VIEW).replace(/%2F/g, '/').replace(/%3A/g, ':')}`,
    );
  });

  it('signs an editor in from the form: the key goes in a header, never in the URL; edit controls and occupants appear', async () => {
    start(VIEW);
    await until(() => document.querySelector('[data-lot-sheet="1101"]') !== null, 'the lot sheet');
    const link = document.querySelector<HTMLAnchorElement>('.session__in')!;
    link.click();
    await until(() => document.querySelector('input[name="apiKey"]') !== null, 'the sign-in form');
    expect(window.location.pathname).toBe('/connexion');
    const input = document.querySelector<HTMLInputElement>('input[name="apiKey"]')!;
    expect(input.type).toBe('password');
    input.value = 'pas une clé';
    document.querySelector<HTMLFormElement>('form.sign-in__form')!.requestSubmit();
    await settle();
    expect(document.querySelector('.field__error')?.textContent).toContain('ne ressemble pas à une clé');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    input.value = KEY;
    document.querySelector<HTMLFormElement>('form.sign-in__form')!.requestSubmit();
    await until(() => document.querySelector('form[data-lot-form="1101"]') !== null, 'the edit form');
    expect(`${window.location.pathname}${window.location.search}`).toBe(VIEW);
    expect(window.location.href).not.toContain('obs_');
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.getItem('observatoires.session')).toContain(KEY);
    expect(document.querySelector('[data-identity]')?.textContent).toBe('CABBALR, service économique — partenaire éditeur');
    await until(() => document.querySelector('#foncier-lots')?.textContent?.includes('Transports Leclercq') ?? false, 'the occupant');
    expect(calls.filter((c) => c.url.startsWith('/api/v1/foncier-eco')).some((c) => c.headers.get('Authorization') === `Bearer ${KEY}`)).toBe(true);
  });

  it('shows the API’s field errors next to their fields, and a 412 as someone else’s change to re-apply or discard', async () => {
    window.sessionStorage.setItem(
      'observatoires.session',
      JSON.stringify({
        key: KEY,
        identity: { keyId: 7, name: 'CABBALR', role: 'partner_editor', scope: [EPCI], scopeCommunes: ['commune:62119'], editor: true },
      }),
    );
    start(VIEW);
    await until(() => document.querySelector('form[data-lot-form="1101"]') !== null, 'the edit form');
    const form = document.querySelector<HTMLFormElement>('form[data-lot-form="1101"]')!;
    const name = form.querySelector<HTMLInputElement>('input[name="occupantName"]')!;

    patchAnswers.push(() =>
      json({ title: 'Bad Request', status: 400, errors: [{ name: 'occupantName', reason: "an occupied lot needs its occupant's name" }] }, 400),
    );
    name.value = '';
    form.requestSubmit();
    await until(() => form.querySelector('[data-error-for="occupantName"]:not([hidden])') !== null, 'the field error');
    expect(form.querySelector('[data-error-for="occupantName"]')?.textContent).toBe('Un lot occupé doit avoir le nom de son occupant.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain(form.querySelector('[data-error-for="occupantName"]')!.id);
    expect(document.activeElement).toBe(name);
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"lot-1101-v1"');

    patchAnswers.push(() =>
      json({ title: 'Precondition Failed', status: 412, detail: 'Lot 1101 changed', current: lot(2, 'friche', null) }, 412, { ETag: '"lot-1101-v2"' }),
    );
    patchAnswers.push(() => json(lot(3, 'occupe', 'Nouvel occupant'), 200, { ETag: '"lot-1101-v3"' }));
    name.value = 'Nouvel occupant';
    form.requestSubmit();
    await until(() => document.querySelector('[data-conflict]') !== null, 'the conflict');
    const conflict = document.querySelector<HTMLElement>('[data-conflict]')!;
    expect(conflict.textContent).toContain('Ce lot a été modifié par quelqu’un d’autre');
    expect(conflict.textContent).toContain('Friche');
    expect(conflict.textContent).toContain('Nouvel occupant');
    expect(document.activeElement).toBe(conflict);
    conflict.querySelector<HTMLButtonElement>('[data-action="reapply"]')!.click();
    await until(() => calls.filter((c) => c.method === 'PATCH').length === 3, 'the second attempt');
    const again = calls.filter((c) => c.method === 'PATCH')[2]!;
    expect(again.headers.get('If-Match')).toBe('"lot-1101-v2"');
    expect(JSON.parse(again.body!)).toEqual({ status: 'occupe', occupantName: 'Nouvel occupant', occupantSiret: null });
  });

  it('says clearly when the API refuses a write outside the key’s territory (403)', async () => {
    window.sessionStorage.setItem(
      'observatoires.session',
      JSON.stringify({
        key: KEY,
        identity: { keyId: 7, name: 'CABBALR', role: 'partner_editor', scope: [EPCI], scopeCommunes: ['commune:62119'], editor: true },
      }),
    );
    start(VIEW);
    await until(() => document.querySelector('form[data-lot-form="1101"]') !== null, 'the edit form');
    expect(document.querySelector('.session-note')?.textContent).toContain('CA de Béthune-Bruay');
    patchAnswers.push(() => json({ title: 'Forbidden', status: 403, detail: 'Lot 1101 lies in commune:62119, outside the territories of your key.' }, 403));
    document.querySelector<HTMLFormElement>('form[data-lot-form="1101"]')!.requestSubmit();
    await until(() => document.querySelector('[data-forbidden]') !== null, 'the refusal');
    expect(document.querySelector('[data-forbidden]')?.textContent).toContain('hors du périmètre de votre clé');
    expect(document.querySelector('[data-forbidden]')?.getAttribute('role')).toBe('alert');
  });

  it('signs out with a clear message when the API refuses the key', async () => {
    window.sessionStorage.setItem(
      'observatoires.session',
      JSON.stringify({
        key: 'obs_Revoked1_abcdefghijklmnopqrstuvwxyz012345',
        identity: { keyId: 8, name: 'Ancienne', role: 'partner_editor', scope: [], scopeCommunes: [], editor: true },
      }),
    );
    start(VIEW);
    await until(() => document.querySelector('[data-session-notice="expired"]') !== null, 'the notice');
    expect(document.querySelector('[data-session-notice]')?.textContent).toContain('n’est plus acceptée');
    expect(window.sessionStorage.getItem('observatoires.session')).toBeNull();
    await until(() => document.querySelector('[data-lot-sheet="1101"]') !== null, 'the page, anonymously');
    expect(document.querySelector('form[data-lot-form]')).toBeNull();
  });
});
