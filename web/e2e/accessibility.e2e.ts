/**
 * End-to-end, accessibility: axe-core (WCAG 2.0 A and AA, WCAG 2.1 AA: support.ts AXE_TAGS) on the platform's views,
 * each opened from its URL and audited once everything it loads is drawn: the portal, an observatory's dashboard (on
 * the Emploi demo data), a commune's profile with its trend lines, the catalogue with a sheet open, the sign-in page.
 * A violation fails the test with its rule, element and help. Each observatory's e2e file audits its own pages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartDrawn, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, type Chromium } from './support';

const EPCI = 'epci:246200299'; // CA d'Hénin-Carvin
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

const open = (path: string, ready: string): Promise<void> => openSettled(page, path, ready);

describe('axe-core finds no violation', () => {
  it('on the portal', async () => {
    await open('/', '.card .card__figure[data-value]');
    await expectNoAxeViolations(page, 'the portal');
  });

  it('on an observatory’s dashboard: map, legend, chart, ranking', async () => {
    await open(`/observatories/emploi?zone=${EPCI}`, '#dashboard-map[data-drawn]');
    await chartDrawn(page);
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

  it('logged no script error and no Content-Security-Policy violation (axe is not injected as a script tag)', () => {
    expect(chromium.problems).toEqual([]);
  });
});
