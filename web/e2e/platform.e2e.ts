/**
 * End-to-end, the platform: the client as a person uses it, in Debian's Chromium against the real API (support.ts).
 * The tests run in order on one page: portal → an EPCI → an observatory's generic dashboard → map, legend, figure,
 * period, reload, back, download, layer → territory profile → catalogue → an API failure, the keyboard, and no script
 * error or Content-Security-Policy violation.
 *
 * The generic dashboard is shown on the Emploi observatory's demo data (its indicator, its layer): the example of any
 * observatory the dashboard serves, not a test of Emploi itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ARTIFACTS, BASE, chartDrawn, DESKTOP, french, launchChromium, plain, shot, type Chromium } from './support';

const EPCI = 'epci:246200299'; // CA d'Hénin-Carvin, 14 communes
/** The generic dashboard's example: the Emploi observatory (its title, an indicator, its OGC layer) and its demo data. */
const OBSERVATORY = 'emploi';
const OBSERVATORY_TITLE = 'Emploi et entrepreneuriat';
const INDICATOR = 'emploi.salaries_prives';
const LAYER = 'emploi-etablissements';

let chromium: Chromium;
let page: Page;
const metrics: Record<string, number | string> = {};

/** Waits until the dashboard's map has drawn the given view (indicator|period|level|zone|method|classes). */
async function mapDrawn(expected: string): Promise<void> {
  await page.waitForFunction((key) => document.querySelector<HTMLElement>('#dashboard-map')?.dataset['drawn'] === key, expected, { timeout: 30_000 });
}

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage({ ...DESKTOP, acceptDownloads: true });
});

