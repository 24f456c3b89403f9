/**
 * End-to-end, Observatoire du tourisme: the accommodation map as its users check it, in Debian's Chromium against the
 * real API (support.ts). The capacity of the CC des 7 Vallées is the API's; unchecking a type changes the figures, the
 * URL and the list, and the URL keeps it through a reload; the CABBALR's figures and its seasonal occupancy come with
 * its choice. Then axe, and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const CC7V = 'epci:200044030';
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

interface Occupancy {
  total: { rate: number };
}

interface Capacity {
  establishments: number;
  touristBeds: number;
  bedsPerThousand: number | null;
  byType: { type: string; establishments: number; touristBeds: number }[];
}

/** A ratio as the page writes it: always one decimal ("9,0"). */
const oneDecimal = (value: number): string => plain(value.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

const figure = async (id: string): Promise<string> => plain(await page.textContent(`[data-testid="${id}"]`));

describe('the accommodation map', () => {
  it('shows the 7 Vallées’ capacity as the API counts it, and a type filter changes the figures, the list and the URL', async () => {
    const all = await api<Capacity>(`/api/v1/tourisme/capacity?territory=${CC7V}`);
    await openSettled(page, '/tourisme/carte', '[data-testid="tourist-beds"]');
    expect(await figure('establishments')).toBe(plain(french(all.establishments, 0)));
    expect(await figure('tourist-beds')).toBe(plain(french(all.touristBeds, 0)));
    expect(await figure('beds-per-thousand')).toBe(oneDecimal(all.bedsPerThousand!));
    expect(await page.locator('[data-testid="capacity-table"] tbody tr').count()).toBe(6);

    const withoutGites = await api<Capacity>(`/api/v1/tourisme/capacity?territory=${CC7V}&types=hotel,camping,chambre_hotes,collectif,residence`);
    await page.getByLabel('Gîtes et meublés').uncheck();
    await page.waitForFunction(
      (beds) => document.querySelector('[data-testid="tourist-beds"]')?.textContent?.replace(/\s/g, '') === beds,
      withoutGites.touristBeds.toString(),
    );
    expect(page.url()).toContain('type=hotel,camping,chambre_hotes,collectif,residence');
    expect(await page.locator('[data-testid="capacity-table"] tbody tr').count()).toBe(5);
    await page.getByText('Les hébergements affichés en tableau').click();
    await page.waitForSelector('[data-testid="accommodations-table"] tbody tr');
    const listedTypes = await page.locator('[data-testid="accommodations-table"] tbody tr td:first-of-type').allTextContents();
    expect(listedTypes.length).toBeGreaterThan(0);
    expect(listedTypes).not.toContain('Gîtes et meublés');

    await page.reload();
    await page.waitForSelector('[data-testid="tourist-beds"]', { timeout: 30_000 });
    expect(await figure('tourist-beds')).toBe(plain(french(withoutGites.touristBeds, 0)));
    expect(await page.getByLabel('Gîtes et meublés').isChecked()).toBe(false);

    await page.locator('#tourisme-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('#tourisme-map[data-drawn]', { timeout: 30_000 });
    await shot(page, 'tourisme-carte');
    await expectNoAxeViolations(page, 'the accommodation map');
  });

  it('counts the CABBALR once it is chosen, with far fewer beds per inhabitant', async () => {
    const cabbalr = await api<Capacity>(`/api/v1/tourisme/capacity?territory=${CABBALR}`);
    await openSettled(page, '/tourisme/carte', '[data-testid="tourist-beds"]');
    await page.getByLabel('Intercommunalité', { exact: true }).selectOption(CABBALR);
    await page.waitForFunction(
      (beds) => document.querySelector('[data-testid="tourist-beds"]')?.textContent?.replace(/\s/g, '') === beds,
      cabbalr.touristBeds.toString(),
    );
    expect(page.url()).toContain(`territory=${CABBALR}`);
    expect(await figure('beds-per-thousand')).toBe(oneDecimal(cabbalr.bedsPerThousand!));
    const occupancy = await api<Occupancy>(`/api/v1/tourisme/occupancy?territory=${CABBALR}`);
    await page.waitForFunction(
      (rate) => document.querySelector('[data-testid="occupancy-year"]')?.textContent === rate,
      `${oneDecimal(occupancy.total.rate)}\u00a0%`,
    );
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
