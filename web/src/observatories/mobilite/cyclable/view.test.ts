// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../../platform/api/client';
import { startApp, type App } from '../../../platform/shell';
import { fakeApi, json, waitFor } from '../../../platform/testing/fakeApi';
import { mobilite } from '..';

const type = (t: string, label: string, family: string, enService: number, enTravaux = 0, provisoire = 0, nonRenseigne = 0) => ({
  type: t,
  label,
  family,
  enService,
  enTravaux,
  provisoire,
  nonRenseigne,
  total: enService + enTravaux + provisoire + nonRenseigne,
});

const NETWORK = {
  territory: 'epci:246200299',
  name: 'CA d’Hénin-Carvin',
  population: 125000,
  segments: 2,
  inServiceKm: 12.5,
  kmPerThousand: 0.1,
  types: [
    type('PISTE CYCLABLE', 'Piste cyclable', 'piste', 10.25, 1.5),
    type('BANDE CYCLABLE', 'Bande cyclable', 'bande', 2.25),
    type('RAMPE', 'Rampe', 'autre', 0),
  ],
  families: [],
  statuses: [],
  priorityRoutes: [
    { commune: 'commune:62427', communeName: 'Hénin-Beaumont', name: 'Itinéraire prioritaire Hénin-Beaumont', plannedKm: 4, builtKm: 3, share: 75 },
  ],
  priorityShare: 75,
};

const SEGMENTS = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [2.9, 50.4],
          [2.91, 50.41],
        ],
      },
      properties: { id_local: 'AULA-62427-002', code_com_d: '62427', code_com_g: '62427', ame_d: 'AUCUN', ame_g: 'BANDE CYCLABLE', statut_g: 'EN SERVICE' },
    },
    {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [2.9, 50.4],
          [2.92, 50.4],
        ],
      },
      properties: {
        id_local: 'AULA-62427-001',
        code_com_d: '62427',
        code_com_g: '62427',
        ame_d: 'PISTE CYCLABLE',
        ame_g: 'AUCUN',
        nom_loc: ['Itinéraire prioritaire Hénin-Beaumont'],
      },
    },
  ],
};

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): void {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [mobilite] });
}

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

function api() {
  return fakeApi({
    '/api/v1/mobilite/cycle-network': (url) => json({ ...NETWORK, territory: url.searchParams.get('territory') }),
    '/api/v1/mobilite/cycle-facilities': () => json(SEGMENTS),
  });
}

describe('the cycling network page', () => {
  it('shows the API’s figures and km by type and status for the territory of the URL, and its downloads', async () => {
    const fetchMock = api();
    start('/mobilite/cyclable?territory=epci:246200299', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="types-table"]') !== null);
    expect(document.querySelector('h1')?.textContent).toBe('Réseau cyclable — CA d’Hénin-Carvin');
    expect(document.querySelector('[data-testid="in-service-km"]')?.textContent).toBe('12,5\u00a0km');
    expect(document.querySelector('[data-testid="priority-share"]')?.textContent).toBe('75\u00a0%');
    // The types with a length only, then the totals; 10.25 + 1.5 km of tracks.
    const rows = [...document.querySelectorAll('[data-testid="types-table"] tbody tr')].map((r) => r.textContent);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Piste cyclable');
    expect(document.querySelector('[data-testid="types-table"] tbody tr:last-child td:last-child')?.textContent).toBe('14');
    expect(document.querySelectorAll('[data-testid="routes-table"] tbody tr')).toHaveLength(1);
    expect(document.querySelector('a[data-download="geojson"]')?.getAttribute('href')).toBe('/api/v1/mobilite/cycle-facilities?territory=epci:246200299');
    expect(document.querySelector('a[data-download="csv"]')?.getAttribute('href')).toBe(
      '/api/v1/mobilite/cycle-facilities?territory=epci:246200299&format=csv',
    );
    expect(document.querySelector('a[data-download="xlsx"]')?.getAttribute('href')).toBe(
      '/api/v1/mobilite/cycle-facilities?territory=epci:246200299&format=xlsx',
    );
    expect(document.querySelector('[data-testid="api-url"]')?.textContent).toMatch(/\/ogc\/collections\/mobilite-amenagements-cyclables$/);
  });

  it('lists the map’s segments as a table, with their main facility and status', async () => {
    start('/mobilite/cyclable?territory=epci:246200299', api());
    await waitFor(() => document.querySelectorAll('[data-testid="segments-table"] tbody tr').length === 2);
    const first = document.querySelector('[data-testid="segments-table"] tbody tr')!;
    expect(first.textContent).toContain('AULA-62427-001');
    expect(first.textContent).toContain('piste cyclable');
    expect(first.textContent).toContain('non renseigne');
    expect(document.querySelectorAll('[data-testid="segments-table"] tbody tr')[1]!.textContent).toContain('bande cyclable');
  });

  it('keeps the territory chosen in the URL', async () => {
    const fetchMock = api();
    start('/mobilite/cyclable', fetchMock);
    await waitFor(() => document.querySelector<HTMLSelectElement>('select[name="territory"]') !== null);
    const select = document.querySelector<HTMLSelectElement>('select[name="territory"]')!;
    expect(select.value).toBe('groupement:aula');
    select.value = 'epci:246200299';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => window.location.search === '?territory=epci:246200299');
    await waitFor(() => fetchMock.mock.calls.some(([u]) => String(u).startsWith('/api/v1/mobilite/cycle-network') && String(u).includes('246200299')));
  });

  it('says in plain French that the API failed, with a retry', async () => {
    start('/mobilite/cyclable', fakeApi({ '/api/v1/mobilite/cycle-network': () => json({ title: 'Erreur', status: 500 }, 500) }));
    await waitFor(() => document.querySelector('[role="alert"]') !== null);
    expect(document.querySelector('[role="alert"] button')?.textContent).toBe('Réessayer');
  });
});
