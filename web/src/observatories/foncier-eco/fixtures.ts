/**
 * The Foncier économique API as the tests need it (the shared fake API of platform/testing): one park of the
 * CABBALR with one lot, its map layers, and the editor's key. A request with another key is refused (401) as the
 * API refuses it; occupants go to the signed-in partner only. The writes' answers are queued by each test.
 */
import { json, fakeApi, territoryPage, type Answer } from '../../platform/testing/fakeApi';

export const KEY = 'obs_AbCd1234_abcdefghijklmnopqrstuvwxyz012345';
export const EPCI = 'epci:200072460';

export const PARK = {
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

export const lot = (version: number, status: string, occupant: string | null) => ({
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

export const SQUARE = {
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

/** The editor of the CABBALR, as GET /api/v1/me describes them. */
export const EDITOR = { keyId: 7, name: 'CABBALR, service économique', role: 'partner_editor', scope: [EPCI], scopeCommunes: ['commune:62119'], editor: true };

/** A JSON answer with its version (ETag). */
export function versioned(body: unknown, etag: string, status = 200): Response {
  const response = json(body, status);
  response.headers.set('ETag', etag);
  return response;
}

export interface Call {
  method: string;
  url: string;
  headers: Headers;
  body: string | null;
}

export function foncierApi() {
  /** The answers of the writes to come, by "METHOD /path", first in first out. */
  const writes: Record<string, (() => Response)[]> = {};
  const signedIn = (init: RequestInit | undefined): boolean => new Headers(init?.headers).get('Authorization') === `Bearer ${KEY}`;
  const reads: Record<string, Answer> = {
    '/api/v1/me': (_, init) => (signedIn(init) ? json(EDITOR) : json({ title: 'Unauthorized', status: 401, detail: 'This route needs an API key' }, 401)),
    '/api/v1/observatories': () => json({ items: [] }),
    '/api/v1/territories': (url) => {
      const level = url.searchParams.get('level');
      if (url.searchParams.get('format') === 'geojson')
        return json({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              id: level === 'epci' ? EPCI : 'commune:62119',
              geometry: SQUARE,
              properties: { id: level === 'epci' ? EPCI : 'commune:62119', level, code: '', name: level === 'epci' ? 'CA de Béthune-Bruay' : 'Béthune' },
            },
          ],
        });
      if (level === 'groupement') return json(territoryPage([{ id: 'groupement:aula', name: 'Périmètre de l’AULA' }]));
      if (level === 'epci') return json(territoryPage([{ id: EPCI, name: 'CA de Béthune-Bruay' }]));
      return json(territoryPage([]));
    },
    '/api/v1/foncier-eco/parks': () =>
      json({
        totals: { parks: 1, totalHa: 10, occupiedHa: 6, availableHa: 1.5, reserveHa: 2, brownfieldHa: 0.5, occupancyRate: 60, establishments: 3 },
        items: [PARK],
      }),
    '/api/v1/foncier-eco/parks/11/lots': (_, init) => json({ park: 11, asOf: null, items: [lot(1, 'occupe', signedIn(init) ? 'Transports Leclercq' : null)] }),
    '/api/v1/foncier-eco/lots/1101': (_, init) => versioned(lot(1, 'occupe', signedIn(init) ? 'Transports Leclercq' : null), '"lot-1101-v1"'),
    '/api/v1/foncier-eco/lots/1101/split': () => json({ title: 'Method Not Allowed', status: 405 }, 405),
    '/ogc/collections/foncier-eco-lots/items': () =>
      json({
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', id: 1101, geometry: SQUARE, properties: { zae: 11, commune: 'commune:62119', status: 'occupe', area_ha: 2, updated_at: '' } },
        ],
      }),
    '/ogc/collections/foncier-eco-zae/items': () =>
      json({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', id: 11, geometry: SQUARE, properties: { name: PARK.name, type: 'activites', commune: 'commune:62119' } }],
      }),
  };
  /** Refuses another key; answers a write from the queue. */
  const answer =
    (read: Answer): Answer =>
    (url, init) => {
      if (new Headers(init?.headers).has('Authorization') && !signedIn(init))
        return json({ title: 'Unauthorized', status: 401, detail: 'unknown API key' }, 401);
      const method = init?.method ?? 'GET';
      if (method === 'GET') return read(url, init);
      const next = writes[`${method} ${url.pathname}`]?.shift();
      return next ? next() : json({ title: 'Not Found', status: 404, detail: `No answer queued for ${method} ${url.pathname}` }, 404);
    };
  const fetchMock = fakeApi(Object.fromEntries(Object.entries(reads).map(([path, read]) => [path, answer(read)])));
  /** The requests sent so far. */
  const calls = (): Call[] =>
    fetchMock.mock.calls.map(([input, init]) => {
      const url = new URL(String(input), 'http://test');
      return {
        method: init?.method ?? 'GET',
        url: `${url.pathname}${url.search}`,
        headers: new Headers(init?.headers),
        body: (init?.body as string | undefined) ?? null,
      };
    });
  return { fetchMock, calls, writes };
}
