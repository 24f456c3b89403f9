/**
 * End-to-end, Déchets: the waste streams page as Ternois Com's waste officer checks it, in Debian's Chromium against
 * the real API (support.ts). The CC du Ternois's targets (AGEC −15 % DMA per inhabitant, LTECV 55 % and 65 %
 * recovered), their path values and whether the EPCI is on track, and each stream's kg per inhabitant and change are
 * the streams route's; both charts are drawn. Then axe, and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const TERNOIS = 'epci:200069672';

interface Streams {
  territory: { name: string };
  streams: { stream: string; kgPerInhabitant: number | null; changePercent: number | null; recoveryRate: number | null }[];
  targets: { indicator: string; horizon: number; value: number | null; pathValue: number | null; latestValue: number | null; onTrack: boolean | null }[];
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

const value = async (testid: string): Promise<string | null> => page.locator(`[data-testid="${testid}"]`).getAttribute('data-value');

describe('the waste streams against their targets', () => {
  it('shows the CC du Ternois’s targets and streams as the API gives them, and draws both charts', async () => {
    const answer = await api<Streams>(`/api/v1/dechets/streams/${TERNOIS}`);
    expect(answer.targets.map((t) => `${t.indicator} ${t.horizon}`)).toEqual([
      'dechets.dma_kg_hab 2030',
      'dechets.taux_valorisation_matiere 2020',
      'dechets.taux_valorisation_matiere 2025',
    ]);
    await openSettled(page, '/dechets', '.dechets-chart svg');
    expect(plain(await page.locator('h1').textContent())).toContain(answer.territory.name);
    for (const t of answer.targets) {
      const key = `${t.indicator}-${t.horizon}`;
      expect(await value(`target-${key}`)).toBe(String(t.value));
      expect(await value(`path-${key}`)).toBe(String(t.pathValue));
      expect(await value(`latest-${key}`)).toBe(String(t.latestValue));
      expect(plain(await page.locator(`[data-testid="on-track-${key}"]`).textContent())).toBe(
        t.onTrack ? 'sur la trajectoire' : 'en retard sur la trajectoire',
      );
    }
    expect(answer.streams).toHaveLength(7);
    for (const s of answer.streams) {
      expect(await value(`kg-${s.stream}`)).toBe(String(s.kgPerInhabitant));
      expect(await value(`change-${s.stream}`)).toBe(String(s.changePercent));
      expect(await value(`recovery-${s.stream}`)).toBe(String(s.recoveryRate));
    }
    expect(await page.locator('.dechets-chart svg[role="img"]').count()).toBe(2);
    await shot(page, 'dechets-flux');
  });

  it('axe-core finds no violation, the tables open', async () => {
    for (const summary of await page.locator('details.alternative summary').all()) await summary.click();
    await expectNoAxeViolations(page, 'the waste streams');
  });

  it('opens the observatory’s dashboard, whose card the portal shows', async () => {
    await page.locator('[data-testid="dashboard"]').click();
    await page.waitForURL(/\/observatories\/dechets/);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('déchets'), undefined, { timeout: 20_000 });
    await openSettled(page, '/', 'a[href="/observatories/dechets"]');
    expect(await page.locator('a[href="/observatories/dechets"]').count()).toBeGreaterThan(0);
  });

  it('logged no script error nor Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
