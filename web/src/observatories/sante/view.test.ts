// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { startApp, type App } from '../../platform/shell';
import { waitFor } from '../../platform/testing/fakeApi';
import { sante } from '.';
import { santeApi } from './fixtures';

// The map itself is MapLibre's (checked in Chromium by the end-to-end test): here, a stand-in that records the points.
const drawn: { points: number } = { points: -1 };
vi.mock('./offreMap', () => ({
  createOffreMap: () =>
    Promise.resolve({
      setOutlines() {},
      setPoints(points: unknown[]) {
        drawn.points = points.length;
      },
      setLabel() {},
      idle: () => Promise.resolve(),
      destroy() {},
    }),
}));

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): void {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [sante] });
}

afterEach(() => {
  vi.unstubAllGlobals();
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const text = (selector: string): string => (document.querySelector(selector)?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the CLS key figures', () => {
  it('show each theme’s figures for the territory, the Pas-de-Calais and the Hauts-de-France, a secret one as such', async () => {
    const { fetchMock } = santeApi();
    start('/sante', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="sante.densite_generalistes"]') !== null);
    expect(text('h1')).toBe('Chiffres clés du CLS — CA de Béthune-Bruay, Artois-Lys Romane');
    expect([...document.querySelectorAll('.sante-theme h2')].map((e) => e.textContent)).toEqual([
      'Données générales',
      'Attractivité territoriale et offre de soins',
    ]);
    const cells = [...document.querySelectorAll('[data-testid="sante.densite_generalistes"] td')];
    expect(cells.map((c) => c.getAttribute('data-territory'))).toEqual(['epci:200072460', 'departement:62', 'region:32']);
    expect(cells.map((c) => (c.textContent ?? '').replace(/[\u00a0\u202f]/g, ' '))).toEqual([
      '7,2 pour 10 000 habitants',
      '8 pour 10 000 habitants',
      '8,5 pour 10 000 habitants',
    ]);
    // 7.2 ÷ 8.5 of the row's largest.
    expect(cells[0]!.querySelector<HTMLElement>('.sante-bar__fill')!.style.width).toBe('85%');
    expect(text('[data-testid="sante.densite_generalistes"] .sante-gap')).toBe('moins favorable que le département');
    const secret = document.querySelector('[data-testid="sante.deces_prematures"] td')!;
    expect(secret.textContent).toBe('secret statistique');
    expect(secret.querySelector('.sante-bar')).toBeNull();
    expect(document.querySelector('a[href="/sante/offre"]')).not.toBeNull();
  });
});

describe('the care-supply map', () => {
  it('filters the points by the URL’s category, counts each category and lists the points shown', async () => {
    // happy-dom's IntersectionObserver never reports: without one the map loads at once.
    vi.stubGlobal('IntersectionObserver', undefined);
    const { fetchMock } = santeApi();
    start('/sante/offre?category=pharmacie', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="count-pharmacie"]') !== null && drawn.points >= 0);
    expect(document.querySelector('[data-testid="count-pharmacie"]')!.getAttribute('data-value')).toBe('2');
    expect(document.querySelector('[data-testid="count-urgences"]')!.getAttribute('data-value')).toBe('1');
    expect(drawn.points).toBe(2);
    expect(document.querySelectorAll('details table tbody tr')).toHaveLength(2);
    expect(document.querySelector<HTMLSelectElement>('select[name="category"]')!.value).toBe('pharmacie');
  });
});
