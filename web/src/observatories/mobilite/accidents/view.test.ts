// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../../platform/api/client';
import { startApp, type App } from '../../../platform/shell';
import { fakeApi, json, waitFor } from '../../../platform/testing/fakeApi';
import { mobilite } from '..';
import type { AccidentCollection, HotSpots } from './api';
import { countsSentence } from './tables';

const accident = (numAcc: string, severity: string, modes: string[], killed: number, hospitalised: number, light: number) => ({
  type: 'Feature',
  id: numAcc,
  geometry: { type: 'Point', coordinates: [2.64, 50.53] },
  properties: {
    numAcc,
    date: '2022-06-10',
    time: '08:15',
    year: 2022,
    month: 6,
    hourBand: '07-09',
    commune: 'commune:62119',
    communeName: 'Béthune',
    agglomeration: true,
    intersection: 'Intersection en T',
    lighting: 'Plein jour',
    weather: 'Normale',
    severity,
    killed,
    hospitalised,
    lightlyInjured: light,
    ksi: killed + hospitalised,
    modes,
    pietonOuCycliste: modes.includes('velo') || modes.includes('pieton'),
    users: [],
  },
});

const COLLECTION = {
  type: 'FeatureCollection',
  features: [accident('202200000001', 'hospitalise', ['velo', 'voiture'], 0, 1, 0), accident('202200000002', 'tue', ['velo'], 1, 0, 1)],
  totals: { accidents: 2, killed: 1, hospitalised: 1, lightlyInjured: 1, ksi: 2, pietonOuCycliste: 2 },
  numberReturned: 2,
} as unknown as AccidentCollection;

const HOT_SPOTS: HotSpots = {
  radiusM: 50,
  minAccidents: 3,
  items: [
    {
      rank: 1,
      accidents: 4,
      killed: 1,
      hospitalised: 2,
      lightlyInjured: 1,
      ksi: 3,
      pietonOuCycliste: 2,
      longitude: 2.64,
      latitude: 50.53,
      spreadM: 80,
      firstYear: 2020,
      lastYear: 2023,
      communes: [{ id: 'commune:62119', name: 'Béthune' }],
      numAcc: ['1', '2', '3', '4'],
    },
  ],
};

let app: App | null = null;

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

describe('the accident map', () => {
  it('asks for the filters of the URL, counts what it shows, lists the hot spots and exports exactly that as CSV', async () => {
    const fetchMock = fakeApi({
      '/api/v1/mobilite/accidents': () => new Response(JSON.stringify(COLLECTION), { headers: { 'Content-Type': 'application/geo+json' } }),
      '/api/v1/mobilite/accidents/hot-spots': () => json(HOT_SPOTS),
    });
    document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
    window.history.replaceState(null, '', '/mobilite/accidents?from=2020&mode=velo&severity=tue,hospitalise&territory=epci:200072460');
    app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [mobilite] });
    await waitFor(
      () =>
        document.querySelector('#accidents-count') !== null &&
        [...document.querySelectorAll('table caption')].some((c) => c.textContent?.startsWith('Points noirs')),
    );

    const asked = fetchMock.mock.calls.map(([u]) => String(u));
    expect(asked).toContain('/api/v1/mobilite/accidents?from=2020&to=2024&mode=velo&severity=tue,hospitalise&territory=epci:200072460');
    expect(asked.some((u) => u.startsWith('/api/v1/mobilite/accidents/hot-spots?from=2020&to=2024&mode=velo'))).toBe(true);
    expect(document.querySelector('#accidents-count')?.textContent).toBe('2 accidents, dont 1 mortel : 1 tué, 1 blessé hospitalisé et 1 blessé léger.');
    expect(document.querySelector('a[data-download="csv"]')?.getAttribute('href')).toBe(
      '/api/v1/mobilite/accidents?from=2020&to=2024&mode=velo&severity=tue,hospitalise&territory=epci:200072460&f=csv',
    );
    expect(document.querySelector('a[data-download="xlsx"]')?.getAttribute('href')).toBe(
      '/api/v1/mobilite/accidents?from=2020&to=2024&mode=velo&severity=tue,hospitalise&territory=epci:200072460&f=xlsx',
    );
    expect(document.querySelectorAll('details.alternative tbody tr')).toHaveLength(2);
    expect(document.querySelector<HTMLInputElement>('input[name="mode-velo"]')!.checked).toBe(true);
    expect(document.querySelector<HTMLInputElement>('input[name="severity-indemne"]')!.checked).toBe(false);

    // A filter changed is a new URL, and a new request.
    const law = document.querySelector<HTMLInputElement>('input[name="loi"]')!;
    law.checked = true;
    law.dispatchEvent(new Event('change'));
    await waitFor(() => window.location.search.includes('loi=pieton-cycliste'));
    await waitFor(() => fetchMock.mock.calls.some(([u]) => String(u).includes('loi=pieton-cycliste')));
  });

  it('says when no accident matches', () => {
    expect(countsSentence({ ...COLLECTION, features: [], totals: { ...COLLECTION.totals, accidents: 0 } })).toBe('Aucun accident ne correspond à ces filtres.');
  });
});
