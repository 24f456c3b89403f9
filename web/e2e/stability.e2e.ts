/**
 * End-to-end, stability and weight: the page does not jump while it loads, and a phone gets a dashboard without its
 * heavy parts (issue 16). In Debian's Chromium against the real API (support.ts).
 *
 * - Layout shift, measured in the page: a PerformanceObserver of 'layout-shift' entries, registered before the page's
 *   own scripts; their sum without recent input (what Lighthouse's CLS adds up, over the whole load rather than its
 *   worst window) stays under 0.1 on the portal and on the Emploi dashboard, on a phone and on a desktop, and while a
 *   phone scrolls down to the map and the chart as they load; and on every other view (VIEWS).
 * - A phone's first dashboard view loads no MapLibre and no Plot, at most 350 kB of compressed JavaScript; the map
 *   and the chart come when the reader scrolls to them.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BASE, DESKTOP, frames, launchChromium, networkQuiet, registeredPaths, shot, type Chromium } from './support';

/** Lighthouse's phone: a Moto G Power's screen. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'fr-FR' };
/** Issue 16's aim, and web.dev's threshold of a good CLS. */
const MAX_SHIFT = 0.1;
const DASHBOARD = '/observatories/emploi';

let chromium: Chromium;

beforeAll(async () => {
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
});

/** The page of the test that just ended: closed with its context (80 pages kept open slowed the later ones down). */
let current: Page | undefined;
afterEach(async () => {
  if (current) await chromium.closePage(current);
  current = undefined;
});

interface Shift {
  value: number;
  sources: string[];
}

/** A page whose layout shifts are recorded from its very start (window.__shifts). */
async function watchedPage(options: typeof PHONE | typeof DESKTOP): Promise<Page> {
  const page = await chromium.newPage(options);
  current = page;
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    const name = (node: Node | null): string =>
      node instanceof Element ? `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}` : '?';
    const record = (entries: PerformanceEntryList): void => {
      for (const entry of entries as unknown as { value: number; hadRecentInput: boolean; sources?: { node: Node | null }[] }[]) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => name(s.node)) });
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    // The shifts so far, those the observer has not been handed yet included (its callback comes in a later task).
    (window as unknown as { __shifts: () => typeof shifts }).__shifts = () => {
      record(observer.takeRecords());
      return shifts;
    };
  });
  return page;
}

/**
 * Waits until the page has stopped loading: no request in flight (data, modules, tiles, fonts: whatever could still
 * move the layout), then two frames rendered, so that the last layout's shifts are recorded. In place of a fixed
 * 300–500 ms: quicker once the page is done, and it waits for a request slower than that.
 */
async function settled(page: Page): Promise<void> {
  await networkQuiet(page);
  await frames(page);
}

/** The shifts so far, and their sum. */
async function shifts(page: Page): Promise<{ total: number; list: Shift[] }> {
  const list = await page.evaluate(() => (window as unknown as { __shifts: () => { value: number; sources: string[] }[] }).__shifts());
  return { total: list.reduce((sum, s) => sum + s.value, 0), list };
}

/** The scripts the page loaded, and their compressed bytes (transferSize: what came over the wire). */
async function scripts(page: Page): Promise<{ name: string; bytes: number }[]> {
  return page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => /\.m?js$/.test(new URL(r.name).pathname))
      .map((r) => ({ name: new URL(r.name).pathname, bytes: r.transferSize })),
  );
}

async function portalLoaded(page: Page): Promise<void> {
  await page.goto(`${BASE}/`);
  await page.waitForSelector('.card .card__figure[data-value]');
  await page.waitForSelector('select[name="territory"]');
}

/** The dashboard's blocks above the map filled: key figure, legend, ranking. */
async function dashboardLoaded(page: Page): Promise<void> {
  await page.goto(`${BASE}${DASHBOARD}`);
  await page.waitForSelector('[data-testid="zone-value"]');
  await page.waitForSelector('.legend');
  await page.waitForSelector('#classement table');
}

const mapDrawn = (page: Page): Promise<unknown> =>
  page.waitForFunction(() => !!document.querySelector<HTMLElement>('#dashboard-map')?.dataset['drawn'], null, { timeout: 30_000 });

