/**
 * End-to-end, Mobilité › gares: the stations page as its users check it, in Debian's Chromium against the real API
 * (support.ts). The CALL's figures and the stations' order are the API's; the map draws every station; a station's
 * sheet opens from the table with its series, and the territory and the station are in the URL through a reload.
 * Then axe, and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const CALL = 'epci:246200364';

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

interface Figures {
  period: string;
  passengers: number | null;
  parkingOccupancy: number | null;
}
interface Stations {
  name: string;
  totals: Figures[];
  stations: { id: string; name: string; latest: Figures | null; series: Figures[] }[];
}

describe('the stations page', () => {
  it('shows the CALL’s figures, its stations by passengers and every station on the map, as the API gives them', async () => {
    const expected = await api<Stations>(`/api/v1/mobilite/stations?territory=${CALL}`);
    await openSettled(page, `/mobilite/gares?territory=${CALL}`, '[data-testid="stations-table"]');
    const latest = expected.totals.at(-1)!;
    expect(plain(await page.textContent('[data-testid="passengers"]'))).toBe(plain(french(latest.passengers!, 0)));
    expect(plain(await page.textContent('[data-testid="parking-occupancy"]'))).toBe(plain(`${french(latest.parkingOccupancy!, 1)} %`));
    const names = await page.locator('[data-testid="stations-table"] tbody th').allTextContents();
    expect(names).toEqual(expected.stations.map((s) => s.name));
    expect(names[0]).toBe('Lens');

    await page.locator('#gares-map').scrollIntoViewIfNeeded();
    await page.waitForSelector(`#gares-map[data-drawn="${CALL}|${expected.stations.length}"]`, { timeout: 30_000 });
    await shot(page, 'mobilite-gares');
  });

  it('opens a station’s sheet from the table, with its series, and keeps it through a reload', async () => {
    const expected = await api<Stations>(`/api/v1/mobilite/stations?territory=${CALL}`);
    const lens = expected.stations.find((s) => s.id === 'lens')!;
    await page.click('a[data-station="lens"]');
    await page.waitForSelector('#gares-fiche-titre');
    expect(new URL(page.url()).search).toBe(`?territory=${CALL}&gare=lens`);
    expect(plain(await page.textContent('[data-testid="sheet-passengers"]'))).toContain(plain(french(lens.latest!.passengers!, 0)));
    expect(await page.locator('.gares-chart').count()).toBe(4);
    expect(await page.locator('#gares-fiche tbody tr').count()).toBe(lens.series.length);

    await page.reload();
    await page.waitForSelector('#gares-fiche-titre');
    expect(plain(await page.textContent('#gares-fiche-titre'))).toBe('Gare de Lens (Lens)');
  });

  it('axe-core finds no violation on the stations page, with its map, table and a sheet', async () => {
    await openSettled(page, `/mobilite/gares?territory=${CALL}&gare=lens`, '#gares-fiche-titre');
    await page.locator('#gares-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('#gares-map[data-drawn]', { timeout: 30_000 });
    await expectNoAxeViolations(page, 'the stations page');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
