/**
 * End-to-end, Friches: the Carte des friches as its users check it, in Debian's Chromium against the real API
 * (support.ts). From the portal's card, filters, a site's sheet whose breakdown adds up to its score, the what-if
 * sliders (a simulation: the stored score stays the same, even after a reload), reset, back button; and no script
 * error or Content-Security-Policy violation (checked when the file ends).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, BASE, DESKTOP, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const EPCI = 'epci:246200299'; // CA d'Hénin-Carvin

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
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
    await shot(page, '06-friches');
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

  it('axe-core finds no violation on the Carte des friches, a site’s sheet open', async () => {
    const sites = await api<{ items: { id: number }[] }>('/api/v1/friches/sites?limit=1');
    const site = sites.items[0]!.id;
    await openSettled(page, `/friches?site=${site}`, `.site-sheet[data-site="${site}"]`);
    await page.waitForSelector('#friches-map[data-drawn]', { timeout: 30_000 });
    await expectNoAxeViolations(page, 'the Carte des friches');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