describe('the portal does not jump while it loads', () => {
  it('on a phone', async () => {
    const page = await watchedPage(PHONE);
    await portalLoaded(page);
    await settled(page);
    const { total, list } = await shifts(page);
    expect(total, JSON.stringify(list)).toBeLessThan(MAX_SHIFT);
  });

  it('on a desktop', async () => {
    const page = await watchedPage(DESKTOP);
    await portalLoaded(page);
    await settled(page);
    const { total, list } = await shifts(page);
    expect(total, JSON.stringify(list)).toBeLessThan(MAX_SHIFT);
  });
});

/** The other views, each with what says it has loaded (the map drawn where it has one). */
const VIEWS = [
  { name: 'a commune’s profile', path: '/territories/commune:62427', ready: ['.figure-card', 'svg.locator'] },
  { name: 'the catalogue', path: '/catalogue', ready: ['[aria-labelledby="cat-indicators"] table'] },
  { name: 'the datasets’ catalogue', path: '/donnees', ready: ['.dataset-result', '[data-facet="observatory"] a'] },
  { name: 'the brownfields’ map', path: '/friches', ready: ['.friches-summary__total'] },
  { name: 'the ZAN counter', path: '/zan', ready: ['.gauge__svg', '.chart__figure svg'] },
  { name: 'the business parks', path: '/observatories/foncier-eco/zae', ready: ['.figures-slot .figures', 'form.foncier-controls select'] },
  { name: 'the energy accounts', path: '/energie', ready: ['.energie-headline[data-territory]', '.energie-sankey svg'] },
  { name: 'the energy production sites', path: '/energie/sites', ready: ['#energie-sites-tableau tbody tr'] },
  { name: 'the Toile énergétique', path: '/energie/toile', ready: ['[data-testid="share-sentence"]', '[data-pair]'] },
  { name: 'the road accidents', path: '/mobilite/accidents', ready: ['#accidents-count', '.accidents-hot-spots-slot table'] },
  { name: 'the cycling network', path: '/mobilite/cyclable', ready: ['.cyclable-figures', '[data-testid="types-table"]'] },
  { name: 'the road accidents, embedded', path: '/embed/mobilite/accidents', ready: ['#accidents-count', '.accidents-hot-spots-slot table'] },
  { name: 'the stations', path: '/mobilite/gares', ready: ['.gares-figures', '[data-testid="stations-table"]'] },
  { name: 'the PDU follow-up', path: '/mobilite/pdu', ready: ['[data-testid="summary"]', '.pdu-card'] },
  { name: 'the business demography', path: '/emploi/entreprises', ready: ['[data-testid="failures"]', '.entreprises-chart svg'] },
  { name: 'the evaluated projects', path: '/evaluation', ready: ['.evaluation-project [data-testid="project-score"]'] },
  {
    name: 'a project’s evaluation',
    path: '/evaluation/projet?id=cabbalr-projet-de-territoire',
    ready: ['[data-testid="summary"]', '.evaluation-dashboard[data-loaded]'],
  },
  { name: 'the housing key figures', path: '/habitat', ready: ['[data-testid="habitat.logements"]', '.habitat-chart svg'] },
  { name: 'the property prices', path: '/habitat/prix', ready: ['[data-testid="median-maison"]', '[data-testid="distribution-median"]'] },
  { name: 'the PLH follow-up', path: '/habitat/plh', ready: ['[data-testid="summary"]', '.plh-card'] },
  { name: 'the commerce dashboard', path: '/commerce', ready: ['[data-testid="vacancy"]', '[data-testid="centralities-table"]'] },
  { name: 'the outlets map', path: '/commerce/carte', ready: ['#commerce-count', '[data-testid="legend"]'] },
  { name: 'a centrality’s sheet', path: '/commerce/centralites/bethune-centre', ready: ['[data-testid="sheet-vacancy"]', '[data-testid="vacancy-chart"] svg'] },
  { name: 'the economic barometer', path: '/barometre', ready: ['.barometre-publication .bp-keys', 'select[name="quarter"]'] },
  { name: 'the centralities', path: '/commerce/centralites', ready: ['[data-testid="centralities-list"]'] },
  { name: 'the CLS key figures', path: '/sante?territory=epci:246200364', ready: ['[data-testid="sante.densite_generalistes"]'] },
  { name: 'the care supply', path: '/sante/offre', ready: ['#sante-map', 'table tbody tr'] },
  { name: 'the income deciles', path: '/social/deciles', ready: ['.social-chart svg'] },
  { name: 'the QPVs and programmes', path: '/politique-ville', ready: ['[data-testid="qpvs"][data-loaded]'] },
  { name: 'a QPV’s sheet', path: '/politique-ville/qpv?code=QN06201M', ready: ['.pv-sheet[data-loaded]'] },
  { name: 'an NPNRU programme', path: '/politique-ville/npnru?id=npnru-cabbalr', ready: ['.pv-programme[data-loaded]'] },
  { name: 'the urban overheating', path: '/environnement/surchauffe?territory=commune:62498', ready: ['[data-testid="buildings-count"]'] },
  { name: 'the ecological networks', path: '/trames', ready: ['fieldset.trames-toggles', '[data-testid="elements-table"]'] },
  { name: 'the tourist accommodation', path: '/tourisme/carte', ready: ['[data-testid="tourist-beds"]', '[data-testid="accommodations-table"]'] },
  {
    name: 'the short-supply-chain outlets',
    path: '/foncier-agricole/circuits-courts',
    ready: ['[data-testid="outlet-count"]', '[data-testid="outlets-table"]'],
  },
  { name: 'the waste streams', path: '/dechets', ready: ['.dechets-chart svg'] },
  { name: 'the transitions dashboard', path: '/transitions', ready: ['.transitions-themes'] },
  { name: 'the Donut', path: '/transitions/donut', ready: ['.transitions-donut[data-drawn="1"]'] },
  { name: 'the risk matrix', path: '/transitions/risques?within=epci:246200364', ready: ['.transitions-table[data-drawn="1"]'] },
] as const;

