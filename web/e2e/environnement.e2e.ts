/**
 * End-to-end, Observatoire de l'environnement: the overheating map as its users check it, in Debian's Chromium against
 * the real API (support.ts). For Lens, the people and the sensitive buildings in hot spots are the API's, the map is
 * drawn with the commune's buildings, the table names the buildings in hot spots; choosing the CALL in the picker
 * changes the URL and the figures. Then axe, and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const LENS = 'commune:62498';
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

interface Exposure {
  population: number;
  share: number | null;
  buildings: number;
}
interface Answer {
  territory: { name: string };
  population: number;
  hotSpots: Exposure;
  buildingsInHotSpots: { id: string; name: string }[];
}

describe('the overheating map', () => {
  it('shows how many people and which sensitive buildings of Lens are in a hot spot, as the API gives them, then the CALL’s', async () => {
    const lens = await api<Answer>(`/api/v1/environnement/surchauffe/${LENS}`);
    expect(lens.hotSpots.buildings).toBeGreaterThan(0);
    await openSettled(page, `/environnement/surchauffe?territory=${LENS}`, '[data-testid="buildings-count"]');
    expect(plain(await page.textContent('h1'))).toBe(plain(`Surchauffe urbaine — ${lens.territory.name}`));
    expect(plain(await page.textContent('[data-testid="hot-population"]'))).toBe(plain(french(Math.round(lens.hotSpots.population), 0)));
    expect(plain(await page.textContent('[data-testid="hot-share"]'))).toBe(plain(`${french(lens.hotSpots.share!, 1)} %`));
    expect(plain(await page.textContent('[data-testid="hot-buildings"]'))).toBe(plain(french(lens.hotSpots.buildings, 0)));
    const listed = await page.$$eval('section[aria-labelledby="env-batiments"] tbody th', (cells) => cells.map((c) => c.textContent));
    expect(listed).toEqual(lens.buildingsInHotSpots.map((b) => b.name));
    await page.waitForSelector('#environnement-map[data-drawn]', { timeout: 30_000 });
    await shot(page, 'environnement-surchauffe');
    await expectNoAxeViolations(page, 'the overheating map');

    const call = await api<Answer>(`/api/v1/environnement/surchauffe/${CALL}`);
    await page.selectOption('select[name="territory"]', CALL);
    await page.waitForURL(/territory=epci:246200364/);
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent?.includes(name), call.territory.name);
    await page.waitForSelector('[data-testid="hot-buildings"]');
    expect(plain(await page.textContent('[data-testid="hot-buildings"]'))).toBe(plain(french(call.hotSpots.buildings, 0)));
    expect(call.hotSpots.population).toBeGreaterThan(lens.hotSpots.population);
  });
});
