// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { Session } from '../../platform/auth/session';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, json, waitFor } from '../../platform/testing/fakeApi';
import { drawnGeometry } from './drawing';
import { trames } from '.';

const feature = (id: number, network: string, kind: string, name: string) => ({
  type: 'Feature',
  id,
  geometry:
    kind === 'corridor'
      ? {
          type: 'MultiLineString',
          coordinates: [
            [
              [2.8, 50.4],
              [2.81, 50.41],
            ],
          ],
        }
      : {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [2.8, 50.4],
                [2.81, 50.4],
                [2.81, 50.41],
                [2.8, 50.4],
              ],
            ],
          ],
        },
  properties: { network, kind, name, status: 'existant', status_label: 'Existant', source: 'démo', commune: 'commune:62510', version: 1 },
});

const ELEMENTS: Record<string, unknown[]> = {
  'trames-verte-reservoirs': [feature(1, 'verte', 'reservoir', 'Terrils jumeaux du 11/19')],
  'trames-verte-corridors': [feature(2, 'verte', 'corridor', 'Cavalier minier')],
  'trames-noire-corridors': [feature(3, 'noire', 'corridor', 'Corridor noir de la Souchez')],
};

const REQUEST = {
  id: 7,
  action: 'add',
  elementId: null,
  baseVersion: null,
  network: 'verte',
  kind: 'corridor',
  name: 'Haie des écoles',
  status: 'a_creer',
  source: null,
  geometry: null,
  commune: 'commune:62510',
  comment: 'Plantée en 2025',
  proposedBy: 'key 4 (CALL)',
  proposedAt: '2026-03-02T10:00:00Z',
  state: 'pending',
  reason: null,
  reviewedBy: null,
  reviewedAt: null,
  version: 1,
};

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}
let app: App | null = null;
let calls: Call[] = [];

function start(path: string, role: string | null): void {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  if (role)
    window.sessionStorage.setItem(
      'observatoires.session',
      JSON.stringify({
        key: 'obs_abcdefgh_abcdefghijklmnopqrstuvwxyz123456',
        identity: { name: 'CALL', role, scope: role === 'partner_editor' ? ['epci:246200364'] : [], scopeCommunes: [], canEdit: true },
      }),
    );
  const session = new Session(window.sessionStorage);
  const answer = fakeApi(
    {
      '/api/v1/trames/change-requests': (_, init) => (init?.method === 'POST' ? json({ ...REQUEST, id: 8 }, 201) : json({ total: 1, items: [REQUEST] })),
      '/api/v1/trames/change-requests/7': () =>
        new Response(JSON.stringify(REQUEST), { headers: { 'Content-Type': 'application/json', ETag: '"trames-request-7-v1"' } }),
      '/api/v1/trames/change-requests/7/review': () => json({ ...REQUEST, state: 'accepted', version: 2 }),
    },
    Object.fromEntries(
      ['verte', 'bleue', 'noire', 'agricole'].flatMap((n) =>
        ['reservoirs', 'corridors'].map((k) => [
          `/ogc/collections/trames-${n}-${k}/items`,
          () => json({ type: 'FeatureCollection', features: ELEMENTS[`trames-${n}-${k}`] ?? [] }),
        ]),
      ),
    ),
  );
  const fetchMock: typeof fetch = (input, init) => {
    calls.push({ url: String(input), method: init?.method ?? 'GET', headers: new Headers(init?.headers), body: String(init?.body ?? '') });
    return answer(input, init);
  };
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock, apiKey: () => session.key() }), session, observatories: [trames] });
}

beforeEach(() => {
  window.sessionStorage.clear();
  calls = [];
});

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const rows = () => [...document.querySelectorAll('[data-testid="elements-table"] tbody tr')].map((r) => r.querySelector('th')?.textContent);