it('lists every page the observatories register', () => {
  const listed = new Set<string>(VIEWS.map((v) => new URL(v.path, BASE).pathname.replace(/^\/embed/, '')));
  expect(registeredPaths().filter((path) => !listed.has(path))).toEqual([]);
});

describe('the other views do not jump while they load', () => {
  const devices = [
    ['a phone', PHONE],
    ['a desktop', DESKTOP],
  ] as const;
  for (const view of VIEWS) {
    for (const [device, options] of devices) {
      it(`${view.name}, on ${device}`, async () => {
        const page = await watchedPage(options);
        await page.goto(`${BASE}${view.path}`);
        for (const selector of view.ready) await page.waitForSelector(selector, { state: 'attached', timeout: 30_000 });
        await settled(page);
        const { total, list } = await shifts(page);
        expect(total, JSON.stringify(list)).toBeLessThan(MAX_SHIFT);
      });
    }
  }
});

describe('the Emploi dashboard', () => {
  it('on a phone: no jump, no MapLibre nor Plot at first, at most 350 kB of JavaScript; the map and the chart come on scrolling', async () => {
    const page = await watchedPage(PHONE);
    await dashboardLoaded(page);
    await settled(page);
    const first = await scripts(page);
    expect(first.map((s) => s.name).filter((name) => /flatMap|maplibre|choropleth|seriesChart/.test(name))).toEqual([]);
    expect(first.reduce((sum, s) => sum + s.bytes, 0)).toBeLessThanOrEqual(350 * 1024);
    expect((await shifts(page)).total).toBeLessThan(MAX_SHIFT);
    await shot(page, 'stability-01-dashboard-phone');

    // Down to the map, then the chart: they load as they near the screen, in boxes of their final size.
    await page.locator('#dashboard-map').scrollIntoViewIfNeeded();
    await mapDrawn(page);
    await page.locator('.chart').scrollIntoViewIfNeeded();
    await page.waitForSelector('.chart__figure svg');
    await settled(page);
    expect((await scripts(page)).some((s) => /flatMap/.test(s.name))).toBe(true);
    const { total, list } = await shifts(page);
    expect(total, JSON.stringify(list)).toBeLessThan(MAX_SHIFT);
  });

  it('on a desktop, the map in view, then the chart under it: no jump', async () => {
    const page = await watchedPage(DESKTOP);
    await dashboardLoaded(page);
    await mapDrawn(page);
    await page.locator('.chart').scrollIntoViewIfNeeded();
    await page.waitForSelector('.chart__figure svg');
    await settled(page);
    const { total, list } = await shifts(page);
    expect(total, JSON.stringify(list)).toBeLessThan(MAX_SHIFT);
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
