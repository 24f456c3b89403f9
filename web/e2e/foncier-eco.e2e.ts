/**
 * End-to-end, Foncier économique: the view in Debian's Chromium against the real API (support.ts). Every park on the
 * map from the first load, in its legend's colours (the canvas's pixels); an anonymous
 * visitor, a key the API refuses, an editor of the CABBALR who signs in and changes a lot, a second editor's tab
 * holding the lot's old version (412), an editor of another EPCI (read-only), the park at a past date, a split along
 * a line drawn on the map, a lot retired and another drawn. The editors' keys are created by ./observatoires for the
 * e2e database and handed over by environment (OBSERVATOIRES_E2E_EDITOR_KEY, OBSERVATOIRES_E2E_OTHER_EDITOR_KEY);
 * without them the editor tests are skipped.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AVAILABILITY_CLASSES, availabilityClass, availableShare } from '../src/observatories/foncier-eco/availability';
import { api, BASE, EDITOR_KEY, expectNoAxeViolations, french, launchChromium, openSettled, OTHER_EDITOR_KEY, plain, shot, type Chromium } from './support';

const EPCI = 'epci:200072460'; // CABBALR: the editor's scope

interface Totals {
  totalHa: number;
  occupiedHa: number;
  availableHa: number;
  reserveHa: number;
  occupancyRate: number | null;
  establishments: number;
}
interface Park extends Totals {
  id: number;
  name: string;
  marketedHa: number;
  brownfieldHa: number;
}
interface LotItem {
  id: number;
  status: string;
  areaHa: number;
  eTag: string;
  occupantName: string | null;
}

let chromium: Chromium;
let park: Park;
let lot: LotItem;
let splitLot: LotItem;
let signInShot = false;

function viewUrl(extra = ''): string {
  return `${BASE}/observatories/foncier-eco/zae?territory=${EPCI}&park=${park.id}${extra}`;
}

/** Waits until the map has drawn a new state (its data-drawn key changes from `before`). */
async function mapDrawnAfter(page: Page, before: string | null): Promise<string> {
  await page.waitForFunction(
    (b) => {
      const el = document.querySelector<HTMLElement>('#foncier-map');
      return !!el?.dataset['drawn'] && el.dataset['drawn'] !== b && el.dataset['drawn'] === el.dataset['pending'];
    },
    before,
    { timeout: 30_000 },
  );
  return (await page.getAttribute('#foncier-map', 'data-drawn'))!;
}

async function figure(page: Page, which: 'territory' | 'park', key: string): Promise<string> {
  return plain(await page.locator(`[data-figures="${which}"] [data-figure="${key}"] dd`).textContent());
}

/** Signs in through the form, from the page shown (the header's link), and comes back to it. */
async function signIn(page: Page, key: string): Promise<void> {
  const back = new URL(page.url());
  await page.click('a.session__in');
  await page.waitForURL('**/connexion?next=**');
  const input = page.locator('input[name="apiKey"]');
  await input.waitFor();
  await input.fill(key);
  if (!signInShot) {
    signInShot = true;
    await shot(page, 'foncier-00-sign-in');
  }
  await page.click('form.sign-in__form button[type="submit"]');
  await page.waitForURL((url) => url.pathname === back.pathname && url.search === back.search);
  await page.waitForSelector('[data-identity]');
}

/** "rgb(0, 88, 58)" or "#00583a" → "0,88,58". */
function rgbKey(colour: string): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex)
    return hex
      .slice(1)
      .map((h) => parseInt(h, 16))
      .join(',');
  return (colour.match(/\d+/g) ?? []).slice(0, 3).join(',');
}

/**
 * The map's canvas as drawn (preserveDrawingBuffer): for each colour asked ("r,g,b"), how many pixels have exactly
 * that colour, and where the first one is (CSS pixels from the canvas's top left).
 */
