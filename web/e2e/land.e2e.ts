/**
 * End-to-end: the land views as their users check them, in Debian's Chromium against the real API on a fresh
 * database (run by ./observatoires test and ./observatoires e2e after scenario.e2e.ts, with its own browser).
 * - Carte des friches: from the portal, filters, a site's sheet whose breakdown adds up to its score, the what-if
 *   sliders (a simulation: the stored score stays the same, even after a reload), reset, back button.
 * - Compteur ZAN: from the portal on an EPCI, the gauge's figures equal the API's counter, the trajectory covers
 *   2011–2050, the destinations add up to each year's total, the ranking, the CSV of the counter's inputs, a commune
 *   found by typing its name, reload and back.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BASE = (process.env['OBSERVATOIRES_E2E_URL'] ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const ARTIFACTS = resolve(process.env['OBSERVATOIRES_E2E_ARTIFACTS'] ?? resolve(import.meta.dirname, '../../.data/e2e-screenshots'));
const CHROMIUM = process.env['OBSERVATOIRES_CHROMIUM'] ?? '/usr/bin/chromium';

const EPCI = 'epci:246200299'; // CA d'Hénin-Carvin
const ZAN_EPCI = 'epci:200072460'; // CABBALR, 100 communes

let browser: Browser;
let page: Page;
const problems: string[] = [];

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${BASE}${path}`, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path} → ${response.status}`);
  return (await response.json()) as T;
}

function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

function french(value: number, decimals: number): string {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: decimals }).format(value);
}

async function shot(name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 6000) });
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
  await page.setViewportSize(viewport);
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
});

afterAll(async () => {
  await browser?.close();
});

interface SitesAnswer {
  total: number;
  items: { id: number; name: string; score: number }[];
}
interface SiteAnswer {
  sheet: { id: number; name: string; fieldCheckedOn: string | null };
  score: { value: number; breakdown: { criterion: string; contribution: number; weight: number }[] };
}
interface WhatIfAnswer {
  sites: { id: number; current: number; whatIf: number }[];
}

describe('the Carte des friches', () => {
  let siteId = 0;
  let storedScore = 0;

  it('opens from the portal’s Friches card, with a drawn map, a legend and the list of every site', async () => {
    await page.goto(`${BASE}/`);
    await page.click('.card[data-observatory="friches"] a[data-observatory-link="friches"]');
    await page.waitForURL((url) => url.pathname === '/friches');
    expect(plain(await page.locator('h1').textContent())).toBe('Carte des friches');
    const all = await api<SitesAnswer>('/api/v1/friches/sites?limit=1000');
    await page.waitForFunction((n) => document.querySelectorAll('#friches-liste tbody tr').length === n, all.total);
    expect(Number(await page.getAttribute('[data-total]', 'data-total'))).toBe(all.total);
    await page.waitForSelector(`#friches-map[data-drawn$="|score|${all.total}"]`, { timeout: 30_000 });
    expect(await page.locator('.legend[data-legend="score"] .legend__class').count()).toBe(5);
    // The canvas has the sites' colours, not only the background and the EPCI contours.
    const colours = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#friches-map canvas')!;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const g = copy.getContext('2d')!;
      g.drawImage(canvas, 0, 0);
      const data = g.getImageData(0, 0, copy.width, copy.height).data;
      const seen = new Map<string, number>();
      for (let i = 0; i < data.length; i += 4) {
        const [r, gr, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (Math.max(r, gr, b) - Math.min(r, gr, b) < 40) continue; // greys, white, the background
        const key = `${r >> 4},${gr >> 4},${b >> 4}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      return [...seen.values()].filter((n) => n > 20).length;
    });
    expect(colours).toBeGreaterThanOrEqual(3);
  });

  it('filters by EPCI and minimum score, as the API does, in the URL', async () => {
    await page.selectOption('select[name="epci"]', EPCI);
    await page.waitForURL((url) => url.searchParams.get('epci') === EPCI);
    await page.fill('input[name="minScore"]', '50');
    await page.press('input[name="minScore"]', 'Enter');
    await page.waitForURL((url) => url.searchParams.get('minScore') === '50');
    const filtered = await api<SitesAnswer>(`/api/v1/friches/sites?epci=${EPCI}&minScore=50&limit=1000`);
    expect(filtered.total).toBeGreaterThan(0);
    await page.waitForFunction((n) => document.querySelector('[data-total]')?.getAttribute('data-total') === String(n), filtered.total);
    await page.waitForFunction((n) => document.querySelectorAll('#friches-liste tbody tr').length === n, filtered.total);
    const names = await page.locator('#friches-liste tbody th').allTextContents();
    expect(names.sort()).toEqual(filtered.items.map((s) => s.name).sort());
    siteId = filtered.items[0]!.id;
  });

  it('opens a site’s sheet: every field, its status and field check, a breakdown that adds up to its score', async () => {
    await page.click(`#friches-liste tr[data-site="${siteId}"] button`);
    await page.waitForURL((url) => url.searchParams.get('site') === String(siteId));
    await page.waitForSelector(`.site-sheet[data-site="${siteId}"]`);
    const site = await api<SiteAnswer>(`/api/v1/friches/sites/${siteId}`);
    storedScore = site.score.value;
    expect(plain(await page.locator('.site-sheet h3').textContent())).toBe(site.sheet.name);
    expect(await page.locator('.site-sheet dl.meta dt').count()).toBe(17);
    const status = plain(await page.locator('.site-sheet__status').textContent());
    expect(status).toMatch(site.sheet.fieldCheckedOn ? /vérifiée sur le terrain le \d{1,2} \S+ \d{4}/ : /pas encore vérifiée/);
    // The user adds up the contributions: they give the score shown.
    const contributions = await page
      .locator('.site-sheet [data-contribution]')
      .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-contribution'))));
    expect(contributions).toHaveLength(8);
    const sum = Math.round(contributions.reduce((a, b) => a + b, 0) * 10) / 10;
    expect(sum).toBe(storedScore);
    expect(plain(await page.locator('[data-testid="stored-score"]').textContent())).toBe(`${french(storedScore, 1)} / 100`);
    expect(plain(await page.locator('[data-testid="breakdown-total"]').textContent())).toBe(`${french(storedScore, 1)} / 100`);
    expect(await page.locator('.site-sheet .vocation').count()).toBe(5);
  });

  it('simulates other weights with the sliders (keyboard), next to the stored score, clearly labelled', async () => {
    const slider = page.locator('input[name="weight-pollution"]');
    await slider.scrollIntoViewIfNeeded();
    const before = Number(await slider.inputValue());
    const posted = page.waitForRequest(
      (r) => r.url().endsWith('/api/v1/friches/scores/what-if') && r.method() === 'POST' && (r.postData() ?? '').includes('"pollution":'),
    );
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    const target = before + 3;
    await page.waitForURL((url) => url.searchParams.get('weights') === `pollution:${target}`);
    expect(JSON.parse((await posted).postData()!)).toEqual({ weights: { pollution: target } });
    const answer = await api<WhatIfAnswer>('/api/v1/friches/scores/what-if', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ weights: { pollution: target } }),
    });
    const mine = answer.sites.find((s) => s.id === siteId)!;
    await page.waitForSelector('[data-testid="sheet-simulation"] .simulated-score');
    expect(Number(await page.getAttribute('[data-testid="sheet-simulation"] .simulated-score', 'data-value'))).toBe(mine.whatIf);
    expect(plain(await page.locator('[data-testid="sheet-simulation"]').textContent())).toContain('Simulation');
    expect(plain(await page.locator('[data-testid="simulation-summary"]').textContent())).toContain('Simulation');
    expect(plain(await page.locator('.simulation-banner').textContent())).toContain('ne sont pas enregistrés');
    // The stored score has not moved.
    expect(plain(await page.locator('[data-testid="stored-score"]').textContent())).toBe(`${french(storedScore, 1)} / 100`);
    await page.waitForFunction(() => document.querySelectorAll('#simulation tbody tr').length > 0);
    await shot('06-friches');
  });

  it('comes back from its URL; reloading the sheet shows the stored score unchanged (nothing was written)', async () => {
    const url = page.url();
    await page.reload();
    await page.waitForSelector(`.site-sheet[data-site="${siteId}"] [data-testid="sheet-simulation"] .simulated-score`);
    expect(page.url()).toBe(url);
    expect(await page.locator('select[name="epci"]').inputValue()).toBe(EPCI);
    expect(await page.locator('input[name="minScore"]').inputValue()).toBe('50');
    expect(plain(await page.locator('[data-testid="stored-score"]').textContent())).toBe(`${french(storedScore, 1)} / 100`);
    const again = await api<SiteAnswer>(`/api/v1/friches/sites/${siteId}`);
    expect(again.score.value).toBe(storedScore);
  });

  it('resets the weights, and the back button brings the simulation back', async () => {
    await page.click('[data-testid="reset-weights"]');
    await page.waitForURL((url) => url.searchParams.get('weights') === null);
    await page.waitForFunction(() => document.querySelector('[data-testid="simulation-summary"]') === null);
    expect(await page.locator('[data-testid="sheet-simulation"] .simulated-score').count()).toBe(0);
    expect(await page.locator('[data-testid="reset-weights"]').isDisabled()).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('weights') !== null);
    await page.waitForSelector('[data-testid="simulation-summary"]');
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('site') === null);
    await page.waitForFunction(() => document.querySelector('.site-sheet') === null);
  });
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
    await shot('07-zan');
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

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(problems).toEqual([]);
  });
});
