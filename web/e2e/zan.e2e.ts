/**
 * End-to-end, ZAN: the Compteur ZAN as its users check it, in Debian's Chromium against the real API (support.ts).
 * From the portal on an EPCI, the gauge's figures equal the API's counter, the trajectory covers 2011–2050, the
 * destinations add up to each year's total, the ranking, the CSV of the counter's inputs, a commune found by typing
 * its name, reload and back; the figures fitting their tiles at 1366 px and on a phone; and no script error or
 * Content-Security-Policy violation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ARTIFACTS, BASE, DESKTOP, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const ZAN_EPCI = 'epci:200072460'; // CABBALR, 100 communes

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage({ ...DESKTOP, acceptDownloads: true });
});

afterAll(async () => {
  await chromium?.close();
});

interface Counter {
  territory: string;
  latestYear: number;
  referenceHa: number;
  envelopeHa: number;
  consumedHa: number;
  remainingHa: number;
  pacePerYearHa: number;
  exhaustionYear: number | null;
}
interface Consumption {
  years: { year: number; totalHa: number; byDestination: Record<string, number> }[];
}

describe('the Compteur ZAN', () => {
  it('opens from the portal’s ZAN card on the EPCI picked; the gauge’s figures are the API’s counter', async () => {
    await page.goto(`${BASE}/?territory=${ZAN_EPCI}`);
    await page.click('.card[data-observatory="zan"] a[data-observatory-link="zan"]');
    await page.waitForURL((url) => url.pathname === '/zan' && url.searchParams.get('territory') === ZAN_EPCI);
    const counter = await api<Counter>(`/api/v1/zan/counter?territory=${ZAN_EPCI}`);
    await page.waitForSelector(`.gauge[data-territory="${ZAN_EPCI}"]`);
    expect(Number(await page.getAttribute('[data-testid="consumed"]', 'data-value'))).toBe(counter.consumedHa);
    expect(Number(await page.getAttribute('[data-testid="envelope"]', 'data-value'))).toBe(counter.envelopeHa);
    expect(Number(await page.getAttribute('[data-testid="remaining"]', 'data-value'))).toBe(counter.remainingHa);
    expect(plain(await page.locator('[data-testid="consumed"]').textContent())).toBe(`${french(counter.consumedHa, 1)} ha`);
    expect(plain(await page.locator('[data-testid="envelope"]').textContent())).toBe(`${french(counter.envelopeHa, 1)} ha`);
    const sentences = plain(await page.locator('[data-testid="sentences"]').textContent());
    expect(sentences).toContain(`${french(counter.consumedHa, 1)} ha ont déjà été consommés`);
    expect(sentences).toContain(`est de ${french(counter.envelopeHa, 1)} ha`);
    if (counter.exhaustionYear !== null) expect(plain(await page.locator('[data-testid="exhaustion"]').textContent())).toBe(String(counter.exhaustionYear));
    expect(await page.getAttribute('.gauge svg', 'aria-label')).toContain(`${french(counter.consumedHa, 1)}`);
  });

  it('charts the trajectory over 2011–2050, with its table', async () => {
    await page.waitForSelector('.chart__figure[data-first-year] svg');
    const figure = page.locator('.chart__figure[data-first-year]');
    expect([await figure.getAttribute('data-first-year'), await figure.getAttribute('data-last-year')]).toEqual(['2011', '2050']);
    const ticks = await figure.locator('svg text').allTextContents();
    expect(ticks).toContain('2011');
    expect(ticks).toContain('2050');
    const years = await page.locator('details.alternative').first().locator('tbody th').allTextContents();
    expect(years).toEqual(Array.from({ length: 40 }, (_, i) => String(2011 + i)));
  });

  it('adds the destinations up to each year’s total, as the API counts them', async () => {
    const consumption = await api<Consumption>(`/api/v1/zan/consumption?territory=${ZAN_EPCI}`);
    await page.waitForSelector('[data-testid="destinations-table"] tbody tr', { state: 'attached' });
    const rows = await page.locator('[data-testid="destinations-table"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        year: Number(tr.getAttribute('data-year')),
        parts: [...tr.querySelectorAll('[data-destination]')].map((td) => Number(td.getAttribute('data-value'))),
        total: Number(tr.querySelector('[data-total]')!.getAttribute('data-total')),
      })),
    );
    expect(rows.map((r) => r.year)).toEqual(consumption.years.map((y) => y.year));
    for (const row of rows) {
      expect(row.parts).toHaveLength(6);
      // Each destination is rounded to the hundredth by the API: six of them stay within 3 hundredths of the total.
      expect(Math.abs(row.parts.reduce((a, b) => a + b, 0) - row.total)).toBeLessThanOrEqual(0.03);
      expect(row.total).toBe(consumption.years.find((y) => y.year === row.year)!.totalHa);
    }
    await page.waitForSelector('.chart__figure:not([data-first-year]) svg');
  });

  it('ranks the EPCI’s communes as the API does', async () => {
    const ranking = await api<{ items: { commune: string }[] }>(`/api/v1/zan/ranking?within=${ZAN_EPCI}&per=inhabitant&from=2011&to=2020`);
    await page.waitForFunction((n) => document.querySelectorAll('#zan-classement tbody tr').length === n, ranking.items.length);
    expect(await page.getAttribute('#zan-classement tbody tr:first-child', 'data-commune')).toBe(ranking.items[0]!.commune);
    await shot(page, '07-zan');
  });

  it('downloads the counter’s inputs as CSV: they add up to the consumption counted since 2021', async () => {
    const counter = await api<Counter>(`/api/v1/zan/counter?territory=${ZAN_EPCI}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download="csv"]')]);
    const file = resolve(ARTIFACTS, 'zan.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('commune_id,year,destination,hectares');
    const since2021 = lines
      .slice(1)
      .map((line) => line.split(','))
      .filter(([, year]) => Number(year) >= 2021)
      .reduce((sum, [, , , hectares]) => sum + Number(hectares), 0);
    expect(since2021).toBeCloseTo(counter.consumedHa, 1);
  });

  it('finds a commune by typing its name; its URL comes back on reload; back returns to the EPCI', async () => {
    await page.fill('input[name="commune-search"]', 'bethune');
    await page.locator('.zan-picker .search-results a', { hasText: 'Béthune' }).first().waitFor();
    await page.press('input[name="commune-search"]', 'Enter');
    await page.waitForURL((url) => url.searchParams.get('territory') === 'commune:62119');
    const counter = await api<Counter>('/api/v1/zan/counter?territory=commune:62119');
    await page.waitForSelector('.gauge[data-territory="commune:62119"]');
    expect(Number(await page.getAttribute('[data-testid="consumed"]', 'data-value'))).toBe(counter.consumedHa);
    expect(plain(await page.locator('h1').textContent())).toBe('Compteur ZAN — Béthune');
    await page.reload();
    await page.waitForSelector('.gauge[data-territory="commune:62119"]');
    expect(await page.locator('select[name="territory"]').inputValue()).toBe('commune:62119');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('territory') === ZAN_EPCI);
    await page.waitForSelector(`.gauge[data-territory="${ZAN_EPCI}"]`);
  });

  it('fits the gauge’s figures in their tiles, on one line, at 1366 px and on a phone (375 px)', async () => {
    // The agency's perimeter has the widest figures ("1 023,6 ha", "152,3 ha/an").
    const wide = await chromium.newPage({ ...DESKTOP, viewport: { width: 1366, height: 900 } });
    for (const [width, height] of [
      [1366, 900],
      [375, 812],
    ] as const) {
      await wide.setViewportSize({ width, height });
      await wide.goto(`${BASE}/zan?territory=groupement:aula`);
      await wide.waitForSelector('.gauge[data-territory="groupement:aula"]');
      const tiles = await wide.locator('.gauge__figure').evaluateAll((items) =>
        items.map((li) => {
          const value = li.querySelector<HTMLElement>('.gauge__figure-value')!;
          const range = document.createRange();
          range.selectNodeContents(value);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          return { text: value.textContent, tile: [li.scrollWidth, li.clientWidth], value: [value.scrollWidth, value.clientWidth], lines };
        }),
      );
      expect(tiles).toHaveLength(5);
      for (const t of tiles) {
        expect(t.tile[0], `${t.text} in its tile at ${width} px`).toBeLessThanOrEqual(t.tile[1]!);
        expect(t.value[0], `${t.text} at ${width} px`).toBeLessThanOrEqual(t.value[1]!);
        expect(t.lines, `${t.text} on one line at ${width} px`).toBe(1);
      }
      expect(await wide.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await wide.locator('#zan-gauge-title').evaluate((title) => title.scrollIntoView());
      await wide.screenshot({ path: resolve(ARTIFACTS, `07-zan-gauge-${width}.png`) });
    }
  });

  it('axe-core finds no violation on the Compteur ZAN, with its charts', async () => {
    await openSettled(page, `/zan?territory=${ZAN_EPCI}`, `.gauge[data-territory="${ZAN_EPCI}"]`);
    await page.waitForSelector('.chart__figure[data-first-year] svg');
    await page.waitForSelector('.chart__figure:not([data-first-year]) svg');
    await page.waitForSelector('#zan-classement tbody tr');
    await expectNoAxeViolations(page, 'the Compteur ZAN');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
