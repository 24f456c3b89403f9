// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { friches } from '.';
import { startApp, type App } from '../../platform/shell';
import { waitFor } from '../../platform/testing/fakeApi';
import { frichesApi } from './fixtures';
import { seeEverything } from '../../platform/testing/viewport';

// MapLibre needs WebGL: the view gets a map that records what it is given.
const drawn: { sites: number; selected: number | null } = { sites: 0, selected: null };
vi.mock('./sitesMap', () => ({
  createSitesMap: async () => ({
    setContext() {},
    setSites(sites: { features: unknown[] }) {
      drawn.sites = sites.features.length;
    },
    setSelected(id: number | null) {
      drawn.selected = id;
    },
    setLabel() {},
    jumpTo() {},
    idle: async () => {},
    destroy() {},
  }),
}));

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): App {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  vi.stubGlobal('fetch', fetchMock);
  seeEverything(); // the map loads when it nears the screen (ui/nearViewport.ts)
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [friches] });
  return app;
}

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

describe('the Carte des friches', () => {
  it('opens a site’s sheet from the URL: its fields, its status, and a breakdown that adds up to its score', async () => {
    const { fetchMock } = frichesApi();
    start('/friches?site=206', fetchMock);
    await waitFor(() => document.querySelector('.site-sheet') !== null);
    expect(document.querySelector('h1')?.textContent).toBe('Carte des friches');
    expect(document.title).toContain('Carte des friches');
    const sheet = document.querySelector('.site-sheet')!;
    expect(sheet.querySelector('h3')?.textContent).toBe('Friche Quai Saint-Dominique');
    expect(sheet.querySelector('.site-sheet__status')?.textContent).toContain('vérifiée sur le terrain le 7 novembre 2022');
    const contributions = [...sheet.querySelectorAll<HTMLElement>('[data-contribution]')].map((td) => Number(td.dataset['contribution']));
    expect(contributions).toHaveLength(8);
    expect(Math.round(contributions.reduce((a, b) => a + b, 0) * 10) / 10).toBe(92);
    expect(sheet.querySelector('[data-testid="breakdown-total"]')?.textContent).toBe('92 / 100');
    expect(sheet.querySelector('[data-testid="stored-score"]')?.textContent).toBe('92 / 100');
    expect(sheet.querySelector('.vocation')?.textContent).toContain('Activité économique');
    await waitFor(() => drawn.sites === 0 && document.querySelectorAll('#friches-liste tbody tr').length === 2);
    expect(drawn.selected).toBe(206);
  });

  it('simulates other weights (debounced, labelled as a simulation), keeps them in the URL, and resets', async () => {
    const { fetchMock, posts } = frichesApi();
    start('/friches?site=206', fetchMock);
    await waitFor(() => document.querySelector('input[name="weight-pollution"]') !== null && document.querySelector('.site-sheet') !== null);
    expect(posts).toEqual([{ weights: {} }]); // the weights in force, to place the sliders
    const slider = document.querySelector<HTMLInputElement>('input[name="weight-pollution"]')!;
    expect(slider.value).toBe('3');
    for (const value of ['4', '5', '6']) {
      slider.value = value;
      slider.dispatchEvent(new Event('input'));
    }
    await waitFor(() => window.location.search.includes('weights='));
    expect(window.location.search).toBe('?site=206&weights=pollution:6');
    await waitFor(() => document.querySelector('[data-testid="simulation-summary"]') !== null);
    expect(posts).toEqual([{ weights: {} }, { weights: { pollution: 6 } }]); // one request for three moves
    expect(document.querySelector('[data-testid="simulation-summary"]')?.textContent).toContain('Simulation');
    expect(document.querySelector('[data-testid="sheet-simulation"]')?.textContent).toContain('94 / 100 avec les pondérations simulées');
    // The stored score is untouched.
    expect(document.querySelector('[data-testid="stored-score"]')?.textContent).toBe('92 / 100');
    expect(document.querySelector('#simulation tbody tr[data-site="7"]')?.textContent).toContain('82,7');
    document.querySelector<HTMLButtonElement>('[data-testid="reset-weights"]')!.click();
    await waitFor(() => !window.location.search.includes('weights='));
    expect(document.querySelector<HTMLInputElement>('input[name="weight-pollution"]')!.value).toBe('3');
    expect(document.querySelector('[data-testid="simulation-summary"]')).toBeNull();
  });

  it('filters by status through the URL and the API', async () => {
    const { fetchMock } = frichesApi();
    start('/friches', fetchMock);
    await waitFor(() => document.querySelector('select[name="status"]') !== null && document.querySelector('[data-total]') !== null);
    const select = document.querySelector<HTMLSelectElement>('select[name="status"]')!;
    select.value = 'en_projet';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => fetchMock.mock.calls.some(([u]) => String(u).includes('status=en_projet')));
    expect(window.location.search).toBe('?status=en_projet');
  });

  it('says in French that a site does not exist', async () => {
    const { fetchMock } = frichesApi();
    start('/friches?site=999', fetchMock);
    await waitFor(() => document.querySelector('#fiche [role="alert"]') !== null);
    expect(document.querySelector('#fiche [role="alert"]')?.textContent).toContain('Il n’y a pas de friche n° 999');
  });
});
