/**
 * End-to-end, Observatoire de la politique de la ville, in Debian's Chromium against the real API (support.ts): the
 * list of QPVs and programmes, a QPV's sheet with the API's QPV / commune / EPCI figures side by side, and the CABBALR's
 * NPNRU programme with the API's changes since T0. Then axe on the three pages, and no script error or CSP violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, shot, type Chromium } from './support';

interface Sheet {
  qpv: { id: string; name: string };
  indicators: { code: string; qpv: number | null; commune: number | null; epci: number | null }[];
}
interface Programme {
  indicators: { code: string; programme: { change: number | null } }[];
}

const QPV = 'QN06201M';
const PROGRAMME = 'npnru-cabbalr';

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

describe('the politique de la ville', () => {
  it('lists the programmes and the QPVs, and a QPV’s sheet shows the API’s figures side by side', async () => {
    await openSettled(page, '/politique-ville', '[data-testid="qpvs"][data-loaded]');
    expect(await page.locator(`[data-testid="programmes"] li[data-id="${PROGRAMME}"]`).count()).toBe(1);
    await page.locator(`[data-testid="qpvs"] li[data-id="qpv:${QPV}"] a`).click();
    await page.waitForURL((url) => url.pathname === '/politique-ville/qpv' && url.searchParams.get('code') === QPV);
    await page.waitForSelector('.pv-sheet[data-loaded]');
    const sheet = await api<Sheet>(`/api/v1/politique-ville/qpv/${QPV}`);
    expect(await page.locator('h1').textContent()).toContain(sheet.qpv.name);
    for (const indicator of sheet.indicators) {
      for (const level of ['qpv', 'commune', 'epci'] as const)
        expect(await page.locator(`[data-testid="${level}"][data-code="${indicator.code}"]`).getAttribute('data-value')).toBe(String(indicator[level] ?? ''));
    }
    await shot(page, 'politique-ville-qpv');
  });

  it('shows a programme’s changes since T0 as the API computes them', async () => {
    await openSettled(page, `/politique-ville/npnru?id=${PROGRAMME}`, '.pv-programme[data-loaded]');
    const programme = await api<Programme>(`/api/v1/politique-ville/npnru/${PROGRAMME}`);
    for (const indicator of programme.indicators)
      expect(await page.locator(`[data-testid="change"][data-code="${indicator.code}"]`).getAttribute('data-value')).toBe(
        String(indicator.programme.change ?? ''),
      );
    await shot(page, 'politique-ville-npnru');
  });

  it('axe-core finds no violation on the three pages', async () => {
    await openSettled(page, '/politique-ville', '[data-testid="qpvs"][data-loaded]');
    await expectNoAxeViolations(page, 'the QPVs and programmes');
    await openSettled(page, `/politique-ville/qpv?code=${QPV}`, '.pv-sheet[data-loaded]');
    await expectNoAxeViolations(page, 'a QPV’s sheet');
    await openSettled(page, `/politique-ville/npnru?id=${PROGRAMME}`, '.pv-programme[data-loaded]');
    await expectNoAxeViolations(page, 'an NPNRU programme');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
