/**
 * End-to-end, Énergie: the energy dashboard (/energie) as the agency's energy team checks it, in Debian's Chromium
 * against the real API (support.ts). From the portal's Énergie card, the AULA's key figures are the API's (the
 * activity report's 12,756 GWh, 47 % of gas, 1,192 GWh and 9.3 %), the Sankey's flows add up to the year's
 * consumption, the breakdown tables are the API's, an EPCI is picked in the selector, the CSV of the accounts is
 * downloaded, reload keeps the territory; axe-core finds no violation; no script error or CSP violation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ARTIFACTS, BASE, DESKTOP, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const AULA = 'groupement:aula';
const CABBALR = 'epci:200072460';

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage({ ...DESKTOP, acceptDownloads: true });
});

afterAll(async () => {
  await chromium?.close();
});

interface Accounts {
  territory: {
    headline: {
      consumptionGwh: number;
      gasShare: number;
      productionGwh: number;
      decarbonisedBalance: { share: number; productionYear: number; consumptionYear: number };
      emissionsKt: number;
    };
    years: { year: number; consumption: { totalGwh: number; bySector: Record<string, number> } | null }[];
  };
}

describe('the energy dashboard', () => {
  it('opens from the portal’s Énergie card; its key figures are the API’s, the report’s', async () => {
    await page.goto(`${BASE}/`);
    await page.click('.card[data-observatory="energie"] a[data-observatory-link="energie"]');
    await page.waitForURL((url) => url.pathname === '/energie');
    await page.waitForSelector(`.energie-headline[data-territory="${AULA}"]`);
    const { territory } = await api<Accounts>(`/api/v1/energie/accounts?territory=${AULA}`);
    const head = territory.headline;
    expect(Number(await page.getAttribute('[data-testid="consumption"]', 'data-value'))).toBe(head.consumptionGwh);
    expect(plain(await page.locator('[data-testid="consumption"]').textContent())).toBe('12 756 GWh');
    expect(plain(await page.locator('[data-testid="gas-share"]').textContent())).toBe('47 %');
    expect(plain(await page.locator('[data-testid="production"]').textContent())).toBe('1 192 GWh');
    expect(plain(await page.locator('[data-testid="balance"]').textContent())).toBe('9,3 %');
    expect(plain(await page.locator('[data-testid="balance"] + dd').textContent())).toBe('production 2023 ÷ consommation 2022');
    expect(plain(await page.locator('[data-testid="emissions"]').textContent())).toBe(`${french(head.emissionsKt / 1000, 2)} Mt CO₂e`);
  });

  it('draws the Sankey of the latest year: its flows add up to the year’s consumption', async () => {
    const { territory } = await api<Accounts>(`/api/v1/energie/accounts?territory=${AULA}`);
    const latest = territory.years.filter((y) => y.consumption).at(-1)!;
    await page.waitForSelector('.energie-sankey svg path', { state: 'attached' });
    expect(await page.getAttribute('.energie-sankey', 'data-year')).toBe(String(latest.year));
    const flows = await page.locator('[data-testid="sankey-table"] td[data-gwh]').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-gwh'))));
    expect(flows.reduce((a, b) => a + b, 0)).toBeCloseTo(latest.consumption!.totalGwh, 3);
    const bands = await page.locator('.energie-sankey svg path').count();
    expect(bands).toBe(flows.length);
  });

  it('tabulates the consumption by sector as the API counts it, and charts the balance with its objectives', async () => {
    const { territory } = await api<Accounts>(`/api/v1/energie/accounts?territory=${AULA}`);
    await page.waitForSelector('[data-testid="sector-table"] tbody tr', { state: 'attached' });
    const rows = await page
      .locator('[data-testid="sector-table"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({ year: Number(tr.getAttribute('data-year')), total: Number(tr.querySelector('[data-total]')!.getAttribute('data-total')) })),
      );
    for (const row of rows) expect(row.total).toBeCloseTo(territory.years.find((y) => y.year === row.year)!.consumption!.totalGwh, 3);
    await page.waitForSelector('[data-testid="balance-table"]', { state: 'attached' });
    expect(await page.locator('[data-testid="balance-table"] tr.is-target').count()).toBeGreaterThan(0);
    expect(plain(await page.locator('[data-testid="balance-sentence"]').textContent())).toContain('L’objectif est de');
    await shot(page, 'energie-bilan');
  });

  it('picks an EPCI in the selector; its URL comes back on reload', async () => {
    await page.selectOption('select[name="territory"]', CABBALR);
    await page.waitForURL((url) => url.pathname === '/energie' && url.searchParams.get('territory') === CABBALR);
    await page.waitForSelector(`.energie-headline[data-territory="${CABBALR}"]`);
    await page.reload();
    await page.waitForSelector(`.energie-headline[data-territory="${CABBALR}"]`);
    expect(plain(await page.locator('h1').textContent())).toContain('Béthune-Bruay');
  });

  it('downloads the accounts as CSV, in the import’s long format', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download="csv"]')]);
    const file = resolve(ARTIFACTS, 'energie-comptes.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('territoire,annee,nature,secteur,vecteur,valeur');
    expect(lines).toContain(`${CABBALR},2023,production,,eolien,91`);
  });

  it('axe-core finds no violation on the energy dashboard, with its charts and Sankey', async () => {
    await openSettled(page, `/energie?territory=${CABBALR}`, `.energie-headline[data-territory="${CABBALR}"]`);
    await page.waitForSelector('.energie-sankey svg');
    await page.waitForSelector('[data-testid="source-table"]', { state: 'attached' });
    await expectNoAxeViolations(page, 'the energy dashboard');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
