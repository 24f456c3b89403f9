/**
 * End-to-end, Observatoire des transitions territoriales, in Debian's Chromium against the real API (support.ts): the
 * Donut of the AULA perimeter draws a wedge per dimension beyond its bound and its table gives the API's situation of
 * each dimension; the risk matrix' heat-map table gives each cell's class in words as the API computes it, the
 * partner-only industrial risk « réservé » for an anonymous visitor, and the map of a risk is drawn; the dashboard
 * projects each theme's key indicators, each with its note that a projection is not data. The agency (its key)
 * changes a bound of the Donut in the page's dialog, sees the table and the chart follow, and puts it back; a visitor
 * has no editing control. Then axe on the pages, and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_KEY, api, BASE, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, plain, shot, type Chromium } from './support';

interface Donut {
  dimensions: { code: string; label: string; ring: string; gap: number | null; status: string; bound: number }[];
}
interface DonutSet {
  etag: string;
  dimensions: { code: string; label: string; ring: string; indicator: string; direction: string; bound: number; source: string }[];
}
interface Matrix {
  risks: { code: string }[];
  rows: { territory: { id: string }; cells: { risk: string; class: string | null; status: string }[] }[];
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

describe('the transitions tools', () => {
  it('draw the Donut of the AULA perimeter with its table alternative', async () => {
    const donut = await api<Donut>('/api/v1/transitions/donut/groupement:aula');
    await openSettled(page, '/transitions/donut', '.transitions-donut[data-drawn="1"]');
    const beyond = donut.dimensions.filter((d) => d.gap !== null && d.gap > 0).length;
    expect(await page.locator('svg.donut-chart .donut-wedge--beyond').count()).toBe(beyond);
    expect(beyond).toBeGreaterThan(0);
    const ordered = [...donut.dimensions.filter((d) => d.ring === 'social'), ...donut.dimensions.filter((d) => d.ring === 'ecological')];
    const rows = page.locator('.transitions-donut tbody tr');
    expect(await rows.count()).toBe(ordered.length);
    for (const [i, d] of ordered.entries()) {
      expect(plain(await rows.nth(i).locator('th').textContent())).toBe(d.label);
      expect(await rows.nth(i).locator('[data-status]').getAttribute('data-status')).toBe(d.status);
    }
    await shot(page, 'transitions-donut');
  });

  it('show the risk matrix as a heat-map table with the API’s classes, the industrial risk réservé, and map a risk', async () => {
    const matrix = await api<Matrix>('/api/v1/transitions/risques?within=epci:246200364&level=commune');
    await openSettled(page, '/transitions/risques?within=epci:246200364&risk=affaissement-minier', '.transitions-table[data-drawn="1"]');
    const rows = page.locator('.transitions-matrix tbody tr');
    expect(await rows.count()).toBe(matrix.rows.length);
    for (const row of matrix.rows.slice(0, 5)) {
      for (const cell of row.cells) {
        const td = page.locator(`tr[data-territory="${row.territory.id}"] td[data-risk="${cell.risk}"]`);
        expect(await td.getAttribute('data-status')).toBe(cell.status);
        const words = plain(await td.textContent());
        if (cell.status === 'restricted') expect(words).toBe('réservé');
        else if (cell.class) expect(words.startsWith(`${cell.class} (`)).toBe(true);
      }
    }
    expect(matrix.rows.every((r) => r.cells.find((c) => c.risk === 'industriel')?.status === 'restricted')).toBe(true);
    await page.waitForSelector('.transitions-map[data-ready="true"] canvas');
    await shot(page, 'transitions-risques');
  });

  it('project each theme’s key indicators, never as data', async () => {
    await openSettled(page, '/transitions', '.transitions-themes');
    const panels = page.locator('.transitions-projection');
    const count = await panels.count();
    expect(count).toBeGreaterThanOrEqual(8);
    for (let i = 0; i < count; i++) await panels.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelectorAll('.transitions-projection[data-drawn="1"]').length === n, count);
    // Every public indicator of the themes has a projection, each said to be one.
    expect(await page.locator('.transitions-projection .projection-note').count()).toBe(count);
    await shot(page, 'transitions-projections');
  });

  it('lets the agency change a bound of the Donut: the table and the chart follow; a visitor sees no control', async () => {
    expect(await page.locator('.donut-edit, [data-edit]').count(), 'no editing control for a visitor').toBe(0);
    expect(AGENCY_KEY, 'OBSERVATOIRES_E2E_AGENCY_KEY (set by ./observatoires test)').not.toBe('');
    const before = await api<DonutSet>('/api/v1/transitions/donut-dimensions');
    const donut = await api<Donut>('/api/v1/transitions/donut/groupement:aula');
    // The social housing floor, within the safe space on the perimeter: raised far above any share, it becomes a shortfall.
    const dimension = before.dimensions.find((d) => d.code === 'logement-social')!;
    expect(donut.dimensions.find((d) => d.code === dimension.code)!.status).toBe('within');
    const agency = await chromium.newPage(DESKTOP);
    const dialog = 'dialog[open]';
    const row = (code: string) =>
      agency.locator('.transitions-donut tbody tr').nth(donut.dimensions.filter((d) => d.ring === 'social').findIndex((d) => d.code === code));
    const setBound = async (bound: string): Promise<void> => {
      const version = await agency.locator('.donut-edit').getAttribute('data-version');
      await agency.click(`[data-edit="edit-${dimension.code}"]`);
      await agency.fill(`${dialog} input[name="bound"]`, bound);
      await agency.click(`${dialog} [data-action="save"]`);
      await agency.waitForSelector(dialog, { state: 'detached', timeout: 30_000 });
      await agency.waitForFunction((v) => document.querySelector('.donut-edit')?.getAttribute('data-version') !== v, version);
      await agency.waitForSelector('.transitions-donut[data-drawn="1"]');
    };
    try {
      await openSettled(agency, `/connexion?next=${encodeURIComponent('/transitions/donut')}`, 'input[name="apiKey"]');
      await agency.fill('input[name="apiKey"]', AGENCY_KEY);
      await agency.click('form.sign-in__form button[type="submit"]');
      await agency.waitForSelector(`[data-edit="edit-${dimension.code}"]`, { timeout: 30_000 });
      const wedges = await agency.locator('svg.donut-chart .donut-wedge--beyond').count();

      await setBound('95');
      expect(await row(dimension.code).locator('[data-status]').getAttribute('data-status')).toBe('shortfall');
      expect(plain(await row(dimension.code).textContent())).toContain('au moins 95');
      expect(await agency.locator('svg.donut-chart .donut-wedge--beyond').count()).toBe(wedges + 1);
      const changed = await api<Donut>('/api/v1/transitions/donut/groupement:aula');
      expect(changed.dimensions.find((d) => d.code === dimension.code)).toMatchObject({ bound: 95, status: 'shortfall' });
      await shot(agency, 'transitions-donut-edited');
      await expectNoAxeViolations(agency, 'the Donut with its editor');

      await setBound(String(dimension.bound).replace('.', ','));
      expect(await row(dimension.code).locator('[data-status]').getAttribute('data-status')).toBe('within');
      expect(await agency.locator('svg.donut-chart .donut-wedge--beyond').count()).toBe(wedges);
    } finally {
      await agency.close();
      // Whatever happened above, the set is put back as it was.
      const now = await api<DonutSet>('/api/v1/transitions/donut-dimensions');
      if (JSON.stringify(now.dimensions) !== JSON.stringify(before.dimensions))
        await fetch(`${BASE}/api/v1/transitions/donut-dimensions`, {
          method: 'PUT',
          headers: { Authorization: `Bearer ${AGENCY_KEY}`, 'If-Match': now.etag, 'Content-Type': 'application/json' },
          body: JSON.stringify({ dimensions: before.dimensions }),
        });
    }
    expect((await api<DonutSet>('/api/v1/transitions/donut-dimensions')).dimensions).toEqual(before.dimensions);
  });

  it('axe-core finds no violation on the Donut and on the matrix', async () => {
    await openSettled(page, '/transitions/donut', '.transitions-donut[data-drawn="1"]');
    await expectNoAxeViolations(page, 'the Donut');
    await openSettled(page, '/transitions/risques?within=epci:246200364', '.transitions-table[data-drawn="1"]');
    await expectNoAxeViolations(page, 'the risk matrix');
    await openSettled(page, '/transitions', '.transitions-themes');
    await expectNoAxeViolations(page, 'the transitions dashboard');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
