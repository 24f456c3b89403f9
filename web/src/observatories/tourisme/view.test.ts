// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, json, territoryPage, waitFor } from '../../platform/testing/fakeApi';
import { tourisme } from '.';

let app: App | null = null;

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const inventory = {
  id: 2,
  label: 'Inventaire 2025',
  asOf: '2025-01-01',
  source: 'démonstration',
  establishments: 3,
  touristBeds: 410,
  importedAt: '2025-01-02T00:00:00Z',
};
const type = (
  t: string,
  label: string,
  capacity: string,
  establishments: number,
  rooms: number,
  pitches: number,
  beds: number,
  touristBeds: number,
  share: number,
) => ({
  type: t,
  label,
  capacity,
  establishments,
  rooms,
  pitches,
  beds,
  touristBeds,
  share,
});
const CAPACITY = {
  territory: { id: 'epci:200044030', name: 'CC des 7 Vallées' },
  inventory,
  communes: 2,
  population: 5000,
  establishments: 2,
  touristBeds: 404,
  bedsPerThousand: 80.8,
  byType: [type('hotel', 'Hôtels', 'chambres', 1, 22, 0, 44, 44, 10.9), type('camping', 'Campings', 'emplacements', 1, 0, 120, 0, 360, 89.1)],
};
const feature = (name: string, t: string, label: string, commune: string, touristBeds: number, extra: Record<string, number | null>) => ({
  type: 'Feature',
  id: name,
  geometry: { type: 'Point', coordinates: [2.03, 50.37] },
  properties: {
    name,
    type: t,
    type_label: label,
    stars: 3,
    rooms: null,
    pitches: null,
    beds: null,
    tourist_beds: touristBeds,
    address: null,
    commune,
    classified: true,
    inventory: 2,
    as_of: '2025-01-01',
    ...extra,
  },
});
const LAYER = {
  type: 'FeatureCollection',
  features: [
    feature('Hôtel des Flandres', 'hotel', 'Hôtels', 'commune:62447', 44, { rooms: 22 }),
    feature('Camping de la Canche', 'camping', 'Campings', 'commune:62447', 360, { pitches: 120 }),
    feature('Gîte Les Tilleuls', 'gite', 'Gîtes et meublés', 'commune:62204', 6, { beds: 6, stars: null }),
    feature('Hôtel de la Gare', 'hotel', 'Hôtels', 'commune:62119', 80, { rooms: 40 }),
  ],
};

const OCCUPANCY = {
  territory: 'epci:200044030',
  name: 'CC des 7 Vallées',
  year: 2024,
  years: [2023, 2024],
  months: [
    { month: '2024-01', nightsSold: 100, nightsOffered: 500, rate: 20 },
    { month: '2024-07', nightsSold: 800, nightsOffered: 1000, rate: 80 },
  ],
  total: { nightsSold: 900, nightsOffered: 1500, rate: 60 },
  summer: null,
  previousYear: { nightsSold: 800, nightsOffered: 1500, rate: 53.3 },
};

function start(url: string) {
  const fetchMock = fakeApi({
    '/api/v1/tourisme/capacity': () => json(CAPACITY),
    '/ogc/collections/tourisme-hebergements/items': () => json(LAYER),
    '/api/v1/tourisme/occupancy': () => json(OCCUPANCY),
    '/api/v1/territories': () =>
      json(
        territoryPage([
          { id: 'commune:62447', name: 'Hesdin-la-Forêt' },
          { id: 'commune:62204', name: 'Campagne-lès-Hesdin' },
        ]),
      ),
  });
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', url);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [tourisme] });
  return fetchMock;
}

const text = (selector: string): string => document.querySelector(selector)?.textContent ?? '';

describe('the accommodation map', () => {
  it('shows the EPCI’s capacity for the types of the URL and lists its establishments of those types', async () => {
    const fetchMock = start('/tourisme/carte?type=hotel,camping');
    await waitFor(
      () => document.querySelector('[data-testid="tourist-beds"]') !== null && document.querySelector('[data-testid="accommodations-table"]') !== null,
    );
    const asked = fetchMock.mock.calls.map(([u]) => String(u));
    expect(asked).toContain('/api/v1/tourisme/capacity?territory=epci:200044030&types=hotel,camping');
    expect(text('[data-testid="tourist-beds"]')).toBe('404');
    expect(text('[data-testid="beds-per-thousand"]')).toBe('80,8');
    const rows = [...document.querySelectorAll('[data-testid="capacity-table"] tbody tr')].map((r) => r.textContent);
    expect(rows[1]).toContain('120 emplacements');
    const listed = [...document.querySelectorAll('[data-testid="accommodations-table"] tbody th')].map((r) => r.textContent);
    expect(listed).toEqual(['Camping de la Canche', 'Hôtel des Flandres']);
    await waitFor(() => document.querySelector('[data-testid="occupancy-year"]') !== null);
    expect(text('[data-testid="occupancy-year"]')).toBe('60,0\u00a0%');
    expect(text('[data-testid="occupancy-table"] tbody tr:last-child')).toContain('juillet');
    const gite = document.querySelector<HTMLInputElement>('input[name="type-gite"]');
    expect(gite?.checked).toBe(false);
  });

  it('says so when no type is checked, without asking the API', async () => {
    const fetchMock = start('/tourisme/carte?type=aucun');
    await waitFor(() => text('main').includes('Aucun type d’hébergement n’est coché.'));
    expect(fetchMock.mock.calls.map(([u]) => String(u)).some((u) => u.startsWith('/api/v1/tourisme/capacity'))).toBe(false);
  });
});
