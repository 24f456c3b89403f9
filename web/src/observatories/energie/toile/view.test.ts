// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../../platform/api/client';
import { startApp, type App } from '../../../platform/shell';
import { waitFor } from '../../../platform/testing/fakeApi';
import { seeEverything } from '../../../platform/testing/viewport';
import { energie } from '..';
import { toileApi } from './fixtures';

const drawn: unknown[] = [];
vi.mock('./toileMap', () => ({
  createToileMap: () =>
    Promise.resolve({
      setContext() {},
      draw(drawing: unknown) {
        drawn.push(drawing);
      },
      setSelected() {},
      idle: () => Promise.resolve(),
      destroy() {},
    }),
}));

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): App {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  seeEverything(); // the map loads when it nears the screen (ui/nearViewport.ts)
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [energie] });
  return app;
}

afterEach(() => {
  app?.stop();
  app = null;
  drawn.length = 0;
  document.documentElement.innerHTML = '';
});

describe('the Toile énergétique® view', () => {
  it('shows the share, the map’s flows table, the synergies within the URL’s distance, and the public note', async () => {
    const { fetchMock } = toileApi();
    start('/energie/toile?distance=15', fetchMock);
    await waitFor(() => document.querySelectorAll('[data-edge]').length === 3 && document.querySelectorAll('[data-pair]').length === 2);
    expect(document.querySelector('h1')?.textContent).toBe('Toile énergétique®');
    expect(document.querySelector('[data-testid="share"]')?.textContent).toContain('78 %');
    expect(document.querySelector('[data-testid="share-sentence"]')?.textContent).toContain('35 sites');
    expect(document.querySelector('[data-testid="session"]')?.textContent).toContain('Consultation publique');
    // The anonymised site's flow: its class, never a number.
    expect(document.querySelector('[data-edge="102"]')?.textContent).toContain('100 à 250 GWh/an');
    expect(fetchMock.mock.calls.some(([u]) => String(u) === '/api/v1/energie/toile/synergies?maxDistanceKm=15')).toBe(true);
    expect(document.querySelector('[data-pair="2-101"]')?.textContent).toContain('moins de 5 km');
    expect(document.querySelector<HTMLSelectElement>('select[name="distance"]')!.value).toBe('15');
    await waitFor(() => drawn.length > 0);
    expect(document.querySelector('#toile-map')?.getAttribute('data-drawn')).toBe('4|3');
  });

  it('opens a node’s neighbourhood from a table, with the node in the URL, and changes the distance', async () => {
    const { fetchMock } = toileApi();
    start('/energie/toile', fetchMock);
    await waitFor(() => document.querySelector('[data-edge] button[data-node="101"]') !== null);
    document.querySelector<HTMLButtonElement>('[data-edge] button[data-node="101"]')!.click();
    await waitFor(() => document.querySelector('.toile-node[data-node="101"]') !== null);
    expect(window.location.search).toBe('?node=101');
    expect(document.querySelector('.toile-node h3')?.textContent).toBe('Réseau de chaleur de Béthune');
    expect(document.querySelector('.toile-node')?.textContent).toContain('Créé en 1972, 127 points de livraison');
    expect(document.querySelectorAll('[data-testid="neighbourhood-flows"] li')).toHaveLength(2);

    const select = document.querySelector<HTMLSelectElement>('select[name="distance"]')!;
    select.value = '30';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => fetchMock.mock.calls.some(([u]) => String(u) === '/api/v1/energie/toile/synergies?maxDistanceKm=30'));
    expect(window.location.search).toBe('?distance=30&node=101');
  });
});
