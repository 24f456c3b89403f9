// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../index.html?raw';
import { ApiClient } from './api/client';
import type {
  CommuneProperties,
  Feature,
  HealthResponse,
  MultiPolygonGeometry,
  TerritoryDetail,
  TerritoryFeatureCollection,
  TerritoryPage,
  TerritorySummary,
} from './api/types';
import { startApp } from './app';
import { CATEGORY_COLOURS } from './map/palette';

const NNBSP = '\u202f';

const EPCIS: TerritorySummary[] = [
  { id: 'epci:200044030', level: 'epci', code: '200044030', name: 'CC du Ternois', population: 37941 },
  { id: 'epci:200069672', level: 'epci', code: '200069672', name: 'CC des 7 Vallées', population: 29435 },
  {
    id: 'epci:200072460',
    level: 'epci',
    code: '200072460',
    name: 'CA de Béthune-Bruay, Artois-Lys Romane',
    population: 275736,
  },
  { id: 'epci:246200364', level: 'epci', code: '246200364', name: 'CA de Lens-Liévin', population: 242006 },
  { id: 'epci:246200299', level: 'epci', code: '246200299', name: 'CA Hénin-Carvin', population: 125375 },
];

const COMMUNES_PER_EPCI = [2, 3, 2, 2, 1];

function square(x: number, y: number, size: number, withHole = false): MultiPolygonGeometry {
  const ring = (x0: number, y0: number, s: number): [number, number][] => [
    [x0, y0],
    [x0 + s, y0],
    [x0 + s, y0 + s],
    [x0, y0 + s],
    [x0, y0],
  ];
  return {
    type: 'MultiPolygon',
    coordinates: [withHole ? [ring(x, y, size), ring(x + size / 4, y + size / 4, size / 2)] : [ring(x, y, size)]],
  };
}

function communes(): TerritoryFeatureCollection {
  const features: Feature<MultiPolygonGeometry, CommuneProperties>[] = [];
  EPCIS.forEach((epci, e) => {
    for (let i = 0; i < (COMMUNES_PER_EPCI[e] ?? 0); i++) {
      const code = `62${e}${i}0`;
      features.push({
        type: 'Feature',
        id: `commune:${code}`,
        geometry: square(1.8 + e * 0.2, 50.2 + i * 0.1, 0.1, i === 0),
        properties: {
          id: `commune:${code}`,
          level: 'commune',
          code,
          name: e === 2 && i === 0 ? 'Béthune' : `Commune ${e}-${i}`,
          population: e === 2 && i === 0 ? 25342 : 1000 + i,
          epci: epci.id,
        },
      });
    }
  });
  return { type: 'FeatureCollection', features, numberMatched: features.length, numberReturned: features.length };
}

function detail(epci: TerritorySummary, index: number): TerritoryDetail {
  return {
    ...epci,
    sourceVintage: 'Recensement 2021',
    geometrySource: 'synthetic',
    bbox: [1.8, 50.2, 3, 50.6],
    parents: [{ id: 'groupement:aula', level: 'groupement', code: 'aula', name: 'Périmètre de l’AULA' }],
    childrenCounts: { commune: COMMUNES_PER_EPCI[index] ?? 0 },
    links: { self: `/api/v1/territories/${epci.id}`, geometry: null },
  };
}

const HEALTH: HealthResponse = {
  status: 'ok',
  database: 'reachable',
  schemaVersion: '0002_territories.sql',
  counts: { commune: 319, epci: 5, groupement: 3, departement: 1, region: 1 },
};

function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

type Route = (url: URL) => Response | Promise<Response> | undefined;

/** A fake API: the happy path, with routes that a test can override. */
function fakeApi(overrides: Route[] = []) {
  const routes: Route[] = [
    ...overrides,
    (url) => (url.pathname === '/health' ? json(HEALTH) : undefined),
    (url) => {
      if (url.pathname !== '/api/v1/territories') return undefined;
      if (url.searchParams.get('format') === 'geojson') return json(communes(), 200, 'application/geo+json');
      const page: TerritoryPage = {
        items: EPCIS,
        total: EPCIS.length,
        limit: 100,
        offset: 0,
        links: { self: url.pathname + url.search, next: null, prev: null },
      };
      return json(page);
    },
    (url) => {
      const match = /^\/api\/v1\/territories\/(.+)$/.exec(url.pathname);
      const index = EPCIS.findIndex((e) => e.id === decodeURIComponent(match?.[1] ?? ''));
      return index < 0 ? undefined : json(detail(EPCIS[index]!, index));
    },
  ];
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const url = new URL(String(input), 'http://localhost');
    for (const route of routes) {
      const response = await route(url);
      if (response) return response;
    }
    return json({ title: 'Not Found', status: 404, detail: `No resource at ${url.pathname}` }, 404, 'application/problem+json');
  });
  return { client: new ApiClient({ fetch: fetchMock, timeoutMs: 2000 }), fetchMock };
}

