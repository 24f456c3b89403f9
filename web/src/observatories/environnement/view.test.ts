// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, json, territoryPage, territoryRef, waitFor } from '../../platform/testing/fakeApi';
import { environnement } from '.';
import type { Exposure, Surchauffe } from './api';
import { byTypeWords } from './panels';

const exposure = (population: number, share: number | null, counts: [number, number, number, number]): Exposure => ({
  population,
  share,
  buildings: counts.reduce((a, b) => a + b, 0),
  byType: [
    { type: 'ecole', label: 'École', count: counts[0] },
    { type: 'creche', label: 'Crèche', count: counts[1] },
    { type: 'ehpad', label: 'Établissement pour personnes âgées (EHPAD)', count: counts[2] },
    { type: 'sante', label: 'Centre de santé', count: counts[3] },
  ],
});

const ANSWER: Surchauffe = {
  territory: territoryRef('epci:246200299', 'CA d’Hénin-Carvin'),
  year: 2022,
  imageDates: ['2022-07-19'],
  years: [2022],
  population: 12500,
  hotSpots: exposure(3125, 25, [2, 1, 0, 0]),
  coolIslands: exposure(500, 4, [0, 0, 1, 0]),
  buildingsInHotSpots: [
    {
      id: 'ECOLE-62724-01',
      name: 'École primaire Jules Ferry',
      type: 'ecole',
      typeLabel: 'École',
      commune: { id: 'commune:62724', name: 'Rouvroy' },
      address: '12 rue Pasteur',
      zoneClass: 'chaleur_forte',
      zoneClassLabel: 'Îlot de chaleur fort',
      lon: 2.9,
      lat: 50.39,
    },
  ],
};

let app: App | null = null;

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

function start(url: string) {
  const fetchMock = fakeApi({
    '/api/v1/environnement/surchauffe/epci:246200299': () => json(ANSWER),
    '/api/v1/territories/epci:246200299': () => json({ ...territoryPage([{ id: 'epci:246200299', name: 'CA d’Hénin-Carvin' }]).items[0], bbox: null }),
  });
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', url);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [environnement] });
  return fetchMock;
}

const text = (selector: string): string => document.querySelector(selector)?.textContent ?? '';

describe('the overheating page', () => {
  it('shows the territory’s people and buildings in hot spots, the legend and the list of buildings', async () => {
    const fetchMock = start('/environnement/surchauffe?territory=epci:246200299');
    await waitFor(() => document.querySelector('[data-testid="hot-share"]') !== null && document.querySelector('[data-testid="buildings-count"]') !== null);
    expect(fetchMock.mock.calls.map(([u]) => String(u))).toContain('/api/v1/environnement/surchauffe/epci:246200299');
    expect(text('h1')).toBe('Surchauffe urbaine — CA d’Hénin-Carvin');
    expect(text('[data-testid="hot-population"]')).toBe('3\u202f125');
    expect(text('[data-testid="hot-share"]')).toBe('25\u00a0%');
    expect(text('[data-testid="hot-buildings"]')).toBe('3');
    expect(text('[data-testid="image"]')).toContain('2022');
    expect(text('[data-testid="buildings-count"]')).toBe('1\u00a0bâtiment sensible en îlot de chaleur');
    expect([...document.querySelectorAll('section[aria-labelledby="env-batiments"] tbody th')].map((th) => th.textContent)).toEqual([
      'École primaire Jules Ferry',
    ]);
    expect([...document.querySelectorAll('[data-testid="legend"] li')].map((li) => li.getAttribute('data-key'))).toEqual([
      'chaleur_forte',
      'chaleur',
      'fraicheur',
      'fraicheur_forte',
      'ecole',
      'creche',
      'ehpad',
      'sante',
      'in-hot-spot',
    ]);
  });

  it('says which types of buildings, in words', () => {
    expect(byTypeWords(exposure(0, null, [2, 1, 0, 0]))).toBe('2\u00a0écoles, 1\u00a0crèche');
    expect(byTypeWords(exposure(0, null, [0, 0, 0, 0]))).toBe('aucun');
  });
});
