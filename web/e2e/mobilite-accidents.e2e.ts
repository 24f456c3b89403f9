/**
 * End-to-end, Mobilité › accidents: the journey in Debian's Chromium against the real API (support.ts). A
 * technician opens the accident map from the observatory's link, filters it to cyclists killed or hospitalised in
 * 2020–2024 within one EPCI, checks the counts against the API, sees the points drawn and the hot spots, and
 * downloads the CSV: exactly the accidents shown. Then reload and the same view; axe-core; and no script error or
 * Content-Security-Policy violation.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ARTIFACTS, BASE, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, shot, type Chromium } from './support';

const EPCI = 'epci:200072460'; // CABBALR
const JOURNEY = `from=2020&mode=velo&severity=tue,hospitalise&territory=${EPCI}`;

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage({ ...DESKTOP, acceptDownloads: true });
});

afterAll(async () => {
  await chromium?.close();
});

interface Collection {
  features: { properties: { numAcc: string; severity: string; modes: string[]; year: number } }[];
  totals: { accidents: number; killed: number; hospitalised: number };
}

describe('the accident map', () => {
  it('filters to cyclists killed or hospitalised in 2020–2024 within one EPCI, counted as the API counts them', async () => {
    await page.goto(`${BASE}/mobilite/accidents`);
    await page.waitForSelector('#accidents-count');
    await page.selectOption('select[name="from"]', '2020');
    await page.waitForURL((url) => url.searchParams.get('from') === '2020');
    await page.selectOption('select[name="territory"]', EPCI);
    await page.waitForURL((url) => url.searchParams.get('territory') === EPCI);
    await page.check('input[name="mode-velo"]');
    await page.waitForURL((url) => url.searchParams.get('mode') === 'velo');
    await page.check('input[name="severity-tue"]');
    await page.waitForURL((url) => url.searchParams.get('severity') === 'tue');
    await page.check('input[name="severity-hospitalise"]');
    await page.waitForURL((url) => url.searchParams.get('severity') === 'tue,hospitalise');
    expect(new URL(page.url()).search).toBe(`?${JOURNEY}`);

    const expected = await api<Collection>(`/api/v1/mobilite/accidents?from=2020&to=2024&mode=velo&severity=tue,hospitalise&territory=${EPCI}`);
    expect(expected.totals.accidents).toBeGreaterThan(0);
    for (const f of expected.features) {
      expect(f.properties.modes).toContain('velo');
      expect(['tue', 'hospitalise']).toContain(f.properties.severity);
      expect(f.properties.year).toBeGreaterThanOrEqual(2020);
    }
    await page.waitForSelector(`#accidents-count[data-accidents="${expected.totals.accidents}"]`);
    await page.waitForSelector(`#accidents-map[data-drawn$="|${expected.features.length}"]`);
    await page.waitForFunction(() => /Points noirs :|Aucun point noir/.test(document.body.textContent ?? ''));
    await shot(page, '08-mobilite-accidents');
  });

  it('downloads the CSV of exactly the accidents shown', async () => {
    const expected = await api<Collection>(`/api/v1/mobilite/accidents?from=2020&to=2024&mode=velo&severity=tue,hospitalise&territory=${EPCI}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download="csv"]')]);
    const file = resolve(ARTIFACTS, 'mobilite-accidents.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^numAcc,date,time,year,month,hourBand,commune,communeName,agglomeration,/);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(',')[0])
        .sort(),
    ).toEqual(expected.features.map((f) => f.properties.numAcc).sort());
  });

  it('comes back the same after a reload', async () => {
    await page.reload();
    await page.waitForSelector('#accidents-count[data-accidents]');
    expect(await page.isChecked('input[name="mode-velo"]')).toBe(true);
    expect(await page.inputValue('select[name="territory"]')).toBe(EPCI);
    expect(new URL(page.url()).searchParams.get('severity')).toBe('tue,hospitalise');
  });

  it('axe-core finds no violation on the accident map, drawn, with its hot spots', async () => {
    await openSettled(page, `/mobilite/accidents?${JOURNEY}`, '#accidents-map[data-drawn]');
    await page.waitForSelector('#accidents-count[data-accidents]');
    await expectNoAxeViolations(page, 'the accident map');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
