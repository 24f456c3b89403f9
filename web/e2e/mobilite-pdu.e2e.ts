/**
 * End-to-end, Mobilité › suivi du PDU: the journey, "the PDU page shows each objective against its target", in
 * Debian's Chromium against the real API (support.ts). The summary and every card's figures — baseline, target,
 * latest and expected values, status in words — are the API's; each card's chart draws the indicator and the dashed
 * path to its target. Then axe, and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

interface Objective {
  code: string;
  label: string;
  status: string;
  statusLabel: string;
  indicator: { unit: string; decimals: number } | null;
  baseline: { year: number; value: number | null };
  target: { year: number; value: number | null };
  latest: { year: number; value: number } | null;
  expectedValue: number | null;
}
interface Pdu {
  summary: { objectives: number; onCourse: number };
  objectives: Objective[];
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

const READY = '.pdu-cards[data-drawn]';

describe('the PDU follow-up', () => {
  it('shows each objective against its target, with the API’s figures, its status in words and its trajectory', async () => {
    const pdu = await api<Pdu>('/api/v1/mobilite/pdu');
    expect(pdu.objectives.length).toBeGreaterThanOrEqual(5);
    await openSettled(page, '/mobilite/pdu', READY);
    expect(plain(await page.locator('[data-testid="summary"]').textContent())).toBe(
      `${pdu.summary.onCourse} ${pdu.summary.onCourse > 1 ? 'objectifs' : 'objectif'} sur ${pdu.summary.objectives} dans la trajectoire`,
    );
    const cards = page.locator('.pdu-card');
    expect(await cards.count()).toBe(pdu.objectives.length);
    for (const [i, objective] of pdu.objectives.entries()) {
      const card = cards.nth(i);
      expect(await card.getAttribute('data-code')).toBe(objective.code);
      expect(plain(await card.locator('h3').textContent())).toBe(objective.label);
      expect(plain(await card.locator('[data-testid="status"]').textContent()).toLowerCase()).toBe(objective.statusLabel);
      const value = async (testid: string): Promise<string | null> => card.locator(`[data-testid="${testid}"]`).getAttribute('data-value');
      expect(await value('baseline')).toBe(String(objective.baseline.value ?? ''));
      expect(await value('target')).toBe(String(objective.target.value ?? ''));
      expect(await value('latest')).toBe(String(objective.latest?.value ?? ''));
      expect(await value('expected')).toBe(String(objective.expectedValue ?? ''));
      const decimals = objective.indicator?.decimals ?? 1;
      if (objective.target.value !== null)
        expect(plain(await card.locator('[data-testid="target"]').textContent())).toContain(plain(french(objective.target.value, decimals)));
      if (objective.latest)
        expect(plain(await card.locator('[data-testid="latest"]').textContent())).toContain(plain(french(objective.latest.value, decimals)));
      // The chart: one image, the indicator's line and the straight path to the target, dashed.
      await card.locator('[data-testid="chart"]').scrollIntoViewIfNeeded();
      expect(await card.locator('[data-testid="chart"] svg[role="img"]').count()).toBe(1);
      if (objective.target.value !== null && objective.baseline.value !== null)
        expect(await card.locator('[data-testid="chart"] [stroke-dasharray="6 4"]').count()).toBe(1);
    }
    await shot(page, 'mobilite-pdu');
  });

  it('axe-core finds no violation on the PDU page, charts drawn and a table open', async () => {
    await openSettled(page, '/mobilite/pdu', READY);
    await page.locator('.pdu-card details.alternative summary').first().click();
    await expectNoAxeViolations(page, 'the PDU follow-up');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
