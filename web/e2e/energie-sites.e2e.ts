/**
 * End-to-end, Énergie: the production sites page as its users check it, in Debian's Chromium against the real API
 * (support.ts). The map is drawn with as many sites as the API gives and the table lists the same ones; a kind chosen
 * filters both through the URL; the symbols are on the canvas; a site's sheet opens from the table and stays after a reload; the
 * confidential projects are nowhere in the public page; a partner who signs in reads the partner view; and no script
 * error or Content-Security-Policy violation. (The e2e keys are the CABBALR's and the CALL's: none of the three
 * confidential projects lies in their territories, so the partner test checks the view, not a confidential site.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, BASE, DESKTOP, EDITOR_KEY, expectNoAxeViolations, launchChromium, openSettled, plain, shot, type Chromium } from './support';

interface Site {
  id: string;
  geometry: { coordinates: [number, number] };
  properties: { name: string; kind: string; confidential: boolean };
}
interface Sites {
  features: Site[];
  view: { audience: string };
  totals: { kind: string; count: number }[];
}

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage({ ...DESKTOP, acceptDownloads: true });
});

afterAll(async () => {
  await chromium?.close();
});

const tableIds = (p: Page): Promise<string[]> =>
  p.locator('#energie-sites-tableau tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['id'] ?? ''));

describe('the production sites', () => {
  it('draws every public site on the map and lists the same ones in the table, without the confidential projects', async () => {
    const sites = await api<Sites>('/api/v1/energie/sites');
    expect(sites.view.audience).toBe('public');
    await openSettled(page, '/energie/sites', '#energie-sites-map[data-drawn]');
    expect(Number(await page.getAttribute('#energie-sites-map', 'data-drawn'))).toBe(sites.features.length);
    expect((await tableIds(page)).sort()).toEqual(sites.features.map((f) => f.id).sort());
    expect(await page.locator('.legend__list li').count()).toBe(8);
    const text = plain(await page.locator('main').textContent());
    expect(text).not.toContain('confidentiel »');
    expect(await page.locator('.badge').count()).toBe(0);
    expect(sites.features.some((f) => f.properties.confidential)).toBe(false);
    await shot(page, 'energie-sites-01-public');
  });

  it('filters by kind through the URL: the totals, the map and the table follow the API', async () => {
    const wind = await api<Sites>('/api/v1/energie/sites?kind=eolien&territory=epci:200069672');
    await page.selectOption('select[name="kind"]', 'eolien');
    await page.waitForURL((url) => url.searchParams.get('kind') === 'eolien');
    await page.selectOption('select[name="territory"]', 'epci:200069672');
    await page.waitForURL((url) => url.searchParams.get('territory') === 'epci:200069672');
    await page.waitForFunction((n) => document.querySelector('#energie-sites-map')?.getAttribute('data-drawn') === String(n), wind.features.length);
    expect((await tableIds(page)).sort()).toEqual(wind.features.map((f) => f.id).sort());
    expect(plain(await page.locator('.energie-sites__kinds [data-kind="eolien"]').textContent())).toContain('492 GWh par an');
  });

  it('draws the heat networks’ symbols on the canvas and opens a site’s sheet from the table, kept through a reload', async () => {
    const sites = await api<Sites>('/api/v1/energie/sites?kind=reseau_chaleur');
    await openSettled(page, '/energie/sites?kind=reseau_chaleur', `#energie-sites-map[data-drawn="${sites.features.length}"]`);
    // The heat networks' red pentagons are on the canvas (#b3261e), not only the background and the EPCI contours.
    const red = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#energie-sites-map canvas')!;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const g = copy.getContext('2d')!;
      g.drawImage(canvas, 0, 0);
      const data = g.getImageData(0, 0, copy.width, copy.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - 179) < 24 && data[i + 1]! < 70 && data[i + 2]! < 70) count++;
      return count;
    });
    expect(red).toBeGreaterThan(50);
    await page.click('#energie-sites-tableau button[data-site="reseau-chaleur-bethune"]');
    await page.waitForSelector('.energie-site-sheet[data-site="reseau-chaleur-bethune"]');
    expect(new URL(page.url()).searchParams.get('site')).toBe('reseau-chaleur-bethune');
    const sheet = plain(await page.locator('.energie-site-sheet').textContent());
    expect(sheet).toContain('Année de création1972');
    expect(sheet).toContain('Points de livraison127');
    await page.reload();
    await page.waitForSelector('.energie-site-sheet[data-site="reseau-chaleur-bethune"]');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('site'));
  });

  it.skipIf(!EDITOR_KEY)('reads the partner view once a partner signs in, with the partners’ layer to download', async () => {
    const partner = await chromium.newPage(DESKTOP);
    await partner.goto(`${BASE}/energie/sites`);
    await partner.click('[data-audience="public"] a');
    await partner.waitForURL('**/connexion?next=**');
    await partner.fill('input[name="apiKey"]', EDITOR_KEY);
    await partner.click('form.sign-in__form button[type="submit"]');
    await partner.waitForURL((url) => url.pathname === '/energie/sites');
    await partner.waitForSelector('[data-audience="partner"]');
    // The downloads are drawn once the partner's sites have come: wait for them rather than read the empty slot.
    await partner.waitForFunction(() => document.querySelector('.downloads')?.textContent?.includes('energie-sites-partenaires'));
    expect(plain(await partner.locator('.downloads').textContent())).toContain('« energie-sites-partenaires »');
    await partner.waitForSelector('#energie-sites-tableau tbody tr');
    await partner.close();
  });

  it('axe-core finds no violation on the sites page, a sheet open', async () => {
    await openSettled(page, '/energie/sites?site=pv-sol-leforest', '.energie-site-sheet[data-site="pv-sol-leforest"]');
    await page.waitForSelector('#energie-sites-map[data-drawn]');
    await expectNoAxeViolations(page, 'the production sites');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
