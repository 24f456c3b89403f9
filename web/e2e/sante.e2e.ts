/**
 * End-to-end, Santé: the CLS key figures and the care-supply map as a CLS coordinator checks them, in Debian's Chromium
 * against the real API (support.ts). The CALL's figures are the key-figures route's, territory, Pas-de-Calais and
 * Hauts-de-France side by side; a small commune's premature deaths show "secret statistique" and no number; the map
 * draws the layer's points, filtered to the pharmacies with its count and table following, the category kept through a
 * reload. Then axe on each page, and no script error.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const CALL = 'epci:246200364';

interface KeyFigures {
  territory: { name: string };
  themes: { code: string; indicators: { code: string; values: { territory: string; value: number | null; status: string | null }[] }[] }[];
}
interface Values {
  items: { territory: { id: string }; status: string | null }[];
}
interface Points {
  features: { properties: { category: string } }[];
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

describe('the CLS key figures', () => {
  it('shows the CALL’s figures by theme as the API gives them, beside the Pas-de-Calais and the Hauts-de-France', async () => {
    await openSettled(page, `/sante?territory=${CALL}`, '[data-testid="sante.densite_generalistes"]');
    const answer = await api<KeyFigures>(`/api/v1/sante/key-figures/${CALL}`);
    expect(await page.locator('.sante-theme h2').count()).toBe(answer.themes.length);
    for (const figure of answer.themes.flatMap((t) => t.indicators)) {
      const cells = page.locator(`[data-testid="${figure.code}"] td`);
      for (const [i, v] of figure.values.entries()) {
        expect(await cells.nth(i).getAttribute('data-territory')).toBe(v.territory);
        expect(await cells.nth(i).getAttribute('data-value')).toBe(v.value === null ? '' : String(v.value));
      }
    }
    expect(plain(await page.locator('h1').textContent())).toContain(answer.territory.name);
    await shot(page, 'sante');
  });

  it('shows a small commune’s premature deaths as secret, without a number', async () => {
    const values = await api<Values>(`/api/v1/indicators/sante.deces_prematures/values?level=commune&within=${CALL}&period=2023`);
    const secret = values.items.find((i) => i.status === 'secret');
    expect(secret, 'the CALL has communes with fewer than 11 premature deaths').toBeDefined();
    await openSettled(page, `/sante?territory=${secret!.territory.id}`, '[data-testid="sante.deces_prematures"]');
    const cell = page.locator('[data-testid="sante.deces_prematures"] td').first();
    expect(plain(await cell.textContent())).toBe('secret statistique');
    expect(await cell.getAttribute('data-value')).toBe('');
  });

  it('axe-core finds no violation on the key figures', async () => {
    await expectNoAxeViolations(page, 'the CLS key figures');
  });
});

describe('the care-supply map', () => {
  it('draws the pharmacies the layer holds, with their count and table, and keeps the category through a reload', async () => {
    const all = await api<Points>('/ogc/collections/sante-offre-soins/items?limit=10000');
    const pharmacies = all.features.filter((f) => f.properties.category === 'pharmacie').length;
    await openSettled(page, '/sante/offre', '#sante-map[data-drawn]');
    expect(await page.locator('#sante-map').getAttribute('data-drawn')).toBe(`all|${all.features.length}`);
    await page.selectOption('select[name="category"]', 'pharmacie');
    await page.waitForSelector(`#sante-map[data-drawn="pharmacie|${pharmacies}"]`);
    expect(page.url()).toContain('/sante/offre?category=pharmacie');
    expect(await page.locator('[data-testid="count-pharmacie"]').getAttribute('data-value')).toBe(String(pharmacies));
    expect(await page.locator('details table tbody tr').count()).toBe(pharmacies);
    await page.reload();
    await page.waitForSelector(`#sante-map[data-drawn="pharmacie|${pharmacies}"]`);
    expect(await page.locator('select[name="category"]').inputValue()).toBe('pharmacie');
    await shot(page, 'sante-offre');
  });

  it('axe-core finds no violation on the map page, and no page had a script error', async () => {
    await expectNoAxeViolations(page, 'the care-supply map');
    expect(chromium.problems).toEqual([]);
  });
});
