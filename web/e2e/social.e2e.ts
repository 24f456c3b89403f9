/**
 * End-to-end, Social: the income deciles page as the agency's social officer checks it, in Debian's Chromium against
 * the real API (support.ts). The CABBALR's nine deciles, median and interdecile ratio are the deciles route's, against
 * the Pas-de-Calais and the Hauts-de-France; the chart is drawn; the AULA groupement shows "les déciles ne s'agrègent
 * pas" and no number; the link opens the poverty map on the dashboard. Then axe, and no script error or
 * Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const CABBALR = 'epci:200072460';

interface Deciles {
  year: number;
  territories: {
    territory: { id: string; name: string };
    status: string;
    interdecileRatio: number | null;
    deciles: { decile: number; value: number | null }[];
  }[];
}

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

describe('the income deciles', () => {
  it('shows the CABBALR’s deciles as the API gives them, against the département and the région, and draws them', async () => {
    const answer = await api<Deciles>(`/api/v1/social/deciles/${CABBALR}`);
    expect(answer.territories.map((t) => t.territory.id)).toEqual([CABBALR, 'departement:62', 'region:32']);
    await openSettled(page, '/social/deciles', '.social-chart svg');
    for (const column of answer.territories) {
      expect(column.status).toBe('published');
      for (const d of column.deciles)
        expect(await page.locator(`[data-testid="decile-${column.territory.id}-${d.decile}"]`).getAttribute('data-value')).toBe(String(d.value));
      expect(await page.locator(`[data-testid="ratio-${column.territory.id}"]`).getAttribute('data-value')).toBe(String(column.interdecileRatio));
    }
    expect(plain(await page.locator('h1').textContent())).toContain('Béthune');
    expect(await page.locator('.social-chart svg[role="img"]').count()).toBe(1);
    await shot(page, 'social-deciles');
  });

  it('axe-core finds no violation, the table open', async () => {
    await page.locator('details.alternative summary').first().click();
    await expectNoAxeViolations(page, 'the income deciles');
  });

  it('says a groupement’s deciles are not aggregable, without a number', async () => {
    await openSettled(page, '/social/deciles?territory=groupement:aula', '[data-testid="unavailable"]');
    expect(plain(await page.locator('[data-testid="unavailable"]').textContent())).toContain("les déciles ne s'agrègent pas");
    const aula = page.locator('[data-testid^="decile-groupement:aula-"]');
    expect(await aula.count()).toBe(9);
    for (let i = 0; i < 9; i++) {
      expect(await aula.nth(i).getAttribute('data-status')).toBe('not_aggregable');
      expect(await aula.nth(i).getAttribute('data-value')).toBe('');
    }
  });

  it('opens the poverty map on the dashboard', async () => {
    await page.locator('[data-testid="poverty-map"]').click();
    await page.waitForURL(/\/observatories\/social\?indicator=social\.taux_pauvrete/);
    await page.locator('.maplibregl-canvas, canvas').first().waitFor({ timeout: 20_000 });
    await shot(page, 'social-pauvrete');
  });

  it('logged no script error nor Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
