// @vitest-environment happy-dom
/** A territory's profile, in happy-dom, behind the shell: its head, its locator map and its key figures. */
import { afterEach, describe, expect, it } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../api/client';
import type { ProfileResponse, TerritoryDetail } from '../../api/types';
import { startApp, type App } from '../../shell';
import { json, KNOWN_NAMES, namesOf, territoryRef, waitFor as waitUntil } from '../../testing/fakeApi';
import { testObservatory } from '../../testing/testObservatory';
import { dashboardApi, POPULATION } from '../../testing/viewData';

const BETHUNE: TerritoryDetail = {
  id: 'commune:62119',
  code: '62119',
  level: 'commune',
  name: 'Béthune',
  names: namesOf('Béthune'),
  population: 25000,
  communeCount: 1,
  bbox: null,
  childrenCounts: {},
  geometrySource: 'synthetic',
  geometryUpdatedAt: null,
  sourceVintage: '2024',
  links: { self: '', geometry: '', members: null },
  parents: [
    { id: 'epci:200072460', code: '200072460', level: 'epci', name: 'CA Béthune-Bruay', names: namesOf('CA Béthune-Bruay', 'de la CA Béthune-Bruay') },
    { id: 'region:32', code: '32', level: 'region', name: 'Hauts-de-France', names: KNOWN_NAMES['region:32']! },
  ],
};

const PROFILE: ProfileResponse = {
  territory: territoryRef(BETHUNE.id, 'Béthune'),
  references: [territoryRef('departement:62', 'Pas-de-Calais')],
  observatories: [
    {
      slug: 'essai',
      name: 'Observatoire d’essai',
      figures: [
        {
          indicator: POPULATION,
          period: '2022',
          value: 25000,
          status: 'definitive',
          coverage: null,
          changeOver1: { period: '2021', value: 24000, difference: 1000, rate: 0.04 },
          changeOver5: null,
          references: [
            {
              territoryId: 'departement:62',
              value: 1460000,
              status: 'definitive',
              gap: null,
              coverage: { communes: 318, communesWithValue: 318, territoryCommunes: 887 },
            },
          ],
        },
      ],
    },
    { slug: 'vide', name: 'Vide', figures: [] },
  ],
};

const square = (id: string, x: number) => ({
  type: 'Feature',
  id,
  properties: { id, name: id, level: 'commune' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 50],
        [x + 0.1, 50],
        [x + 0.1, 50.1],
        [x, 50],
      ],
    ],
  },
});

function api(): typeof fetch {
  const base = dashboardApi();
  return ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://test');
    if (url.pathname === `/api/v1/territories/${BETHUNE.id}`) return Promise.resolve(json(BETHUNE));
    if (url.pathname === `/api/v1/territories/${BETHUNE.id}/profile`) return Promise.resolve(json(PROFILE));
    if (url.pathname === '/api/v1/territories' && url.searchParams.get('format') === 'geojson') {
      return Promise.resolve(json({ type: 'FeatureCollection', features: [square(BETHUNE.id, 2.6), square('commune:62001', 2.8)] }));
    }
    return base(input, init);
  }) as typeof fetch;
}

let app: App | null = null;
const waitFor = (predicate: () => boolean): Promise<void> => waitUntil(predicate, 10_000);
const $ = (selector: string) => document.querySelector<HTMLElement>(selector);

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

describe('a territory’s profile', { timeout: 30_000 }, () => {
  it('shows the territory, its locator map and its key figures with their trend', async () => {
    document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
    window.history.replaceState(null, '', `/territories/${BETHUNE.id}`);
    app = startApp({ document, window, client: new ApiClient({ fetch: api() }), observatories: [testObservatory] });
    await waitFor(() => $('.figure-card__spark svg') !== null && $('.locator__subject') !== null);
    expect($('h1')?.textContent).toBe('Béthune');
    expect(document.title).toContain('Béthune — tableau de bord territorial');
    expect($('.lead')?.textContent).toContain('Commune · population légale : 25\u202f000 habitants (INSEE)');
    expect([...document.querySelectorAll('.lead a')].map((a) => a.getAttribute('href'))).toEqual(['/territories/epci:200072460']);
    expect($('.locator-figure figcaption')?.textContent).toBe('Carte de situation : Béthune parmi les communes de la CA Béthune-Bruay');
    expect($('.locator__subject')?.getAttribute('data-id')).toBe(BETHUNE.id);
    const card = $('.figure-card[data-indicator="essai.population"]')!;
    expect(card.querySelector('.figure-card__value')?.getAttribute('data-value')).toBe('25000');
    expect(card.querySelector('.figure-card__facts')?.textContent).toContain('Sur un an : +1\u202f000 (+4,0\u00a0%) depuis 2021');
    // The département's total covers only the perimeter's communes, and says so.
    expect(card.querySelector('li[data-territory="departement:62"]')?.textContent).toBe(
      'Pas-de-Calais : 1\u202f460\u202f000\u00a0habitants, sur 318 des 887 communes',
    );
    expect(card.querySelector('a[data-nav]')?.getAttribute('href')).toBe(
      '/observatories/essai?indicator=essai.population&zone=epci:200072460&selected=commune:62119',
    );
    expect($('#obs-vide + p')?.textContent).toBe('Pas de chiffre clé pour ce territoire.');
  });
});