afterAll(async () => {
  writeFileSync(resolve(ARTIFACTS, 'metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);
  console.log('e2e metrics:', JSON.stringify(metrics));
  await chromium?.close();
});

describe('the portal', () => {
  it('shows the observatories as cards with a headline figure, quickly', async () => {
    await page.goto(`${BASE}/`);
    await page.waitForSelector(`.card[data-observatory="${OBSERVATORY}"] .card__figure[data-value]`);
    const timing = await page.evaluate(() => {
      const mark = performance.getEntriesByName('portal-interactive')[0];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { interactive: mark?.startTime ?? -1, domContentLoaded: nav?.domContentLoadedEventEnd ?? -1 };
    });
    metrics['portalInteractiveMs'] = Math.round(timing.interactive);
    metrics['portalDomContentLoadedMs'] = Math.round(timing.domContentLoaded);
    expect(timing.interactive).toBeGreaterThan(0);
    expect(timing.interactive).toBeLessThan(3000);
    // MapLibre is not loaded on the portal.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(scripts.some((name) => /choropleth|maplibre/.test(name))).toBe(false);
    const cards = await page.locator('.card').count();
    expect(cards).toBe((await api<{ items: unknown[] }>('/api/v1/observatories')).items.length);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await shot(page, '01-portal');
  });

  it('shows the headline figures of the EPCI picked', async () => {
    await page.selectOption('select[name="territory"]', EPCI);
    await page.waitForURL(`**/?territory=${EPCI}`);
    const profile = await api<{ observatories: { slug: string; figures: { value: number; indicator: { code: string; decimals: number } }[] }[] }>(
      `/api/v1/territories/${EPCI}/profile`,
    );
    const headline = profile.observatories.find((o) => o.slug === OBSERVATORY)!.figures[0]!;
    const figure = page.locator(`.card[data-observatory="${OBSERVATORY}"] .card__figure[data-indicator="${headline.indicator.code}"]`);
    await figure.waitFor();
    expect(Number(await figure.getAttribute('data-value'))).toBe(headline.value);
    expect(plain(await figure.locator('.card__figure-value').textContent())).toContain(plain(french(headline.value, headline.indicator.decimals)));
  });
});

describe('an observatory’s dashboard (on the Emploi demo data)', () => {
  let latest = '';

  it('opens from its card on the EPCI picked, with map, legend and key figure', async () => {
    await page.click(`.card[data-observatory="${OBSERVATORY}"] a.card__link`);
    await page.waitForURL((url) => url.pathname === `/observatories/${OBSERVATORY}` && url.searchParams.get('zone') === EPCI);
    const detail = await api<{ periods: string[] }>(`/api/v1/indicators/${INDICATOR}`);
    latest = detail.periods[detail.periods.length - 1]!;
    await mapDrawn(`${INDICATOR}|${latest}|commune|${EPCI}|quantile|5`);
    expect(await page.locator('h1').textContent()).toBe(OBSERVATORY_TITLE);
  });

  it('draws the map and a legend with the number of classes asked for', async () => {
    await page.selectOption('select[name="method"]', 'jenks');
    await page.selectOption('select[name="classes"]', '4');
    await mapDrawn(`${INDICATOR}|${latest}|commune|${EPCI}|jenks|4`);
    await page.waitForURL((url) => url.searchParams.get('classes') === '4' && url.searchParams.get('method') === 'jenks');
    await page.waitForFunction(() => document.querySelector('.legend')?.getAttribute('data-classes') === '4');
    expect(await page.locator('.legend__class').count()).toBe(4);
    const breaks = await api<{ legend: { classes: { colour: string; count: number }[] } }>(
      `/api/v1/indicators/${INDICATOR}/breaks?level=commune&within=${EPCI}&period=${latest}&method=jenks&classes=4`,
    );
    expect(breaks.legend.classes).toHaveLength(4);
    const swatches = await page.locator('.legend__class .legend__swatch').evaluateAll((els) => els.map((e) => e.getAttribute('data-colour')));
    expect(swatches).toEqual(breaks.legend.classes.map((c) => c.colour));

    // The WebGL canvas really has pixels of the territories (not only the plain background).
    const pixels = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('#dashboard-map canvas')!;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const g = copy.getContext('2d')!;
      g.drawImage(canvas, 0, 0);
      const data = g.getImageData(0, 0, copy.width, copy.height).data;
      let sampled = 0;
      let painted = 0;
      const colours = new Set<string>();
      for (let i = 0; i < data.length; i += 4 * 7) {
        sampled++;
        const [r, gr, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
        if (a === 0 || (r === 238 && gr === 242 && b === 246)) continue; // the plain background
        painted++;
        colours.add(`${r >> 3},${gr >> 3},${b >> 3}`);
      }
      return { width: canvas.width, height: canvas.height, share: painted / sampled, colours: colours.size };
    });
    metrics['mapCanvas'] = `${pixels.width}x${pixels.height}, ${(pixels.share * 100).toFixed(0)} % painted, ${pixels.colours} colours`;
    expect(pixels.width).toBeGreaterThan(100);
    expect(pixels.share).toBeGreaterThan(0.2);
    expect(pixels.colours).toBeGreaterThanOrEqual(4);
    await shot(page, '02-dashboard');
  });

  it('shows the same figure as the API', async () => {
    const answer = await api<{ items: { value: number }[]; indicator: { decimals: number; unit: string } }>(
      `/api/v1/indicators/${INDICATOR}/values?territories=${EPCI}&period=${latest}`,
    );
    const expected = answer.items[0]!.value;
    const figure = page.locator('[data-testid="zone-value"]');
    expect(Number(await figure.getAttribute('data-value'))).toBe(expected);
    expect(plain(await figure.textContent())).toBe(plain(`${french(expected, answer.indicator.decimals)} ${answer.indicator.unit}`));
    // The ranking has the EPCI's communes, with the API's values.
    const values = await api<{ items: { territory: { id: string }; value: number }[] }>(
      `/api/v1/indicators/${INDICATOR}/values?level=commune&within=${EPCI}&period=${latest}`,
    );
    expect(await page.locator('#classement tbody tr').count()).toBe(values.items.length);
    const first = values.items[0]!;
    const cell = page.locator(`#classement tr[data-territory="${first.territory.id}"] td.num`).nth(1);
    expect(plain(await cell.textContent())).toBe(plain(french(first.value, 0)));
  });

  it('shows a territory’s value on hover and click', async () => {
    const canvas = page.locator('#dashboard-map canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForSelector('.map-tooltip:not([hidden])');
    const tooltip = plain(await page.locator('.map-tooltip').textContent());
    expect(tooltip).toMatch(/ : /);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const selected = page.locator('.selected[data-selected]');
    await selected.waitFor();
    const id = (await selected.getAttribute('data-selected'))!;
    expect(new URL(page.url()).searchParams.get('selected')).toBe(id);
    const name = plain(await selected.locator('h3').textContent());
    expect(tooltip.startsWith(name)).toBe(true);
  });

  it('changes the period, in the view and in the URL', async () => {
    await page.selectOption('select[name="period"]', '2019');
    await mapDrawn(`${INDICATOR}|2019|commune|${EPCI}|jenks|4`);
    await page.waitForURL((url) => url.searchParams.get('period') === '2019');
    const answer = await api<{ items: { value: number }[] }>(`/api/v1/indicators/${INDICATOR}/values?territories=${EPCI}&period=2019`);
    await page.waitForFunction((v) => document.querySelector('[data-testid="zone-value"]')?.getAttribute('data-value') === String(v), answer.items[0]!.value);
  });

  it('restores exactly the same view from its URL, and the back button works', async () => {
    // Zoom in with the map's button: the position goes into the URL (replacing the entry, not adding one).
    await page.click('.maplibregl-ctrl-zoom-in');
    await page.waitForURL((url) => url.searchParams.get('map') !== null);
    const position = new URL(page.url()).searchParams.get('map');
    await page.waitForFunction((p) => document.querySelector<HTMLElement>('#dashboard-map')?.dataset['position'] === p, position);
    // Counts are charted in base 100 by default; the user asks for the values instead.
    await chartDrawn(page);
    expect(await page.isChecked('input[name="index"]')).toBe(true);
    await page.uncheck('input[name="index"]');
    await page.waitForURL((url) => url.searchParams.get('index') === '0');
    await page.waitForFunction(() => !document.querySelector('.chart__figure svg')?.getAttribute('aria-label')?.includes('base 100'));
    const url = page.url();
    const before = {
      value: await page.getAttribute('[data-testid="zone-value"]', 'data-value'),
      selects: await page.locator('.controls select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value)),
      selected: await page.getAttribute('.selected[data-selected]', 'data-selected'),
    };
    await page.reload();
    await mapDrawn(`${INDICATOR}|2019|commune|${EPCI}|jenks|4`);
    expect(page.url()).toBe(url);
    await chartDrawn(page);
    await page.waitForSelector('.selected[data-selected]');
    expect({
      value: await page.getAttribute('[data-testid="zone-value"]', 'data-value'),
      selects: await page.locator('.controls select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value)),
      selected: await page.getAttribute('.selected[data-selected]', 'data-selected'),
    }).toEqual(before);
    expect(await page.isChecked('input[name="index"]')).toBe(false);
    // The map is back where it was, not refitted to the zone.
    await page.waitForFunction((p) => document.querySelector<HTMLElement>('#dashboard-map')?.dataset['position'] === p, position);
    // A shared link opens the same view in a new browser context (a journalist's browser).
    const other = await chromium.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const theirs = await other.newPage();
    chromium.watch(theirs);
    await theirs.goto(url);
    await theirs.waitForFunction(() => document.querySelector<HTMLElement>('#dashboard-map')?.dataset['drawn']?.includes('|2019|'));
    expect(await theirs.getAttribute('[data-testid="zone-value"]', 'data-value')).toBe(before.value);
    await shot(theirs, '03-shared-link-tablet');
    await other.close();
    // Back: base 100 again, then the period before.
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('index') === null && u.searchParams.get('period') === '2019');
    expect(await page.isChecked('input[name="index"]')).toBe(true);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('period') === null);
    await mapDrawn(`${INDICATOR}|${latest}|commune|${EPCI}|jenks|4`);
    expect(await page.inputValue('select[name="period"]')).toBe(latest);
  });

  it('downloads the CSV of what is shown, with its source', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download="csv"]')]);
    const file = resolve(ARTIFACTS, 'download.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toContain('territory_id');
    const values = await api<{ total: number }>(`/api/v1/indicators/${INDICATOR}/values?level=commune&within=${EPCI}&period=${latest}`);
    expect(lines).toHaveLength(values.total + 1);
    expect(lines.slice(1).every((line) => line.includes(`,${latest},`))).toBe(true);
    expect(plain(await page.locator('.downloads').textContent())).toContain('Source : URSSAF');
    expect(await page.locator('[data-testid="api-url"]').textContent()).toContain(`/api/v1/indicators/${INDICATOR}/values?`);
  });

  it('switches the observatory’s layer on over the map', async () => {
    const tile = page.waitForResponse((r) => r.url().includes(`/ogc/collections/${LAYER}/tiles/`) && r.status() < 300);
    await page.check(`input[name="layer-${LAYER}"]`);
    await page.waitForURL((url) => url.searchParams.get('layers') === LAYER);
    await tile;
  });
});

describe('the territory profile', () => {
  it('opens a commune’s profile by typing its name', async () => {
    await page.click('.site-nav a[data-section="profile"]');
    await page.waitForURL('**/territories');
    await page.fill('input[type="search"]', 'Hénin-Beau');
    const result = page.locator('.search-results a', { hasText: 'Hénin-Beaumont' });
    await result.waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/territories/commune:62427');
    await page.waitForSelector('.figure-card');
    expect(plain(await page.locator('h1').textContent())).toBe('Hénin-Beaumont');
    const profile = await api<{ observatories: { figures: { indicator: { code: string }; value: number }[] }[] }>('/api/v1/territories/commune:62427/profile');
    const population = profile.observatories.flatMap((o) => o.figures).find((f) => f.indicator.code === 'portrait.population')!;
    expect(Number(await page.getAttribute('.figure-card[data-indicator="portrait.population"] .figure-card__value', 'data-value'))).toBe(population.value);
    await page.waitForSelector('.locator .locator__subject');
    await page.waitForSelector('.figure-card__spark svg');
    await shot(page, '04-profile');
  });

  it('says in plain French that a territory is unknown', async () => {
    await page.goto(`${BASE}/territories/commune:99999`);
    const alert = page.locator('[role="alert"]').first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('inconnu');
  });
});

describe('the data catalogue', () => {
  it('finds an indicator and shows its metadata and API links', async () => {
    await page.goto(`${BASE}/catalogue`);
    await page.waitForSelector('#cat-indicators ~ div table');
    await page.fill('input[name="q"]', 'salari');
    await page.waitForURL((url) => url.searchParams.get('q') === 'salari');
    const all = (await api<{ total: number }>('/api/v1/indicators')).total;
    await page.waitForFunction((n) => document.querySelectorAll('#cat-indicators ~ div tbody tr').length < n, all);
    const labels = await page.locator('#cat-indicators ~ div tbody th').allTextContents();
    expect(labels).toContain('Salariés du secteur privé');
    expect(labels).not.toContain('Population municipale');
    await page.click(`button[aria-label="Fiche de ${INDICATOR}"]`);
    await page.waitForSelector(`.sheet[data-item="indicator:${INDICATOR}"] .api-links`);
    expect(await page.locator('.sheet').textContent()).toContain('Licence Ouverte');
    await shot(page, '05-catalogue');
  });
});

describe('quality', () => {
  it('tells the user in French when the API fails, never a blank page', async () => {
    const p = await page.context().newPage();
    await p.route('**/api/v1/observatories', (route) =>
      route.fulfill({ status: 500, contentType: 'application/problem+json', body: '{"title":"Erreur interne","status":500}' }),
    );
    await p.goto(`${BASE}/`);
    const alert = p.locator('[role="alert"]').first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Le service de données ne répond pas');
    expect(await p.locator('button', { hasText: 'Réessayer' }).count()).toBeGreaterThan(0);
    await p.close();
  });

  it('is usable with the keyboard, focus visible', async () => {
    await page.goto(`${BASE}/`);
    await page.waitForSelector('.card');
    // The portal again, API and browser warm: what a returning visitor waits.
    metrics['portalInteractiveWarmMs'] = Math.round(await page.evaluate(() => performance.getEntriesByName('portal-interactive')[0]?.startTime ?? -1));
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { cls: el.className, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused.cls).toBe('skip-link');
    expect(focused.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    // Through the menu to the cards: every card link is reachable.
    let reached = false;
    for (let i = 0; i < 15 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('card__link') ?? false);
    }
    expect(reached).toBe(true);
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
