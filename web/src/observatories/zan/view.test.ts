// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { zan } from '.';
import { startApp, type App } from '../../platform/shell';
import { waitFor } from '../../platform/testing/fakeApi';
import { COUNTER, zanApi } from './fixtures';

vi.mock('./charts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./charts')>();
  const svg = (): Element => document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  return { ...original, trajectoryChart: svg, destinationsChart: svg };
});

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): App {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [zan] });
  return app;
}

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

describe('the Compteur ZAN view', () => {
  it('shows the API’s counter for the territory of the URL, its trajectory, destinations, ranking and CSV', async () => {
    const { fetchMock } = zanApi();
    start('/zan?territory=epci:246200299', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="consumed"]') !== null && document.querySelector('[data-testid="destinations-table"]') !== null);
    expect(document.querySelector('h1')?.textContent).toBe('Compteur ZAN — CA d’Hénin-Carvin');
    expect(document.querySelector('[data-testid="consumed"]')?.getAttribute('data-value')).toBe(String(COUNTER.consumedHa));
    expect(document.querySelector('[data-testid="envelope"]')?.textContent).toBe('161,9\u00a0ha');
    expect(document.querySelector('[data-testid="exhaustion"]')?.textContent).toBe('2027');
    await waitFor(() => document.querySelector('.chart__figure[data-first-year]') !== null);
    const figure = document.querySelector('.chart__figure[data-first-year]')!;
    expect([figure.getAttribute('data-first-year'), figure.getAttribute('data-last-year')]).toEqual(['2011', '2050']);
    expect(document.querySelectorAll('[data-testid="destinations-table"] tbody tr')).toHaveLength(14);
    await waitFor(() => document.querySelectorAll('#zan-classement tbody tr').length === 3);
    expect(document.querySelector('a[data-download="csv"]')?.getAttribute('href')).toBe('/api/v1/zan/consumption?territory=epci:246200299&format=csv');
    expect(document.querySelector('a[data-download="xlsx"]')?.getAttribute('href')).toBe('/api/v1/zan/consumption?territory=epci:246200299&format=xlsx');
    expect(document.querySelector('a[data-download="xlsx"]')?.getAttribute('download')).toBe('zan_epci-246200299.xlsx');
    expect(document.querySelector<HTMLSelectElement>('select[name="territory"]')!.value).toBe('epci:246200299');
  });

  it('ranks a commune among the communes of its EPCI, and keeps the divisor in the URL', async () => {
    const { fetchMock } = zanApi();
    start('/zan?territory=commune:62427', fetchMock);
    await waitFor(() => document.querySelectorAll('#zan-classement tbody tr').length === 3);
    expect(fetchMock.mock.calls.some(([u]) => String(u).startsWith('/api/v1/zan/ranking?within=epci:246200299&per=inhabitant'))).toBe(true);
    expect(document.querySelector('#zan-classement tr.is-selected')?.getAttribute('data-commune')).toBe('commune:62427');
    // The EPCI and the commune named after "de" as the API says them, never pasted.
    expect(document.querySelector('#zan-classement caption')?.textContent).toMatch(/^Communes de la CA d’Hénin-Carvin, /);
    await waitFor(() => document.body.textContent?.includes('de la consommation d’espaces d’Hénin-Beaumont.') === true);
    const per = document.querySelector<HTMLSelectElement>('select[name="per"]')!;
    per.value = 'job';
    per.dispatchEvent(new Event('change'));
    await waitFor(() => window.location.search === '?territory=commune:62427&per=job');
    await waitFor(() => fetchMock.mock.calls.some(([u]) => String(u).includes('per=job')));
  });

  it('names an unknown territory in plain French', async () => {
    const { fetchMock } = zanApi();
    start('/zan?territory=commune:99999', fetchMock);
    await waitFor(() => document.querySelector('[role="alert"]') !== null);
    expect(document.querySelector('h1')?.textContent).toBe('Territoire inconnu');
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('« commune:99999 » est inconnu');
  });
});
