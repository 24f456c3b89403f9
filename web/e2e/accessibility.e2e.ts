/**
 * End-to-end, accessibility: axe-core (WCAG 2.0 A and AA, WCAG 2.1 AA: support.ts AXE_TAGS) on every view of the
 * client, each opened from its URL and audited once everything it loads is drawn: the portal, an observatory's
 * dashboard (on the Emploi demo data), a commune's profile with its trend lines, the catalogue with a sheet open, the
 * sign-in page, the Carte des friches with a site's sheet open, the Compteur ZAN with its charts, the Foncier
 * économique page as an anonymous visitor and as an editor (a lot's form open). A violation fails the test with its
 * rule, element and help. And the API reference (/scalar/): no console error, no request outside our origin.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, BASE, DESKTOP, EDITOR_KEY, expectNoAxeViolations, launchChromium, type Chromium } from './support';

const EPCI = 'epci:246200299'; // CA d'Hénin-Carvin
const ZAN_EPCI = 'epci:200072460'; // CABBALR: also the editor's scope
const COMMUNE = 'commune:62427'; // Hénin-Beaumont

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

/** Opens the URL and waits until nothing is loading any more (data, charts' and maps' modules, tiles). */
async function open(path: string, ready: string): Promise<void> {
  await page.goto(`${BASE}${path}`);
  await page.waitForSelector(ready, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

describe('axe-core finds no violation', () => {
  it('on the portal', async () => {
    await open('/', '.card .card__figure[data-value]');
    await expectNoAxeViolations(page, 'the portal');
  });

  it('on an observatory’s dashboard: map, legend, chart, ranking', async () => {
    await open(`/observatories/emploi?zone=${EPCI}`, '#dashboard-map[data-drawn]');
    await page.waitForSelector('.chart__figure svg');
    await page.waitForSelector('#classement tbody tr');
    await expectNoAxeViolations(page, 'the dashboard');
  });

  it('on a commune’s profile, with its trend lines', async () => {
    await open(`/territories/${COMMUNE}`, '.figure-card');
    await page.waitForSelector('.figure-card__spark svg');
    await page.waitForSelector('.locator .locator__subject');
    await expectNoAxeViolations(page, 'the profile');
  });

  it('on the catalogue, an indicator’s sheet open', async () => {
    await open('/catalogue', '#cat-indicators ~ div table');
    await page.click('button[aria-label="Fiche de emploi.salaries_prives"]');
    await page.waitForSelector('.sheet .api-links');
    await expectNoAxeViolations(page, 'the catalogue');
  });

  it('on the sign-in page', async () => {
    await open('/connexion', 'input[name="apiKey"]');
    await expectNoAxeViolations(page, 'the sign-in page');
  });

  it('on the Carte des friches, a site’s sheet open', async () => {
    const sites = await api<{ items: { id: number }[] }>('/api/v1/friches/sites?limit=1');
    const site = sites.items[0]!.id;
    await open(`/friches?site=${site}`, `.site-sheet[data-site="${site}"]`);
    await page.waitForSelector('#friches-map[data-drawn]', { timeout: 30_000 });
    await expectNoAxeViolations(page, 'the Carte des friches');
  });

  it('on the Compteur ZAN, with its charts', async () => {
    await open(`/zan?territory=${ZAN_EPCI}`, `.gauge[data-territory="${ZAN_EPCI}"]`);
    await page.waitForSelector('.chart__figure[data-first-year] svg');
    await page.waitForSelector('.chart__figure:not([data-first-year]) svg');
    await page.waitForSelector('#zan-classement tbody tr');
    await expectNoAxeViolations(page, 'the Compteur ZAN');
  });

  describe('on the Foncier économique page', () => {
    let url = '';

    beforeAll(async () => {
      const parks = await api<{ items: { id: number }[] }>(`/api/v1/foncier-eco/parks?epci=${ZAN_EPCI}`);
      const park = parks.items[0]!.id;
      const lots = await api<{ items: { id: number }[] }>(`/api/v1/foncier-eco/parks/${park}/lots`);
      url = `/observatories/foncier-eco/zae?territory=${ZAN_EPCI}&park=${park}&lot=${lots.items[0]!.id}`;
    });

    it('as an anonymous visitor, a lot chosen', async () => {
      await open(url, '[data-lot-sheet]');
      await page.waitForSelector('#foncier-map[data-drawn]', { timeout: 30_000 });
      await expectNoAxeViolations(page, 'the Foncier économique page (anonymous)');
    });

    it.skipIf(!EDITOR_KEY)('as an editor, a lot’s form open', async () => {
      await open(`/connexion?next=${encodeURIComponent(url)}`, 'input[name="apiKey"]');
      await page.fill('input[name="apiKey"]', EDITOR_KEY);
      await page.click('form.sign-in__form button[type="submit"]');
      await page.waitForSelector('form[data-lot-form]', { timeout: 30_000 });
      await page.waitForSelector('#foncier-map[data-drawn]', { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page, 'the Foncier économique page (editor)');
    });
  });

  it('logged no script error and no Content-Security-Policy violation (axe is not injected as a script tag)', () => {
    expect(chromium.problems).toEqual([]);
  });
});
