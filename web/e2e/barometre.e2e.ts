/**
 * End-to-end, Baromètre économique: the page as the agency prints it, in Debian's Chromium against the real API
 * (support.ts). The publication shows the API's territory, quarter and key figures; the territory and the quarter are in
 * the URL; printed (print media, the browser's own PDF) it is exactly two A4 pages; the "Télécharger le baromètre (PDF)"
 * link answers a PDF; then axe, and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, BASE, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const PMA = 'groupement:pma';
const READY = '.barometre-publication .bp-keys';

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

interface Barometer {
  territory: { id: string; name: string };
  quarter: string;
  latestQuarter: string;
  quarters: string[];
  keyFigures: { value: string; label: string }[];
  indicators: { key: string; status: string }[];
}

/** A PDF's pages, counted as a reader's tool would: its page objects. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

let latest: Barometer;

describe('the economic barometer', () => {
  it('shows the PMA’s latest quarter with the API’s key figures, on two sheets', async () => {
    const indicator = await api<{ periods: string[] }>('/api/v1/indicators/barometre.emploi_prive');
    const quarter = indicator.periods
      .filter((p) => /^\d{4}-Q[1-4]$/.test(p))
      .sort()
      .at(-1)!;
    latest = await api<Barometer>(`/api/v1/barometre/${PMA}/${quarter}`);

    await openSettled(page, '/barometre', READY);
    expect(plain(await page.locator('.bp-title').textContent())).toBe(latest.territory.name);
    expect(await page.inputValue('select[name="quarter"]')).toBe(latest.quarter);
    const keys = await page.locator('.bp-keys li').allTextContents();
    expect(keys.map(plain)).toEqual(latest.keyFigures.map((k) => plain(`${k.value}${k.label}`)));
    expect(await page.locator('.bp-page').count()).toBe(2);
    // An anonymous reader sees the partners' box in place of the Nota-PME figures.
    expect(latest.indicators.find((i) => i.key === 'nota_pme')?.status).toBe('restricted');
    expect(plain(await page.locator('[data-indicator="nota_pme"] .bp-restricted__title').textContent())).toBe('Données réservées aux partenaires');
    expect(await page.locator('.bp-chart svg').count()).toBe(3);
    await shot(page, 'barometre');
  });

  it('keeps the territory and the quarter in the URL through a change, a reload and back', async () => {
    const epci = 'epci:200072460';
    const previous = latest.quarters.at(-2)!;
    await openSettled(page, '/barometre', READY);
    await page.selectOption('select[name="territory"]', epci);
    await page.waitForURL(/territory=epci(:|%3A)200072460/);
    await page.selectOption('select[name="quarter"]', previous);
    await page.waitForURL(new RegExp(`quarter=${previous}`));
    const expected = await api<Barometer>(`/api/v1/barometre/${epci}/${previous}`);
    await page.reload();
    await page.waitForSelector(READY, { timeout: 30_000 });
    expect(plain(await page.locator('.bp-title').textContent())).toBe(expected.territory.name);
    expect(plain(await page.locator('.bp-keys li').first().textContent())).toBe(plain(`${expected.keyFigures[0]!.value}${expected.keyFigures[0]!.label}`));
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('quarter='));
  });

  it('prints on exactly two A4 pages', async () => {
    await openSettled(page, '/barometre', READY);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pageCount(pdf)).toBe(2);
  });

  it('offers the server’s PDF, which answers application/pdf', async () => {
    await openSettled(page, '/barometre', READY);
    const href = await page.getAttribute('a:has-text("Télécharger le baromètre (PDF)")', 'href');
    expect(href).toBe(`/api/v1/barometre/${PMA}/${latest.quarter}.pdf`);
    const response = await page.request.get(`${BASE}${href}`, { timeout: 60_000 });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(pageCount(await response.body())).toBe(2);
  });

  it('axe-core finds no violation on the page and its publication', async () => {
    await openSettled(page, '/barometre', READY);
    await expectNoAxeViolations(page, 'the economic barometer');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
