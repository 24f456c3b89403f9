/**
 * End-to-end, Observatoire du foncier agricole: the short-supply-chain outlets as the PAT's users check them, in
 * Debian's Chromium against the real API (support.ts). The count and the table are the layer's; unchecking the AMAP
 * changes the count, the table and the URL, and the URL keeps it through a reload; the map is drawn. Then axe, and no
 * script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

interface Layer {
  features: { properties: { type: string; name: string } }[];
}

const count = async (): Promise<string> => plain(await page.textContent('[data-testid="outlet-count"]')).split(' point')[0]!;

describe('the short-supply-chain outlets', () => {
  it('lists the layer’s outlets, and a type filter changes the count, the table and the URL', async () => {
    const layer = await api<Layer>('/ogc/collections/foncier-agricole-circuits-courts/items?limit=5000');
    const all = layer.features.length;
    const withoutAmap = layer.features.filter((f) => f.properties.type !== 'amap').length;
    expect(withoutAmap).toBeLessThan(all);
    await openSettled(page, '/foncier-agricole/circuits-courts', '[data-testid="outlet-count"]');
    expect(await count()).toBe(plain(french(all, 0)));

    await page.getByLabel('AMAP').uncheck();
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('[data-testid="outlet-count"]')
          ?.textContent?.replace(/\s/g, '')
          .startsWith(n + 'point') === true,
      plain(french(withoutAmap, 0)).replace(/\s/g, ''),
    );
    expect(page.url()).toContain('type=vente_ferme,marche,drive_fermier,magasin_producteurs');
    await page.getByText('Les points de vente affichés en tableau').click();
    await page.waitForSelector('[data-testid="outlets-table"] tbody tr');
    const listedTypes = await page.locator('[data-testid="outlets-table"] tbody tr td:first-of-type').allTextContents();
    expect(listedTypes.length).toBeGreaterThan(0);
    expect(listedTypes).not.toContain('AMAP');

    await page.reload();
    await page.waitForSelector('[data-testid="outlet-count"]', { timeout: 30_000 });
    expect(await count()).toBe(plain(french(withoutAmap, 0)));
    expect(await page.getByLabel('AMAP').isChecked()).toBe(false);

    await page.locator('#foncier-agricole-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('#foncier-agricole-map[data-drawn]', { timeout: 30_000 });
    await shot(page, 'foncier-agricole-circuits-courts');
    await expectNoAxeViolations(page, 'the outlets map');
  });
});
