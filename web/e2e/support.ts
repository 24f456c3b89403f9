/**
 * What every end-to-end file shares: where the API is (OBSERVATOIRES_E2E_URL, started on a fresh test database by
 * ./observatoires test and ./observatoires e2e), where screenshots go (OBSERVATOIRES_E2E_ARTIFACTS, default
 * ../.data/e2e-screenshots), Debian's Chromium (OBSERVATOIRES_CHROMIUM) driven by playwright-core with its pages
 * watched for script errors and Content-Security-Policy violations, the editors' keys ./observatoires creates for
 * the e2e database, and small helpers: the API's answers, text and numbers compared the French way, screenshots, and
 * axe-core's accessibility audit of a page (expectNoAxeViolations).
 *
 * One file per observatory (named by its slug) and platform.e2e.ts; all connect to the one Chromium that the global
 * set-up launched (browserServer.ts), each in browser contexts of its own.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export const BASE = (process.env['OBSERVATOIRES_E2E_URL'] ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
export const ARTIFACTS = resolve(process.env['OBSERVATOIRES_E2E_ARTIFACTS'] ?? resolve(import.meta.dirname, '../../.data/e2e-screenshots'));
export { CHROMIUM, CHROMIUM_ARGS };

/** Keys created by ./observatoires for the e2e database: partner editors of the CABBALR and of the CALL, and the agency's. Empty when run without. */
export const EDITOR_KEY = process.env['OBSERVATOIRES_E2E_EDITOR_KEY'] ?? '';
export const OTHER_EDITOR_KEY = process.env['OBSERVATOIRES_E2E_OTHER_EDITOR_KEY'] ?? '';
export const AGENCY_KEY = process.env['OBSERVATOIRES_E2E_AGENCY_KEY'] ?? '';

/**
 * The paths of the pages the observatories register (each `path: '/…'` of a definePage in src/observatories/…/index.ts):
 * the pages stability.e2e.ts and accessibility.e2e.ts must list.
 */
export function registeredPaths(): string[] {
  const root = resolve(import.meta.dirname, '../src/observatories');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)index\.ts$/.test(f) && f !== 'index.ts');
  const paths = files.flatMap((f) => [...readFileSync(resolve(root, f), 'utf8').matchAll(/\bpath: '(\/[^']*)'/g)].map((m) => m[1]!));
  return [...new Set(paths)].sort();
}

/** A desktop browser in French. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, locale: 'fr-FR' };

/** The API's JSON answer (a GET unless told), failing on any status but 2xx. */
export async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${BASE}${path}`, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${path} → ${response.status}`);
  return (await response.json()) as T;
}

/** Spaces of every kind as one plain space, for comparing formatted numbers. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** A number as the client writes it (fr-FR, at most `decimals` decimals). */
export function french(value: number, decimals: number): string {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: decimals }).format(value);
}

/**
 * A screenshot of the whole page, in ARTIFACTS. Chromium's fullPage capture stretches the viewport behind the map's
 * back, so the viewport is made as tall as the page first (the map redraws at its size), then restored.
 */
