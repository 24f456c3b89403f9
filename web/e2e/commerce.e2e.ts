/**
 * End-to-end, Observatoire du commerce: its three pages as their users check them, in Debian's Chromium against the
 * real API (support.ts). The dashboard's key figures, centralities and changes are the API's; on the outlets map a
 * checkbox changes the cells drawn, counted, keyed and listed, and the URL keeps it through a reload; a centrality's
 * sheet shows its figures and the other centralities of its programmes, itself highlighted. Then axe on each page,
 * and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const CABBALR = 'epci:200072460';

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

interface Point {
  period: string;
  value: number | null;
}
interface SeriesAnswer {
  series: { points: Point[] }[];
}
interface Centrality {
  id: string;
  name: string;
  programmes: { code: string }[];
  latest: { cells: number; vacancyRate: number | null } | null;
}
interface Detail extends Centrality {
  peers: { id: string; name: string; vacancyRate: number | null }[];
}
interface Survey {
  id: number;
}
interface Comparison {
  summary: { openings: number; closures: number; activityChanges: number };
  changes: { kind: string }[];
}
interface Cells {
  features: { properties: { cell: string; status: string; activity: string | null } }[];
}

const latest = (answer: SeriesAnswer): number => answer.series[0]!.points.filter((p) => p.value !== null).at(-1)!.value!;

describe('the commerce dashboard', () => {
  it('shows the CABBALR’s key figures, its centralities by vacancy and the changes between the two latest surveys, as the API gives them', async () => {
    const [vacancy, active, centralities, surveys] = await Promise.all([
      api<SeriesAnswer>(`/api/v1/indicators/commerce.taux_vacance/series?territories=${CABBALR}`),
      api<SeriesAnswer>(`/api/v1/indicators/commerce.cellules_actives/series?territories=${CABBALR}`),
      api<Centrality[]>(`/api/v1/commerce/centralities?territory=${CABBALR}`),
      api<Survey[]>('/api/v1/commerce/surveys'),
    ]);
    const comparison = await api<Comparison>(`/api/v1/commerce/surveys/compare?from=${surveys[1]!.id}&to=${surveys[0]!.id}&territory=${CABBALR}`);
    await openSettled(page, `/commerce?territory=${CABBALR}`, '[data-testid="changes-count"]');
    expect(plain(await page.textContent('[data-testid="vacancy"]'))).toBe(plain(`${french(latest(vacancy), 1)} %`));
    expect(plain(await page.textContent('[data-testid="active"]'))).toBe(plain(french(latest(active), 0)));
    const byVacancy = [...centralities].sort((a, b) => (b.latest?.vacancyRate ?? -1) - (a.latest?.vacancyRate ?? -1));
    expect(await page.locator('[data-testid="centralities-table"] tbody th').allTextContents()).toEqual(byVacancy.map((c) => c.name));
    expect(Number(await page.getAttribute('[data-testid="openings"]', 'data-value'))).toBe(comparison.summary.openings);
    expect(Number(await page.getAttribute('[data-testid="closures"]', 'data-value'))).toBe(comparison.summary.closures);

    // The list filtered to the closures: as many rows as the API's closures, and in the URL.
    await page.selectOption('select[name="changement"]', 'closure');
    await page.waitForURL(/changement=closure/);
    const closures = comparison.changes.filter((c) => c.kind === 'closure').length;
    expect(Number(await page.getAttribute('[data-testid="changes-count"]', 'data-value'))).toBe(closures);
    await page.locator('.commerce-chart svg').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-testid="activities-chart"] svg', { timeout: 30_000 });
    await shot(page, 'commerce-dashboard');
  });

  it('axe-core finds no violation on the dashboard', async () => {
    await expectNoAxeViolations(page, 'the commerce dashboard');
  });
});

describe('the outlets map', () => {
  it('draws every cell, then only the vacant ones when the other statuses are unchecked, and keeps the boxes through a reload', async () => {
    const cells = await api<Cells>('/ogc/collections/commerce-cellules/items?limit=10000');
    const all = cells.features.length;
    const vacant = cells.features.filter((f) => f.properties.status === 'vacant').length;
    expect(vacant).toBeGreaterThan(0);
    await openSettled(page, '/commerce/carte', '#commerce-count');
    expect(Number(await page.getAttribute('#commerce-count', 'data-shown'))).toBe(all);
    await page.waitForSelector(`#commerce-map[data-drawn$="|${all}"]`, { timeout: 30_000 });

    await page.uncheck('input[name="statut-active"]');
    await page.uncheck('input[name="statut-travaux"]');
    await page.waitForURL(/statut=vacant/);
    expect(Number(await page.getAttribute('#commerce-count', 'data-shown'))).toBe(vacant);
    await page.waitForSelector(`#commerce-map[data-drawn$="|${vacant}"]`, { timeout: 30_000 });
    expect(await page.locator('[data-testid="legend"] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-key')))).toEqual(['vacant']);
    await page.click('.alternative summary');
    expect(plain(await page.textContent('[data-testid="cells-table"] caption'))).toContain(plain(french(vacant, 0)));

    await page.reload();
    await page.waitForSelector('#commerce-count');
    expect(await page.isChecked('input[name="statut-active"]')).toBe(false);
    expect(Number(await page.getAttribute('#commerce-count', 'data-shown'))).toBe(vacant);
  });

  it('opens a cell’s panel from the table, with a link to its centrality', async () => {
    await page.click('.alternative summary');
    const first = page.locator('[data-testid="cells-table"] a[data-cell]').first();
    const cell = await first.getAttribute('data-cell');
    await first.click();
    await page.waitForSelector('#commerce-cellule-titre');
    expect(new URL(page.url()).searchParams.get('cellule')).toBe(cell);
    expect(plain(await page.textContent('[data-testid="cell-status"]'))).toBe('Vacante');
    await page.locator('#commerce-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('#commerce-map[data-drawn]', { timeout: 30_000 });
    await shot(page, 'commerce-carte');
    await expectNoAxeViolations(page, 'the outlets map');
  });
});

describe('a centrality’s sheet', () => {
  it('shows its figures and the other centralities of its programmes, itself highlighted', async () => {
    const list = await api<Centrality[]>('/api/v1/commerce/centralities?programme=acv');
    const chosen = list[0]!;
    const detail = await api<Detail>(`/api/v1/commerce/centralities/${chosen.id}`);
    await openSettled(page, `/commerce/centralites/${chosen.id}`, '[data-testid="sheet-vacancy"]');
    expect(plain(await page.textContent('h1'))).toBe(detail.name);
    expect(plain(await page.textContent('[data-testid="sheet-cells"]'))).toBe(plain(french(detail.latest!.cells, 0)));
    await page.waitForSelector('[data-testid="peers-table"]', { timeout: 30_000 });
    const peers = await page.locator('[data-testid="peers-table"] [data-peer]').evaluateAll((items) => items.map((e) => e.getAttribute('data-peer')));
    expect(new Set(peers)).toEqual(new Set([detail.id, ...detail.peers.filter((p) => p.id !== detail.id).map((p) => p.id)]));
    expect(plain(await page.textContent(`[data-testid="peers-table"] strong[data-peer="${detail.id}"]`))).toBe(`${detail.name} (cette centralité)`);
    await page.waitForSelector('[data-testid="peers-chart"] svg', { timeout: 30_000 });
    await page.locator('#commerce-centralite-map').scrollIntoViewIfNeeded();
    await page.waitForSelector(`#commerce-centralite-map[data-drawn^="${detail.id}|"]`, { timeout: 30_000 });
    await shot(page, 'commerce-centralite');
    await expectNoAxeViolations(page, 'a centrality’s sheet');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