function mountPage(search = ''): void {
  const page = new DOMParser().parseFromString(indexHtml, 'text/html');
  document.body.innerHTML = page.body.innerHTML;
  window.history.replaceState(null, '', `/${search}`);
}

const $ = <E extends Element = HTMLElement>(selector: string): E => {
  const element = document.querySelector<E>(selector);
  if (!element) throw new Error(`${selector} not found`);
  return element;
};
const $$ = <E extends Element = HTMLElement>(selector: string): E[] => [...document.querySelectorAll<E>(selector)];
const text = (selector: string): string => ($(selector).textContent ?? '').replace(/\s+/g, ' ').trim();

describe('portal page', () => {
  beforeEach(() => {
    mountPage();
  });

  it('has a static skeleton that is never blank: skip link, h1, loading states', () => {
    expect($('a.skip-link').getAttribute('href')).toBe('#contenu');
    expect($('main').id).toBe('contenu');
    expect(text('h1')).toBe('Observatoires territoriaux — AULA');
    expect($('#epci-content').getAttribute('aria-busy')).toBe('true');
    expect(text('#epci-content')).toMatch(/Chargement/);
    expect($('#api-status').getAttribute('role')).toBe('status');
  });

  it('shows the service status, the EPCI table and the map', async () => {
    const { client } = fakeApi();
    await startApp({ document, window, client }).ready;

    // status line
    expect($('#api-status').dataset['state']).toBe('ok');
    expect(text('#api-status')).toContain('Service de données disponible');
    expect(text('#api-status')).toContain('base de données joignable');
    expect(text('#api-status')).toContain('0002_territories.sql');
    expect(text('#api-status')).toContain('319 communes');

    // EPCI table
    expect($('#epci-content').hasAttribute('aria-busy')).toBe(false);
    const rows = $$('#epci-content tbody tr');
    expect(rows).toHaveLength(5);
    const bethune = rows.find((r) => r.dataset['id'] === 'epci:200072460')!;
    const cells = [...bethune.children].map((c) => c.textContent);
    expect(cells).toEqual(['CA de Béthune-Bruay, Artois-Lys Romane', '200072460', `275${NNBSP}736`, '2']);
    expect([...$$('#epci-content tfoot tr')[0]!.children].map((c) => c.textContent)).toEqual([
      'Ensemble',
      `710${NNBSP}493`,
      '10',
    ]);
    expect(text('#epci-content')).toContain('Source des populations : Recensement 2021.');

    // map: one path per commune, coloured by EPCI, with a <title>
    const paths = $$<SVGPathElement>('#map-content svg path.commune');
    expect(paths).toHaveLength(10);
    expect($('#map-content svg').getAttribute('role')).toBe('img');
    const bethunePath = paths.find((p) => p.getAttribute('data-code') === '62200')!;
    expect(bethunePath.querySelector('title')?.textContent).toBe(`Béthune — 25${NNBSP}342\u00a0habitants`);
    expect(bethunePath.getAttribute('fill-rule')).toBe('evenodd');
    expect(bethunePath.getAttribute('d')?.match(/M/g)).toHaveLength(2); // exterior + hole
    expect(bethunePath.getAttribute('fill')).toBe(CATEGORY_COLOURS[2]);
    expect(new Set(paths.map((p) => p.getAttribute('fill'))).size).toBe(5);

    // legend, synthetic note, table alternative
    expect($$('#map-content .legend__button')).toHaveLength(5);
    expect(text('#map-content .legend')).toContain('CA Hénin-Carvin (1 commune)');
    const note = $$('#map-content .note').find((n) => n.textContent?.includes('Géométrie synthétique'))!;
    expect(note.hidden).toBe(false);
    expect($$('#map-content details table tbody tr')).toHaveLength(10);
  });

  it('highlights the EPCI chosen in the legend, records it in the URL, and follows history', async () => {
    const { client } = fakeApi();
    await startApp({ document, window, client }).ready;

    const button = $$('#map-content .legend__button').find((b) => b.dataset['epci'] === 'epci:246200364')!;
    button.click();
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(window.location.search).toBe('?epci=epci:246200364');
    expect($('#map-content svg').classList.contains('has-selection')).toBe(true);
    expect($$('#map-content path.is-selected').map((p) => p.getAttribute('data-epci'))).toEqual([
      'epci:246200364',
      'epci:246200364',
    ]);
    expect($$('#map-content details tbody tr')).toHaveLength(2);
    expect(text('#map-content details caption')).toBe('Communes de l’EPCI CA de Lens-Liévin (2)');

    button.click(); // pressing again clears the selection
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(window.location.search).toBe('');
    expect($$('#map-content path.is-selected')).toHaveLength(0);
    expect($$('#map-content details tbody tr')).toHaveLength(10);
  });

  it('starts from the EPCI given in the URL', async () => {
    mountPage('?epci=epci:200044030');
    const { client } = fakeApi();
    await startApp({ document, window, client }).ready;
    expect($$('#map-content .legend__button[aria-pressed="true"]').map((b) => b.dataset['epci'])).toEqual([
      'epci:200044030',
    ]);
    expect($$('#map-content path.is-selected')).toHaveLength(2);
  });

  it('shows a plain-French message when the API does not answer, and can retry', async () => {
    let down = true;
    const { client } = fakeApi([
      () => (down ? Promise.reject(new TypeError('Failed to fetch')) : undefined),
    ]);
    const app = startApp({ document, window, client });
    await app.ready;

    expect($('#api-status').dataset['state']).toBe('error');
    expect(text('#api-status')).toContain('Le service de données ne répond pas');
    for (const block of ['#epci-content', '#map-content']) {
      expect($(`${block} [role="alert"]`)).toBeTruthy();
      expect(text(block)).toContain('Le service de données ne répond pas');
      expect($(block).hasAttribute('aria-busy')).toBe(false);
    }

    down = false;
    $('#epci-content [role="alert"] button').click();
    expect(text('#epci-content')).toMatch(/Chargement/);
    await vi.waitFor(() => expect($$('#epci-content tbody tr')).toHaveLength(5));
    await vi.waitFor(() => expect($$('#map-content path.commune')).toHaveLength(10));
    expect($('#api-status').dataset['state']).toBe('ok');
  });

  it('reports a database outage (503 /health) without hiding the rest', async () => {
    const { client } = fakeApi([
      (url) =>
        url.pathname === '/health'
          ? json({ status: 'unavailable', database: 'unreachable', schemaVersion: null, counts: null }, 503)
          : undefined,
    ]);
    await startApp({ document, window, client }).ready;
    expect($('#api-status').dataset['state']).toBe('degraded');
    expect(text('#api-status')).toContain('la base de données est injoignable');
  });

  it('keeps the table when one EPCI detail fails, and the map when the EPCI list fails', async () => {
    const { client } = fakeApi([
      (url) =>
        url.pathname === '/api/v1/territories/epci:246200299'
          ? json({ title: 'Erreur', status: 500 }, 500, 'application/problem+json')
          : undefined,
    ]);
    await startApp({ document, window, client }).ready;
    const row = $$('#epci-content tbody tr').find((r) => r.dataset['id'] === 'epci:246200299')!;
    expect(row.lastElementChild?.textContent).toBe('—');
    expect(text('#epci-content tfoot')).toContain('—');
    expect(text('#epci-content')).toContain('n’a pas pu être chargé pour 1 EPCI');

    mountPage();
    const { client: noList } = fakeApi([
      (url) =>
        url.pathname === '/api/v1/territories' && url.searchParams.get('level') === 'epci'
          ? json({ title: 'Paramètres invalides', status: 400, detail: 'Niveau inconnu.' }, 400, 'application/problem+json')
          : undefined,
    ]);
    await startApp({ document, window, client: noList }).ready;
    expect(text('#epci-content [role="alert"]')).toContain('Niveau inconnu.');
    expect($$('#map-content path.commune')).toHaveLength(10);
    // legend falls back on ids
    expect(text('#map-content .legend')).toContain('epci:200072460');
  });
});