export async function shot(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 6000) });
  // The map redraws on the frames after the resize, and asks for the tiles the taller view shows (a fixed 400 ms before).
  await frames(page);
  await networkQuiet(page);
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`) });
  await page.setViewportSize(viewport);
}

/** Two frames rendered by the page (what changed before is laid out and painted, its layout shifts reported). */
export async function frames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Each watched page's count of requests sent and not yet answered (Chromium.watch). */
const inFlight = new WeakMap<Page, () => number>();

/**
 * Until a watched page has no request in flight at two checks 100 ms apart (data, modules, tiles, fonts), at most
 * 10 s (then it goes on: what the test checks next decides); at once for a page that is not watched.
 */
export async function networkQuiet(page: Page): Promise<void> {
  const pending = inFlight.get(page);
  if (!pending) return;
  for (let quiet = 0, waited = 0; quiet < 2 && waited < 10_000; waited += 100) {
    await page.waitForTimeout(100);
    quiet = pending() === 0 ? quiet + 1 : 0;
  }
}

/** A launched Chromium, and what its watched pages logged. */
export interface Chromium {
  readonly browser: Browser;
  /** Script errors and console errors (CSP violations among them) of the pages watched; a test expects none. */
  readonly problems: string[];
  /** A page in a browser context of its own (DESKTOP unless told), watched. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Records the page's script errors and console errors in problems, and counts its requests in flight (networkQuiet). */
  watch(page: Page): void;
  /** Closes a page of newPage with its browser context (a test done with it frees its renderer). */
  closePage(page: Page): Promise<void>;
  /** Closes the contexts of newPage, and the connection to the shared browser (or the browser this file launched). */
  close(): Promise<void>;
}

/**
 * Connects to the Chromium of the global set-up (browserServer.ts), or launches one when there is none (a file run
 * outside vitest.e2e.config.ts); makes the screenshots' folder.
 */
export async function launchChromium(): Promise<Chromium> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const endpoint = inject('chromiumEndpoint');
  const browser = endpoint ? await chromium.connect(endpoint) : await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  const watch = (page: Page): void => {
    let pending = 0;
    page.on('request', () => pending++);
    page.on('requestfinished', () => pending--);
    page.on('requestfailed', () => pending--);
    inFlight.set(page, () => pending);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // Chromium reports every non-2xx fetch; the tests that ask for one check the message shown instead.
      if (text.startsWith('Failed to load resource')) return;
      problems.push(`console: ${text}`);
    });
  };
  return {
    browser,
    problems,
    watch,
    async newPage(options = DESKTOP) {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      watch(page);
      return page;
    },
    async closePage(page) {
      const context = page.context();
      const index = contexts.indexOf(context);
      if (index >= 0) contexts.splice(index, 1);
      await context.close();
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      // A connected browser: disconnects (the shared one stays for the next file); a launched one: closes it.
      await browser.close();
    },
  };
}

/** axe-core's browser build, read once. */
let axeSource: string | undefined;

/** The rules the aim names (issue 16): WCAG 2.0 A and AA, and 2.1 AA. */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21aa'];

/**
 * The violations axe-core finds on the page as it stands, one line per element: rule, impact, target, help and why.
 * axe is evaluated through the DevTools protocol (page.evaluate), which the page's Content-Security-Policy does not
 * govern: a <script> tag (page.addScriptTag) is an inline script the API's policy forbids, and its violation would
 * count as a problem of the page.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: 'tag', values: [...AXE_TAGS] }, resultTypes: ['violations'] };
  const results = await page.evaluate(
    (o) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, o),
    options,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? n.impact ?? '?'}) ${n.target.join(' ')}: ${v.help}. ${plain(n.failureSummary).replace(/^Fix (any|all) of the following: /, '')} <${v.helpUrl.replace(/\?.*$/, '')}>`,
    ),
  );
}

/** Fails, naming each violation (rule, impact, element, help), when axe-core finds any on the page (AXE_TAGS). */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations.length, `axe-core (${AXE_TAGS.join(', ')}) on ${name}:\n${violations.join('\n')}\n`).toBe(0);
}

/**
 * Opens the URL and waits until nothing is loading any more (data, the charts' and maps' modules, tiles): on a watched
 * page, no request in flight at two checks 100 ms apart, then two frames rendered (networkQuiet and frames, where
 * Playwright's 'networkidle' waited for 500 ms without a request after the last answer, ~120 times a run); on another,
 * 'networkidle'.
 */
export async function openSettled(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(`${BASE}${path}`);
  await page.waitForSelector(ready, { timeout: 30_000 });
  if (inFlight.has(page)) {
    await networkQuiet(page);
    await frames(page);
  } else {
    await page.waitForLoadState('networkidle');
  }
}

/** A dashboard's chart, drawn: it loads when it nears the screen, under the map, so the page is scrolled to it. */
export async function chartDrawn(page: Page): Promise<void> {
  await page.locator('.chart').scrollIntoViewIfNeeded();
  await page.waitForSelector('.chart__figure svg', { timeout: 30_000 });
}
