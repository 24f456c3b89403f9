// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { zan } from '.';
import { startApp, type App } from '../../platform/shell';
import { destinationRows, trajectoryRows } from './charts';
import { waitFor } from '../../platform/testing/fakeApi';
import { CONSUMPTION, COUNTER, zanApi } from './fixtures';
import { counterSentences, destinationSum, elapsedShare, gaugeSvg } from './view';

vi.mock('./charts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./charts')>();
  const svg = (): Element => document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  return { ...original, trajectoryChart: svg, destinationsChart: svg };
});

describe('the counter in words and in the gauge', () => {
  it('says the reference, the envelope, what is consumed and left, the pace and the exhaustion year', () => {
    const sentences = counterSentences(COUNTER, 'CA d’Hénin-Carvin').join(' ');
    expect(sentences).toContain('De 2011 à 2020, CA d’Hénin-Carvin a consommé 322,5\u00a0ha');
    expect(sentences).toContain('enveloppe pour 2021–2030 est de 161,9\u00a0ha');
    expect(sentences).toContain('réduite de 50\u00a0%');
    expect(sentences).toContain('101,2\u00a0ha ont déjà été consommés, soit 63\u00a0% de l’enveloppe ; il reste 60,7\u00a0ha');
    expect(sentences).toContain('l’enveloppe sera épuisée en 2027, 3 ans avant l’échéance de 2030');
    expect(sentences).toContain('autorise 15,4\u00a0ha en 2031, puis de moins en moins jusqu’à 0\u00a0ha en 2050');
  });

  it('says when the envelope is exceeded, and since when', () => {
    const over = { ...COUNTER, consumedHa: 180, remainingHa: -18.1, usedShare: 1.112, exceeded: true, exhaustionYear: 2024 };
    expect(counterSentences(over, 'Carvin').join(' ')).toContain('l’enveloppe est dépassée de 18,1\u00a0ha (111\u00a0% de l’enveloppe), depuis 2024');
    const svg = gaugeSvg(over);
    expect(svg.querySelector('[data-part="overflow"]')).not.toBeNull();
    expect(svg.getAttribute('aria-label')).toContain('enveloppe dépassée');
  });

  it('draws the consumed part of the envelope in proportion, with a steady-pace marker', () => {
    const svg = gaugeSvg(COUNTER);
    const track = svg.querySelectorAll('rect')[0]!;
    const used = svg.querySelector('[data-part="consumed"]')!;
    expect(Number(used.getAttribute('width')) / Number(track.getAttribute('width'))).toBeCloseTo(0.625, 3);
    expect(svg.getAttribute('aria-label')).toBe('Jauge : 101,2\u00a0ha consommés sur une enveloppe de 161,9\u00a0ha (63\u00a0%), il reste 60,7\u00a0ha.');
    expect(elapsedShare(2024)).toBeCloseTo(0.4);
    expect(elapsedShare(2035)).toBe(1);
  });

  it('covers every year 2011–2050 in the trajectory, and every destination of every year', () => {
    const rows = trajectoryRows(COUNTER, CONSUMPTION.years);
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 40 }, (_, i) => 2011 + i));
    expect(rows.filter((r) => r.kind === 'reference')).toHaveLength(10);
    expect(rows.filter((r) => r.kind === 'projection').map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(destinationRows(CONSUMPTION.years)).toHaveLength(14 * 6);
    for (const year of CONSUMPTION.years) expect(destinationSum(year)).toBeCloseTo(year.totalHa, 6);
  });
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
    expect(document.querySelector<HTMLSelectElement>('select[name="territory"]')!.value).toBe('epci:246200299');
  });

  it('ranks a commune among the communes of its EPCI, and keeps the divisor in the URL', async () => {
    const { fetchMock } = zanApi();
    start('/zan?territory=commune:62427', fetchMock);
    await waitFor(() => document.querySelectorAll('#zan-classement tbody tr').length === 3);
    expect(fetchMock.mock.calls.some(([u]) => String(u).startsWith('/api/v1/zan/ranking?within=epci:246200299&per=inhabitant'))).toBe(true);
    expect(document.querySelector('#zan-classement tr.is-selected')?.getAttribute('data-commune')).toBe('commune:62427');
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
