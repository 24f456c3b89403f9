/**
 * End-to-end, Mobilité › réseau cyclable: the page as its users check it, in Debian's Chromium against the real API
 * (support.ts). The figures and the km by type are the API's; the map draws every segment of the territory, by
 * family of facility; the territory is in the URL. The journey: an EPCI's editor imports the national
 * schema's example (moved to Béthune), is refused with the place of the problem when a required field is missing,
 * and finds the segment on the page and in the GeoJSON download, property for property. Then axe, and no script
 * error or Content-Security-Policy violation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ARTIFACTS, BASE, DESKTOP, EDITOR_KEY, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const CALL = 'epci:246200364';
const EXAMPLE = resolve(import.meta.dirname, '../../../shared/data/standards/amenagements-cyclables-exemple-valide.json');

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage({ ...DESKTOP, acceptDownloads: true });
});

afterAll(async () => {
  await chromium?.close();
});

interface Network {
  name: string;
  inServiceKm: number;
  segments: number;
  types: { type: string; total: number }[];
}
interface Collection {
  type: string;
  features: { properties: Record<string, unknown>; geometry: unknown }[];
}

/** The schema's example with its Paris communes and coordinates moved to Béthune (a commune of the CABBALR). */
function exampleInBethune(): string {
  return readFileSync(EXAMPLE, 'utf8')
    .replaceAll('75107', '62119')
    .replaceAll('75017', '62119')
    .replace('2.304044', '2.6397')
    .replace('48.849600', '50.5303')
    .replace('2.305224', '2.6409')
    .replace('48.850409', '50.5311');
}

async function importFile(json: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([json], { type: 'application/geo+json' }), 'amenagements.geojson');
  return fetch(`${BASE}/api/v1/mobilite/cycle-facilities/import`, { method: 'POST', body: form, headers: { Authorization: `Bearer ${EDITOR_KEY}` } });
}

describe('the cycling network', () => {
  it('shows the API’s figures and km by type for an EPCI, and draws every segment on the map', async () => {
    const network = await api<Network>(`/api/v1/mobilite/cycle-network?territory=${CALL}`);
    const segments = await api<Collection>(`/api/v1/mobilite/cycle-facilities?territory=${CALL}`);
    await openSettled(page, `/mobilite/cyclable?territory=${CALL}`, '[data-testid="types-table"]');
    expect(plain(await page.locator('h1').textContent())).toBe(`Réseau cyclable — ${network.name}`);
    expect(Number(await page.getAttribute('[data-testid="in-service-km"]', 'data-value'))).toBe(network.inServiceKm);
    expect(plain(await page.locator('[data-testid="in-service-km"]').textContent())).toBe(`${french(network.inServiceKm, 1)} km`);
    const typed = network.types.filter((t) => t.total > 0).length;
    expect(await page.locator('[data-testid="types-table"] tbody tr').count()).toBe(typed + 1);
    expect(await page.locator('.cyclable-legend li').count()).toBe(6);

    await page.locator('#cyclable-map').scrollIntoViewIfNeeded();
    await page.waitForSelector(`#cyclable-map[data-drawn="${CALL}|${segments.features.length}"]`, { timeout: 30_000 });
    const drawn = await page.locator('#cyclable-map canvas').evaluate((canvas: HTMLCanvasElement) => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.canvas.width = canvas.width;
      context.canvas.height = canvas.height;
      context.drawImage(canvas, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let coloured = 0;
      // The facilities' colours are saturated; the background and the contours are greys.
      for (let i = 0; i < data.length; i += 4)
        if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 60) coloured++;
      return coloured;
    });
    expect(drawn, 'pixels of the segments').toBeGreaterThan(200);
    await shot(page, '40-mobilite-cyclable');
  });

  it('keeps the territory chosen in the URL, through a reload and back', async () => {
    await openSettled(page, '/mobilite/cyclable', '[data-testid="types-table"]');
    await page.selectOption('select[name="territory"]', CALL);
    await page.waitForURL((url) => url.searchParams.get('territory') === CALL);
    await page.reload();
    await page.waitForSelector('[data-testid="types-table"]');
    expect(await page.inputValue('select[name="territory"]')).toBe(CALL);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/mobilite/cyclable' && !url.searchParams.has('territory'));
  });

  it('goes on to the stations and the PDU through the observatory’s row of pages, on the same territory', async () => {
    await openSettled(page, `/mobilite/cyclable?territory=${CALL}`, '[data-testid="types-table"]');
    const row = page.locator('nav.observatory-pages');
    expect(await row.locator('a').allTextContents()).toEqual(['Accidents de la route', 'Réseau cyclable', 'Gares', 'Suivi du PDU']);
    expect(await row.locator('a[aria-current="page"]').textContent()).toBe('Réseau cyclable');
    await row.getByRole('link', { name: 'Gares' }).click();
    await page.waitForURL((url) => url.pathname === '/mobilite/gares' && url.searchParams.get('territory') === CALL);
    await page.waitForSelector('[data-testid="stations-table"]');
    expect(await row.locator('a[aria-current="page"]').textContent()).toBe('Gares');
  });

  it('imports the schema’s example for an EPCI’s editor, refuses it without a required field, and gives it back as sent', async (context) => {
    if (!existsSync(EXAMPLE) || EDITOR_KEY === '') context.skip();
    const example = exampleInBethune();
    const broken = JSON.parse(example) as Collection;
    delete broken.features[0]!.properties['ame_g'];
    const refused = await importFile(JSON.stringify(broken));
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { errors: { name: string; reason: string }[] };
    expect(problem.errors).toEqual([{ name: 'features[0].properties.ame_g', reason: 'is required' }]);

    const imported = await importFile(example);
    expect(imported.status, await imported.clone().text()).toBe(200);

    await openSettled(page, '/mobilite/cyclable?territory=commune:62119', '[data-testid="types-table"]');
    await page.locator('#cyclable-map').scrollIntoViewIfNeeded();
    await page.click('details.alternative summary');
    await page.waitForSelector('[data-testid="segments-table"] tbody tr');
    expect(await page.locator('[data-testid="segments-table"] tbody tr', { hasText: 'piste cyclable' }).count()).toBeGreaterThan(0);

    const download = page.waitForEvent('download');
    await page.click('a[data-download="geojson"]');
    // Saved where the others are (a browser connected to, not launched, gives no path of its own).
    const file = resolve(ARTIFACTS, 'mobilite-cyclable.geojson');
    await (await download).saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Collection;
    expect(Object.keys(exported)).toEqual(['type', 'features']);
    const sent = (JSON.parse(example) as Collection).features[0]!;
    const back = exported.features.find((f) => f.properties['id_local'] === '013');
    expect(back?.properties).toEqual(sent.properties);
    expect(back?.geometry).toEqual(sent.geometry);
  });

  it('axe-core finds no violation on the cycling network page, with its map and tables', async () => {
    await openSettled(page, `/mobilite/cyclable?territory=${CALL}`, '[data-testid="types-table"]');
    await page.locator('#cyclable-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('#cyclable-map[data-drawn]', { timeout: 30_000 });
    await page.click('details.alternative summary');
    await expectNoAxeViolations(page, 'the cycling network page');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
