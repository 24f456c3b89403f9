/**
 * End-to-end, what a screen shows: the sizes issue 16's screenshots found wrong, measured in Debian's Chromium
 * against the real API (support.ts) on a phone (375 px, the narrowest common one) and a 1,366 px laptop.
 *
 * - On a phone the site header keeps to a few lines (it took 263 px, a third of the screen) and its menu to one.
 * - On a laptop the dashboard's map takes most of the page's width (it was 411 px), and a profile's cards all of it.
 * - On a phone the ZAN gauge's labels are as large as the page's small print (they were drawn at 7 px).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, BASE, launchChromium, shot, type Chromium } from './support';

const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'fr-FR' };
const LAPTOP = { viewport: { width: 1366, height: 768 }, locale: 'fr-FR' };

let chromium: Chromium;

beforeAll(async () => {
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
});

describe('on a phone', () => {
  it('the header takes at most 160 px, its menu one line, and its sign-in link still says what it is for', async () => {
    const page = await chromium.newPage(PHONE);
    await page.goto(`${BASE}/`);
    await page.waitForSelector('.card .card__figure[data-value]');
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(160);
    const tops = await page.locator('.site-nav a').evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops).toHaveLength(4); // Observatoires, Tableau de bord territorial, Indicateurs et couches, Catalogue de données
    expect(new Set(tops).size).toBe(1);
    const signIn = page.getByRole('link', { name: 'Espace éditeur : se connecter' });
    expect(await signIn.isVisible()).toBe(true);
    // "Espace éditeur : " is for screen readers only here: clipped to a pixel.
    expect((await page.locator('.session__context').boundingBox())!.width).toBeLessThanOrEqual(1);
    expect((await page.locator('.session__action').innerText()).trim()).toBe('Se connecter');
    await shot(page, 'layout-01-header-phone');
  });

  it('the ZAN gauge writes its labels at 12 px or more', async () => {
    const page = await chromium.newPage(PHONE);
    await page.goto(`${BASE}/zan`);
    await page.waitForSelector('.gauge__svg');
    const sizes = await page
      .locator('.gauge__svg text')
      .evaluateAll((texts) => (texts as SVGTextElement[]).map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0)));
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await page.locator('.gauge').screenshot({ path: `${ARTIFACTS}/layout-02-gauge-phone.png` });
  });
});

describe('on a 1,366 px laptop', () => {
  it('the dashboard’s map takes at least 70 % of the page’s width', async () => {
    const page = await chromium.newPage(LAPTOP);
    await page.goto(`${BASE}/observatories/emploi`);
    await page.waitForSelector('#dashboard-map');
    const map = await page.locator('#dashboard-map').boundingBox();
    const main = await page.locator('#app').boundingBox();
    expect(map!.width / main!.width).toBeGreaterThanOrEqual(0.7);
    await shot(page, 'layout-03-dashboard-laptop');
  });

  it('a profile’s cards take the page’s width', async () => {
    const page = await chromium.newPage(LAPTOP);
    await page.goto(`${BASE}/territories/commune:62427`);
    await page.waitForSelector('.figure-card');
    const cards = await page.locator('.figure-cards').first().boundingBox();
    const main = await page.locator('#app').boundingBox();
    expect(cards!.width / main!.width).toBeGreaterThanOrEqual(0.95);
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