async function canvasColours(page: Page, colours: string[]): Promise<Record<string, { count: number; at: [number, number] | null }>> {
  return page.evaluate((wanted) => {
    const canvas = document.querySelector<HTMLCanvasElement>('#foncier-map canvas')!;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const c2d = copy.getContext('2d')!;
    c2d.drawImage(canvas, 0, 0);
    const data = c2d.getImageData(0, 0, copy.width, copy.height).data;
    const scale = canvas.width / canvas.clientWidth;
    const found: Record<string, { count: number; at: [number, number] | null }> = Object.fromEntries(wanted.map((k) => [k, { count: 0, at: null }]));
    for (let i = 0; i < data.length; i += 4) {
      const hit = found[`${data[i]},${data[i + 1]},${data[i + 2]}`];
      if (!hit) continue;
      hit.count++;
      // A pixel inside the symbol (its second row), not on its antialiased edge.
      const pixel = i / 4 + 2 * copy.width;
      if (hit.count === 1) hit.at = [(pixel % copy.width) / scale, Math.floor(pixel / copy.width) / scale];
    }
    return found;
  }, colours);
}

/** A page of its own browser context (a visitor, an editor, another editor's tab), watched. */
function newPage(): Promise<Page> {
  return chromium.newPage();
}

beforeAll(async () => {
  chromium = await launchChromium();
  // A park of the CABBALR with a lot in reserve (to make available) and another lot to split.
  const parks = await api<{ items: Park[] }>(`/api/v1/foncier-eco/parks?epci=${EPCI}`);
  for (const candidate of parks.items) {
    const lots = await api<{ items: LotItem[] }>(`/api/v1/foncier-eco/parks/${candidate.id}/lots`);
    const reserve = lots.items.find((l) => l.status === 'reserve_non_amenagee');
    const other = [...lots.items].filter((l) => l !== reserve).sort((a, b) => b.areaHa - a.areaHa)[0];
    if (reserve && other) {
      park = candidate;
      lot = reserve;
      splitLot = other;
      break;
    }
  }
  expect(park, 'a park of the CABBALR with a lot in reserve').toBeDefined();
});

afterAll(async () => {
  await chromium?.close();
});