describe('the networks page', () => {
  it('lists every element of the networks shown, and hides a network from its toggle and the URL', async () => {
    start('/trames?masquer=noire', null);
    await waitFor(() => rows().length === 2);
    expect(rows()).toEqual(['Cavalier minier', 'Terrils jumeaux du 11/19']);
    const noire = document.querySelector<HTMLInputElement>('input[name="trame-noire"]')!;
    expect(noire.checked).toBe(false);
    noire.checked = true;
    noire.dispatchEvent(new Event('change'));
    await waitFor(() => rows().length === 3);
    expect(window.location.search).toBe('');
    expect(document.querySelector('form.trames-form')).toBeNull();
  });

  it('lets a partner editor propose a corridor with a comment and shows its requests with their state', async () => {
    start('/trames', 'partner_editor');
    await waitFor(() => document.querySelector('[data-testid="my-requests"] [data-request="7"]') !== null);
    expect(document.querySelector('[data-request="7"]')?.textContent).toContain('En attente d’examen');
    expect(document.querySelector('[data-testid="review-queue"]')).toBeNull();
    document.querySelector<HTMLInputElement>('#trames-name')!.value = 'Haie des écoles';
    document.querySelector<HTMLTextAreaElement>('#trames-geometry')!.value = '{"type":"LineString","coordinates":[[2.8,50.4],[2.81,50.41]]}';
    document.querySelector<HTMLTextAreaElement>('#trames-comment')!.value = 'Plantée en 2025';
    document.querySelector<HTMLFormElement>('form.trames-form')!.requestSubmit();
    await waitFor(() => document.querySelector('.trames-form__status')?.textContent?.startsWith('Demande n° 8 envoyée') ?? false);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(JSON.parse(post.body)).toEqual({
      action: 'add',
      comment: 'Plantée en 2025',
      network: 'verte',
      kind: 'corridor',
      name: 'Haie des écoles',
      status: 'a_creer',
      geometry: {
        type: 'LineString',
        coordinates: [
          [2.8, 50.4],
          [2.81, 50.41],
        ],
      },
    });
  });

  it('makes the agency give a reason to reject, and accepts with If-Match on the version read', async () => {
    start('/trames', 'agency_editor');
    await waitFor(() => document.querySelector('[data-testid="review-queue"] [data-request="7"]') !== null);
    const item = document.querySelector('[data-testid="review-queue"] [data-request="7"]')!;
    item.querySelector<HTMLButtonElement>('button[data-decision="reject"]')!.click();
    expect(item.querySelector('.field-error')?.textContent).toBe('Un rejet doit être motivé : le partenaire lira ce motif.');
    expect(calls.some((c) => c.url.endsWith('/review'))).toBe(false);
    item.querySelector<HTMLButtonElement>('button[data-decision="accept"]')!.click();
    await waitFor(() => calls.some((c) => c.url.endsWith('/review')));
    const review = calls.find((c) => c.url.endsWith('/review'))!;
    expect(review.headers.get('If-Match')).toBe('"trames-request-7-v1"');
    expect(JSON.parse(review.body)).toEqual({ decision: 'accept' });
  });
});

describe('drawing on the map', () => {
  it('makes a line of two clicks for a corridor and a closed polygon of three for a reservoir', () => {
    expect(drawnGeometry('corridor', [[2.8, 50.4]])).toBeNull();
    expect(
      drawnGeometry('corridor', [
        [2.8, 50.4],
        [2.81, 50.41],
      ]),
    ).toEqual({
      type: 'LineString',
      coordinates: [
        [2.8, 50.4],
        [2.81, 50.41],
      ],
    });
    expect(
      drawnGeometry('reservoir', [
        [2.8, 50.4],
        [2.81, 50.4],
      ]),
    ).toBeNull();
    expect(
      drawnGeometry('reservoir', [
        [2.8, 50.4],
        [2.81, 50.4],
        [2.81, 50.41],
      ]),
    ).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [2.8, 50.4],
          [2.81, 50.4],
          [2.81, 50.41],
          [2.8, 50.4],
        ],
      ],
    });
  });
});
