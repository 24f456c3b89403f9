// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../../platform/api/client';
import { startApp, type App } from '../../../platform/shell';
import { waitFor } from '../../../platform/testing/fakeApi';
import { energie } from '..';
import { bilanApi } from './fixtures';

vi.mock('./charts', () => {
  const svg = (): Element => document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  return { stackedChart: svg, balanceChart: svg };
});

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): App {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [energie] });
  return app;
}

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

describe('the energy dashboard', () => {
  it('shows the API’s headline, balance, Sankey, breakdowns and CSV for the territory of the URL', async () => {
    const { fetchMock } = bilanApi();
    start('/energie?territory=epci:246200299', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="balance"]') !== null && document.querySelector('[data-testid="source-table"]') !== null);
    expect(document.querySelector('h1')?.textContent).toBe('Bilan énergétique — CA d’Hénin-Carvin');
    expect(document.querySelector('[data-testid="consumption"]')?.textContent).toBe('1\u202f000 GWh');
    expect(document.querySelector('[data-testid="gas-share"]')?.textContent).toBe('50\u00a0%');
    expect(document.querySelector('[data-testid="balance"]')?.textContent).toBe('6\u00a0%');
    expect(document.querySelector('[data-testid="balance"] + dd')?.textContent).toBe('production 2023 ÷ consommation 2022');
    expect(document.querySelector('[data-testid="balance-sentence"]')?.textContent).toContain('L’objectif est de 20\u00a0% en 2030');
    expect(document.querySelector('[data-testid="balance-sentence"]')?.textContent).toContain('Celui du Pas-de-Calais est de 6\u00a0%.');
    // The Sankey: one band per non-zero flow, widths in proportion, and its table.
    await waitFor(() => document.querySelectorAll('.energie-sankey path').length === 4);
    expect(document.querySelectorAll('[data-testid="sankey-table"] tbody tr')).toHaveLength(4);
    // The non-renewable heat is listed apart, not stacked with the decarbonised sources.
    expect([...document.querySelectorAll('[data-testid="source-table"] thead th')].map((th) => th.textContent)).toEqual([
      'Année',
      'Éolien',
      'Photovoltaïque en toiture',
      'Total',
    ]);
    expect(document.body.textContent).toContain('n’est pas comptée dans le bilan décarboné');
    expect(document.querySelector('a[data-download="csv"]')?.getAttribute('href')).toBe('/api/v1/energie/accounts?territory=epci:246200299&format=csv');
    expect(document.querySelector('a[data-download="xlsx"]')?.getAttribute('href')).toBe('/api/v1/energie/accounts?territory=epci:246200299&format=xlsx');
    expect(document.querySelector<HTMLSelectElement>('select[name="territory"]')!.value).toBe('epci:246200299');
    expect(document.querySelector('[data-testid="coverage-caveat"]')).toBeNull();
  });

  it('says when the figures cover only some of the territory’s communes', async () => {
    const { fetchMock } = bilanApi({ partial: true });
    start('/energie?territory=epci:246200299', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="coverage-caveat"]') !== null);
    expect(document.querySelector('[data-testid="coverage-caveat"]')?.textContent).toBe(
      'Ces chiffres additionnent les comptes de 2 des 14 communes de la CA d’Hénin-Carvin : ils ne couvrent qu’une partie du territoire.',
    );
  });

  it('names an unknown territory in plain French', async () => {
    const { fetchMock } = bilanApi();
    start('/energie?territory=commune:99999', fetchMock);
    await waitFor(() => document.querySelector('[role="alert"]') !== null);
    expect(document.querySelector('h1')?.textContent).toBe('Territoire inconnu');
  });
});