describe('the Foncier économique view', () => {
  it('shows every park from the first load, coloured by the share of its land available as the legend says, over the communes', async () => {
    const page = await newPage();
    await page.goto(`${BASE}/observatories/foncier-eco/zae`);
    await mapDrawnAfter(page, null);
    const parks = await api<{ items: Park[] }>('/api/v1/foncier-eco/parks');
    // One symbol per park; the classes drawn are those of the API's figures.
    expect(await page.getAttribute('#foncier-map', 'data-mode')).toBe('parks');
    expect(Number(await page.getAttribute('#foncier-map', 'data-parks'))).toBe(parks.items.length);
    const expected = AVAILABILITY_CLASSES.filter((c) => parks.items.some((p) => availabilityClass(availableShare(p)).key === c.key)).map((c) => c.key);
    expect(expected.length).toBeGreaterThan(1);
    expect(await page.getAttribute('#foncier-map', 'data-classes')).toBe(expected.join(','));
    // The legend shows the symbols' classes (the lots' statuses wait for the zoom), each class's colour on the canvas.
    expect(await page.isVisible('[data-legend="parks"]')).toBe(true);
    expect(await page.isHidden('[data-legend="lots"]')).toBe(true);
    const swatches = await page
      .locator('[data-legend="parks"] [data-availability]')
      .evaluateAll((items) =>
        items.map((li) => [li.getAttribute('data-availability')!, getComputedStyle(li.querySelector('.legend__swatch')!).backgroundColor] as const),
      );
    expect(swatches.map(([key]) => key)).toEqual(AVAILABILITY_CLASSES.map((c) => c.key));
    const colours = Object.fromEntries(swatches.map(([key, colour]) => [key, rgbKey(colour)]));
    const pixels = await canvasColours(page, Object.values(colours));
    for (const key of expected) expect(pixels[colours[key]!]!.count, `pixels of the class ${key}`).toBeGreaterThan(10);
    // Nothing over the map's top left corner: the canvas itself is there (the empty status line was a white box).
    expect(await page.isHidden('.map-status')).toBe(true);
    const corner = await page.evaluate(() => {
      const box = document.querySelector('#foncier-map canvas')!.getBoundingClientRect();
      return document.elementFromPoint(box.left + 12, box.top + 10)?.className;
    });
    expect(corner).toContain('maplibregl-canvas');
    await shot(page, 'foncier-00-first-load');

    // A symbol clicked chooses its park: the map zooms on it and shows its lots, the legend their statuses.
    const target = pixels[colours[expected[expected.length - 1]!]!]!.at!;
    await page.evaluate(() => document.querySelector('#foncier-map')!.scrollIntoView({ block: 'center' }));
    const box = (await page.locator('#foncier-map canvas').boundingBox())!;
    const drawn = (await page.getAttribute('#foncier-map', 'data-drawn'))!;
    await page.mouse.click(box.x + target[0], box.y + target[1]);
    await page.waitForURL((url) => url.searchParams.has('park'));
    await mapDrawnAfter(page, drawn);
    await page.waitForSelector('#foncier-map[data-mode="lots"]');
    expect(await page.isVisible('[data-legend="lots"]')).toBe(true);
    expect(await page.isHidden('[data-legend="parks"]')).toBe(true);
    await page.context().close();
  });

  it('shows an anonymous visitor the map, the figures and the lots, without edit controls or occupants', async () => {
    const page = await newPage();
    await page.goto(`${BASE}/`);
    // From the portal's card.
    await page.click('.card[data-observatory="foncier-eco"] a[data-observatory-link="foncier-eco"]');
    await page.waitForURL('**/observatories/foncier-eco/zae**');
    await mapDrawnAfter(page, null);
    await page.goto(viewUrl(`&lot=${lot.id}`));
    await mapDrawnAfter(page, null);
    await page.waitForSelector(`[data-lot-sheet="${lot.id}"]`);
    await page.waitForSelector(`tr[data-lot-row="${lot.id}"]`);

    // Figures of the territory: those of the API.
    const api1 = await api<{ totals: Totals }>(`/api/v1/foncier-eco/parks?epci=${EPCI}`);
    expect(await figure(page, 'territory', 'available')).toBe(plain(`${french(api1.totals.availableHa, 2)} ha`));
    expect(await figure(page, 'territory', 'total')).toBe(plain(`${french(api1.totals.totalHa, 2)} ha`));
    expect(await figure(page, 'territory', 'establishments')).toBe(plain(french(api1.totals.establishments, 0)));
    // The map drew the lots, zoomed on the park; the legend names the five statuses.
    expect(Number(await page.getAttribute('#foncier-map', 'data-lots'))).toBeGreaterThan(10);
    expect(await page.getAttribute('#foncier-map', 'data-selected-status')).toBe('reserve_non_amenagee');
    expect(await page.getAttribute('#foncier-map', 'data-mode')).toBe('lots');
    expect(await page.locator('[data-legend="lots"] .legend__list li:visible').count()).toBe(5);
    const pixels = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#foncier-map canvas')!;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const c2d = copy.getContext('2d')!;
      c2d.drawImage(canvas, 0, 0);
      const data = c2d.getImageData(0, 0, copy.width, copy.height).data;
      const colours = new Set<string>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return colours.size;
    });
    expect(pixels).toBeGreaterThan(3);

    // No edit controls, no occupants.
    expect(await page.locator('form[data-lot-form], [data-action]').count()).toBe(0);
    expect(await page.locator('#foncier-lots th', { hasText: 'Occupant' }).count()).toBe(0);
    expect(await page.locator('#foncier-lots').textContent()).toContain('données partenaires');
    await shot(page, 'foncier-01-anonymous');
    await page.context().close();
  });

  it('signs out with a clear message when the API refuses the key kept in the session', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      sessionStorage.setItem(
        'observatoires.session',
        JSON.stringify({
          key: 'obs_AAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB',
          identity: { keyId: 99, name: 'Clé révoquée', role: 'partner_editor', scope: [], scopeCommunes: [], editor: true },
        }),
      );
    });
    await page.goto(viewUrl());
    const notice = page.locator('[data-session-notice="expired"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('n’est plus acceptée');
    await page.waitForSelector('a.session__in');
    expect(await page.evaluate(() => sessionStorage.getItem('observatoires.session'))).toBeNull();
    // The page carries on anonymously.
    await page.waitForSelector('[data-figures="territory"]');
    await page.context().close();
  });

  describe.skipIf(!EDITOR_KEY)('with editors', () => {
    let editor: Page;
    let stale: Page;

    it('lets an editor sign in; the key never goes in the URL or localStorage', async () => {
      // A second editor's tab opens the lot first: it holds version 1.
      stale = await newPage();
      await stale.goto(viewUrl(`&lot=${lot.id}`));
      await signIn(stale, EDITOR_KEY);
      await stale.waitForSelector(`form[data-lot-form="${lot.id}"]`);

      editor = await newPage();
      await editor.goto(viewUrl(`&lot=${lot.id}`));
      await mapDrawnAfter(editor, null);
      await signIn(editor, EDITOR_KEY);
      expect(await editor.textContent('[data-identity]')).toContain('partenaire éditeur');
      await editor.waitForSelector(`form[data-lot-form="${lot.id}"]`);
      expect(editor.url()).not.toContain('obs_');
      expect(await editor.evaluate(() => localStorage.length)).toBe(0);
      expect(await editor.evaluate(() => sessionStorage.getItem('observatoires.session'))).toContain('obs_');
      // Occupants are shown to the partner of the territory (the API returns them).
      await editor.waitForSelector('#foncier-lots th:has-text("Occupant")');
    });

    it('changes a lot’s status: map, figures and table follow, and the change survives a reload', async () => {
      const before = await api<{ items: Park[] }>(`/api/v1/foncier-eco/parks?epci=${EPCI}`);
      const parkBefore = before.items.find((p) => p.id === park.id)!;
      const drawn = (await editor.getAttribute('#foncier-map', 'data-drawn'))!;
      // The API's message for a field, next to the field: an occupied lot without an occupant.
      await editor.selectOption(`form[data-lot-form="${lot.id}"] select[name="status"]`, 'occupe');
      await editor.fill(`form[data-lot-form="${lot.id}"] input[name="occupantName"]`, '');
      await editor.click(`form[data-lot-form="${lot.id}"] button[type="submit"]`);
      const error = editor.locator('[data-error-for="occupantName"]');
      await error.waitFor({ state: 'visible' });
      expect(await error.textContent()).toContain('doit avoir le nom de son occupant');
      expect(await editor.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('occupantName');
      expect(await editor.getAttribute(`form[data-lot-form="${lot.id}"] input[name="occupantName"]`, 'aria-invalid')).toBe('true');

      await editor.selectOption(`form[data-lot-form="${lot.id}"] select[name="status"]`, 'disponible_amenage');
      await editor.click(`form[data-lot-form="${lot.id}"] button[type="submit"]`);
      await editor.waitForSelector('[data-saved]');
      await mapDrawnAfter(editor, drawn);
      expect(await editor.getAttribute('#foncier-map', 'data-selected-status')).toBe('disponible_amenage');
      expect(await editor.getAttribute(`[data-lot-sheet="${lot.id}"]`, 'data-status')).toBe('disponible_amenage');
      expect(await editor.getAttribute(`tr[data-lot-row="${lot.id}"] [data-status]`, 'data-status')).toBe('disponible_amenage');
      const after = await api<{ items: Park[]; totals: Totals }>(`/api/v1/foncier-eco/parks?epci=${EPCI}`);
      const parkAfter = after.items.find((p) => p.id === park.id)!;
      expect(parkAfter.availableHa + parkAfter.marketedHa).toBeCloseTo(parkBefore.availableHa + parkBefore.marketedHa + lot.areaHa, 1);
      expect(await figure(editor, 'park', 'available')).toBe(plain(`${french(Math.round((parkAfter.availableHa + parkAfter.marketedHa) * 100) / 100, 2)} ha`));
      expect(await figure(editor, 'territory', 'available')).toBe(plain(`${french(after.totals.availableHa, 2)} ha`));
      await shot(editor, 'foncier-02-editor-saved');

      await editor.reload();
      await editor.waitForSelector(`form[data-lot-form="${lot.id}"]`);
      expect(await editor.getAttribute(`[data-lot-sheet="${lot.id}"]`, 'data-status')).toBe('disponible_amenage');
      await editor.waitForSelector('[data-identity]');
    });

    it('shows a second editor holding the old version that someone else changed the lot (412), with the current version', async () => {
      await stale.selectOption(`form[data-lot-form="${lot.id}"] select[name="status"]`, 'friche');
      await stale.click(`form[data-lot-form="${lot.id}"] button[type="submit"]`);
      const conflict = stale.locator('[data-conflict]');
      await conflict.waitFor();
      const text = plain(await conflict.textContent());
      expect(text).toContain('Ce lot a été modifié par quelqu’un d’autre');
      expect(text).toContain('Disponible aménagé'); // the current version
      expect(text).toContain('Friche'); // what was not saved
      expect(await stale.evaluate(() => document.activeElement?.hasAttribute('data-conflict'))).toBe(true);
      await shot(stale, 'foncier-03-conflict');
      // Nothing was overwritten.
      expect((await api<LotItem>(`/api/v1/foncier-eco/lots/${lot.id}`)).status).toBe('disponible_amenage');
      // Discard: the form shows the current version.
      await stale.click('[data-conflict] [data-action="discard"]');
      await stale.waitForFunction((id) => document.querySelector(`[data-lot-sheet="${id}"]`)?.getAttribute('data-status') === 'disponible_amenage', lot.id);
      expect(await stale.inputValue(`form[data-lot-form="${lot.id}"] select[name="status"]`)).toBe('disponible_amenage');
      await stale.context().close();
    });

    it.skipIf(!OTHER_EDITOR_KEY)('shows an editor of another EPCI the park read-only', async () => {
      const other = await newPage();
      await other.goto(viewUrl(`&lot=${lot.id}`));
      await signIn(other, OTHER_EDITOR_KEY);
      await other.waitForSelector('[data-read-only]');
      await other.waitForSelector(`[data-lot-sheet="${lot.id}"]`);
      expect(await other.locator('form[data-lot-form], [data-action]').count()).toBe(0);
      expect(await other.locator('#foncier-lots th', { hasText: 'Occupant' }).count()).toBe(0);
      await shot(other, 'foncier-04-out-of-scope');
      await other.context().close();
    });

    it('shows the park as it stood before the change (asOf)', async () => {
      const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
      const drawn = (await editor.getAttribute('#foncier-map', 'data-drawn'))!;
      await editor.fill('input[name="asOf"]', yesterday);
      await editor.waitForURL((url) => url.searchParams.get('asOf') === yesterday);
      await mapDrawnAfter(editor, drawn);
      await editor.waitForFunction(
        (id) => document.querySelector(`tr[data-lot-row="${id}"] [data-status]`)?.getAttribute('data-status') === 'reserve_non_amenagee',
        lot.id,
      );
      expect(await editor.getAttribute('#foncier-map', 'data-selected-status')).toBe('reserve_non_amenagee');
      expect(await editor.locator('form[data-lot-form]').count()).toBe(0);
      expect(plain(await editor.textContent('#foncier-lots h2'))).toContain('au ');
      await shot(editor, 'foncier-05-as-of');
      // Back to today, with the back button.
      await editor.goBack();
      await editor.waitForURL((url) => !url.searchParams.has('asOf'));
      await editor.waitForSelector(`form[data-lot-form="${lot.id}"]`);
    });

    it('splits a lot along a line drawn across it on the map, with a preview of the two parts', async () => {
      await editor.goto(viewUrl(`&lot=${splitLot.id}`));
      await editor.waitForSelector(`form[data-lot-form="${splitLot.id}"]`);
      await mapDrawnAfter(editor, null);
      // Zoom out a little so that the line can start and end outside the lot, then find the lot's centre on screen.
      const feature = await api<{ geometry: { coordinates: number[][][][] } }>(`/ogc/collections/foncier-eco-lots/items/${splitLot.id}`);
      const ring = feature.geometry.coordinates[0]![0]!;
      const lon = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
      await editor.click(`form[data-lot-form="${splitLot.id}"] [data-action="split"]`);
      await editor.waitForSelector('[data-tool="split"]');
      const before = await editor.getAttribute('#foncier-map', 'data-position');
      await editor.click('#foncier-map .maplibregl-ctrl-zoom-out');
      // The zoom's animation over (its end moves data-position), so that the position read is the map's.
      await editor.waitForFunction((b) => document.querySelector('#foncier-map')?.getAttribute('data-position') !== b, before);
      await editor.waitForTimeout(300);
      const [cLon, , zoom] = (await editor.getAttribute('#foncier-map', 'data-position'))!.split(',').map(Number) as [number, number, number];
      await editor.evaluate(() => document.querySelector('#foncier-map')!.scrollIntoView({ block: 'center' }));
      const box = (await editor.locator('#foncier-map canvas').boundingBox())!;
      const x = box.x + box.width / 2 + ((lon - cLon) / 360) * 512 * 2 ** zoom;
      await editor.mouse.click(x, box.y + 70);
      await editor.mouse.click(x + 3, box.y + box.height - 40);
      await editor.click('[data-action="preview-split"]');
      await editor.waitForSelector('[data-part="2"]');
      const labels = await editor.locator('[data-part] label').allTextContents();
      expect(labels).toHaveLength(2);
      await editor.selectOption('[data-part="2"] select', 'en_commercialisation');
      await shot(editor, 'foncier-06-split-preview');
      await editor.click('[data-action="confirm-split"]');
      const saved = editor.locator('[data-saved]');
      await saved.waitFor();
      expect(await saved.textContent()).toContain(`Lot n° ${splitLot.id} découpé`);
      const lots = await api<{ items: (LotItem & { splitFrom: number | null })[] }>(`/api/v1/foncier-eco/parks/${park.id}/lots`);
      const parts = lots.items.filter((l) => l.splitFrom === splitLot.id);
      expect(parts).toHaveLength(2);
      expect(parts.reduce((s, p) => s + p.areaHa, 0)).toBeCloseTo(splitLot.areaHa, 2);
      expect(parts.map((p) => p.status)).toContain('en_commercialisation');
      await editor.waitForSelector(`tr[data-lot-row="${parts[0]!.id}"]`);
    });

    it('retires a lot, then draws a new lot in its place', async () => {
      const lots = await api<{ items: LotItem[] }>(`/api/v1/foncier-eco/parks/${park.id}/lots`);
      const target = lots.items.filter((l) => l.id !== lot.id).sort((a, b) => b.areaHa - a.areaHa)[0]!;
      const feature = await api<{ geometry: { coordinates: number[][][][] } }>(`/ogc/collections/foncier-eco-lots/items/${target.id}`);
      await editor.goto(viewUrl(`&lot=${target.id}`));
      await editor.waitForSelector(`form[data-lot-form="${target.id}"]`);
      await mapDrawnAfter(editor, null);
      await editor.click(`form[data-lot-form="${target.id}"] [data-action="retire"]`);
      await editor.click('[data-action="confirm-retire"]');
      const retired = editor.locator('[data-saved]');
      await retired.waitFor();
      expect(await retired.textContent()).toContain(`Lot n° ${target.id} retiré`);
      expect(new URL(editor.url()).searchParams.has('lot')).toBe(false);
      await editor.waitForFunction((id) => !document.querySelector(`tr[data-lot-row="${id}"]`), target.id);

      // Draw a small triangle around the retired lot's centre (every vertex of the demo lots' convex cells averages inside).
      await editor.click('[data-action="create"]');
      await editor.waitForSelector('form[data-tool="create"]');
      await editor.evaluate(() => document.querySelector('#foncier-map')!.scrollIntoView({ block: 'center' }));
      const ring = feature.geometry.coordinates[0]![0]!.slice(0, -1);
      const lon = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
      const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
      const [cLon, cLat, zoom] = (await editor.getAttribute('#foncier-map', 'data-position'))!.split(',').map(Number) as [number, number, number];
      const mercY = (deg: number): number => (1 - Math.log(Math.tan(Math.PI / 4 + (deg * Math.PI) / 360)) / Math.PI) / 2;
      const world = 512 * 2 ** zoom;
      const box = (await editor.locator('#foncier-map canvas').boundingBox())!;
      const x = box.x + box.width / 2 + ((lon - cLon) / 360) * world;
      const y = box.y + box.height / 2 + (mercY(lat) - mercY(cLat)) * world;
      for (const [dx, dy] of [
        [-10, 7],
        [10, 7],
        [0, -10],
      ] as const)
        await editor.mouse.click(x + dx, y + dy);
      await editor.waitForSelector('form[data-tool="create"] button[type="submit"]:not([disabled])');
      await editor.selectOption('form[data-tool="create"] select[name="status"]', 'en_commercialisation');
      await shot(editor, 'foncier-07-new-lot');
      await editor.click('form[data-tool="create"] button[type="submit"]');
      const created = editor.locator('[data-saved]');
      await created.waitFor();
      expect(await created.textContent()).toMatch(/Lot n° \d+ créé/);
      const after = await api<{ items: LotItem[] }>(`/api/v1/foncier-eco/parks/${park.id}/lots`);
      const added = after.items.filter((l) => !lots.items.some((b) => b.id === l.id));
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({ status: 'en_commercialisation' });
      await editor.waitForSelector(`[data-lot-sheet="${added[0]!.id}"]`);
    });

    it('signs out: the key is forgotten and the edit controls go', async () => {
      await editor.goto(viewUrl(`&lot=${lot.id}`));
      await editor.waitForSelector(`form[data-lot-form="${lot.id}"]`);
      await editor.click('.session__out');
      await editor.waitForSelector('a.session__in');
      await editor.waitForFunction(() => document.querySelectorAll('form[data-lot-form]').length === 0);
      expect(await editor.evaluate(() => sessionStorage.getItem('observatoires.session'))).toBeNull();
    });
  });

  describe('axe-core finds no violation', () => {
    let url = '';

    beforeAll(async () => {
      const parks = await api<{ items: { id: number }[] }>(`/api/v1/foncier-eco/parks?epci=${EPCI}`);
      const park = parks.items[0]!.id;
      const lots = await api<{ items: { id: number }[] }>(`/api/v1/foncier-eco/parks/${park}/lots`);
      url = `/observatories/foncier-eco/zae?territory=${EPCI}&park=${park}&lot=${lots.items[0]!.id}`;
    });

    let page: Page;

    beforeAll(async () => {
      page = await newPage();
    });

    it('as an anonymous visitor, a lot chosen', async () => {
      await openSettled(page, url, '[data-lot-sheet]');
      await page.waitForSelector('#foncier-map[data-drawn]', { timeout: 30_000 });
      await expectNoAxeViolations(page, 'the Foncier économique page (anonymous)');
    });

    it.skipIf(!EDITOR_KEY)('as an editor, a lot’s form open', async () => {
      await openSettled(page, `/connexion?next=${encodeURIComponent(url)}`, 'input[name="apiKey"]');
      await page.fill('input[name="apiKey"]', EDITOR_KEY);
      await page.click('form.sign-in__form button[type="submit"]');
      await page.waitForSelector('form[data-lot-form]', { timeout: 30_000 });
      await page.waitForSelector('#foncier-map[data-drawn]', { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page, 'the Foncier économique page (editor)');
    });
  });

  it('logged no script error', () => {
    expect(chromium.problems).toEqual([]);
  });
});
