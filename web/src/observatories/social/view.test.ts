// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, json, territoryRef, waitFor } from '../../platform/testing/fakeApi';
import { social } from '.';
import type { Deciles, DistributionColumn } from './api';

// The chart itself is Plot's: here, one image named after what it draws.
vi.mock('./chart', () => ({
  decilesChart: () => {
    const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', 'deciles');
    return element;
  },
}));

let app: App | null = null;

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const column = (id: string, name: string, status: string, statusLabel: string, values: (number | null)[], ratio: number | null): DistributionColumn => ({
  territory: territoryRef(id, name),
  status,
  statusLabel,
  households: status === 'secret' ? null : 1000,
  median: values[4] ?? null,
  interdecileRatio: ratio,
  deciles: values.map((value, i) => ({ decile: i + 1, value })),
});

const PUBLISHED = [11030, 12950, 14860, 16820, 19930, 20780, 23010, 25720, 30480];
const departement = column('departement:62', 'Pas-de-Calais', 'published', 'publié', [10600, 12700, 14600, 16500, 20300, 21900, 24000, 27000, 32100], 3);
const region = column('region:32', 'Hauts-de-France', 'published', 'publié', [10900, 13100, 15100, 17100, 21300, 22900, 25200, 28400, 34000], 3.1);

function deciles(first: DistributionColumn): Deciles {
  return { year: 2021, years: [2017, 2018, 2019, 2020, 2021], threshold: 11, territories: [first, departement, region] };
}

function start(path: string): ReturnType<typeof fakeApi> {
  const fetchMock = fakeApi({
    '/api/v1/territories/epci:200072460': () =>
      json({ ...territoryRef('epci:200072460', 'CA de Béthune-Bruay'), code: '200072460', population: 275_000, parents: [] }),
    '/api/v1/territories/groupement:aula': () => json({ ...territoryRef('groupement:aula', 'AULA'), code: 'aula', population: 600_000, parents: [] }),
    '/api/v1/social/deciles/epci:200072460': () => json(deciles(column('epci:200072460', 'CA de Béthune-Bruay', 'published', 'publié', PUBLISHED, 2.8))),
    '/api/v1/social/deciles/groupement:aula': () =>
      json(deciles(column('groupement:aula', 'AULA', 'not_aggregable', "non disponible : les déciles ne s'agrègent pas", Array(9).fill(null), null))),
  });
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [social] });
  return fetchMock;
}

const value = (selector: string): string | null | undefined => document.querySelector(selector)?.getAttribute('data-value');

describe('the income deciles', () => {
  it('shows the CABBALR’s deciles against the département and the région, with the chart and the poverty map’s link', async () => {
    start('/social/deciles');
    await waitFor(() => document.querySelector('.social-chart svg') !== null);
    expect(value('[data-testid="decile-epci:200072460-1"]')).toBe('11030');
    expect(value('[data-testid="decile-epci:200072460-5"]')).toBe('19930');
    expect(value('[data-testid="decile-region:32-9"]')).toBe('34000');
    expect(value('[data-testid="ratio-epci:200072460"]')).toBe('2.8');
    expect(document.querySelector('[data-testid="unavailable"]')).toBeNull();
    expect(document.querySelector('[data-testid="poverty-map"]')?.getAttribute('href')).toBe('/observatories/social?indicator=social.taux_pauvrete');
    expect(document.querySelector('[data-testid="csv"]')?.getAttribute('href')).toBe('/api/v1/social/deciles/epci:200072460?format=csv');
  });

  it('says why a groupement has no decile, and shows no number for it', async () => {
    start('/social/deciles?territory=groupement:aula');
    await waitFor(() => document.querySelector('[data-testid="unavailable"]') !== null);
    expect(document.querySelector('[data-testid="unavailable"]')?.textContent).toContain("les déciles ne s'agrègent pas");
    for (let d = 1; d <= 9; d++) {
      const cell = document.querySelector(`[data-testid="decile-groupement:aula-${d}"]`);
      expect(cell?.getAttribute('data-value')).toBe('');
      expect(cell?.textContent).not.toMatch(/[0-9]/);
    }
    expect(value('[data-testid="decile-departement:62-5"]')).toBe('20300');
  });
});
