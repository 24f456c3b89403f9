// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../../platform/api/client';
import { startApp, type App } from '../../../platform/shell';
import { waitFor } from '../../../platform/testing/fakeApi';
import { emploi } from '..';
import { entreprisesApi } from './fixtures';

vi.mock('../../../platform/charts/seriesChart', () => ({
  seriesChart: (): Element => document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
}));

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): App {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [emploi] });
  return app;
}

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const text = (selector: string): string | null | undefined => document.querySelector(selector)?.textContent;

describe('the business demography page', () => {
  it('shows the API’s figures, the sectors ranked, the survival class and the jobs in tension of the URL’s territory and year', async () => {
    const { fetchMock } = entreprisesApi();
    start('/emploi/entreprises?territory=epci:246200299&year=2023', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="tension-index"]') !== null && document.querySelector('.entreprises-chart svg') !== null);
    expect(text('h1')).toBe('Démographie des entreprises — CA d’Hénin-Carvin');
    expect(document.querySelector('[data-testid="failures"]')?.getAttribute('data-value')).toBe('80');
    expect(text('[data-testid="failures"] + ul')).toContain('indice 80 (base 100 en 2013)');
    expect(text('[data-testid="failures"] + ul')).toContain('valeur réelle');
    expect(text('[data-testid="survival"]')).toBe('72,5\u00a0%');
    expect(text('.entreprises-class--current')).toContain('71,1 à 74 %');
    expect(text('[data-testid="sector-commerce"]')).toBe('50');
    expect(text('[data-testid="tension-index"]')).toBe('75\u00a0%');
    expect(document.body.textContent).toContain('trop peu de projets');
    expect(document.querySelector<HTMLSelectElement>('select[name="year"]')!.value).toBe('2023');
    // The département compared in the series request, the year in the demography request.
    const urls = fetchMock.mock.calls.map(([input]) => decodeURIComponent(String(input)));
    expect(urls.some((u) => u.includes('territories=epci:246200299,departement:62') && u.includes('index=2013'))).toBe(true);
    expect(urls.some((u) => u.includes('/api/v1/emploi/demography/epci:246200299?year=2023'))).toBe(true);
  });

  it('says why the département has no jobs-in-tension table', async () => {
    const { fetchMock } = entreprisesApi();
    start('/emploi/entreprises?territory=departement:62', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="failures"]') !== null && document.body.textContent!.includes('bassin d’emploi'));
    expect(fetchMock.mock.calls.some(([input]) => String(input).includes('/emploi/tension/'))).toBe(false);
  });
});
