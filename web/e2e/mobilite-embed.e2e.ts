/**
 * End-to-end, Mobilité › the embeddable tool: the journey, "the embed works on an allowed origin and is refused
 * elsewhere", in Debian's Chromium against the real API (support.ts). A partner's page is served by a small Node
 * server on another origin (another port of 127.0.0.1 is another origin): on the origin the API allows
 * (OBSERVATOIRES_E2E_EMBED_PORT, listed in Observatoires:Embed:AllowedOrigins by ./observatoires e2e), the frame
 * shows the accident map and its figures — the API's —, without the portal's header, with its state in the frame's
 * URL and a link to the full page; on an origin not listed, and for a page that is not an embed page, Chromium
 * refuses to draw the frame. The "Intégrer" dialog gives the code pasted on the partner's page. Then the embed at
 * a phone's and a wide frame's sizes, axe-core, and no script error or Content-Security-Policy violation.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConsoleMessage, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, BASE, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, shot, type Chromium } from './support';

const EPCI = 'epci:200072460'; // CABBALR
const STATE = `from=2020&mode=velo&territory=${EPCI}`;
const ALLOWED_PORT = Number(process.env['OBSERVATOIRES_E2E_EMBED_PORT'] ?? '0');

interface Collection {
  totals: { accidents: number };
  features: unknown[];
}

/** A partner's site: serves the page set for a path, on 127.0.0.1 at the port given (0: any free port). */
interface Partner {
  readonly origin: string;
  page(path: string, body: string): string;
  close(): Promise<void>;
}

async function partnerSite(port: number): Promise<Partner> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    response.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    page(path, body) {
      pages.set(
        path,
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site partenaire</title></head><body><h1>Site partenaire</h1>${body}</body></html>`,
      );
      return `${origin}${path}`;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const frameOf = (page: Page): Frame => page.frames().find((f) => f !== page.mainFrame())!;

let chromium: Chromium;
let page: Page;
let allowed: Partner | null = null;
let other: Partner;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage();
  if (ALLOWED_PORT > 0) allowed = await partnerSite(ALLOWED_PORT);
  other = await partnerSite(0);
});

afterAll(async () => {
  await allowed?.close();
  await other?.close();
  await chromium?.close();
});

/** A page of a partner opened in a browser context of its own, not watched: Chromium's refusals are its console errors. */
async function openRefused(url: string): Promise<{ frame: Frame; console: string[] }> {
  const context = await chromium.browser.newContext(DESKTOP);
  const refused = await context.newPage();
  const console: string[] = [];
  refused.on('console', (m: ConsoleMessage) => console.push(m.text()));
  await refused.goto(url, { waitUntil: 'load' });
  const frame = frameOf(refused);
  await refused.waitForFunction(() => document.readyState === 'complete');
  // The frame ends on Chromium's error page, with nothing of ours in it.
  await expect.poll(() => frame.url(), { timeout: 10_000 }).toBe('chrome-error://chromewebdata/');
  const content = await frame.content();
  await context.close();
  expect(content).not.toContain('accidents-count');
  return { frame, console };
}

describe('the embeddable accident map', () => {
  it.skipIf(ALLOWED_PORT === 0)('shows on a partner’s page of an allowed origin, with the API’s figures and no portal chrome', async () => {
    const expected = await api<Collection>(`/api/v1/mobilite/accidents?from=2020&to=2024&mode=velo&territory=${EPCI}`);
    expect(expected.totals.accidents).toBeGreaterThan(0);
    const src = `${BASE}/embed/mobilite/accidents?${STATE}`;
    await page.goto(allowed!.page('/carte.html', `<iframe src="${src.replaceAll('&', '&amp;')}" title="Accidents" width="100%" height="700"></iframe>`));
    const frame = frameOf(page);
    await frame.waitForSelector(`#accidents-count[data-accidents="${expected.totals.accidents}"]`, { timeout: 30_000 });
    expect(frame.url()).toBe(src);
    expect(await frame.locator('.site-header, .site-nav, .site-footer').count()).toBe(0);
    expect(await frame.locator('.breadcrumb').isVisible()).toBe(false);
    // The map loads as the reader nears it, in the frame too.
    await frame.locator('#accidents-map').scrollIntoViewIfNeeded();
    await frame.waitForSelector(`#accidents-map[data-drawn$="|${expected.features.length}"]`, { timeout: 30_000 });

    const link = frame.locator('a[data-embed-link]');
    expect(await link.getAttribute('href')).toBe(`${BASE}/mobilite/accidents?${STATE}`);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    expect(await link.textContent()).toContain('Voir sur l’observatoire');
    await shot(page, '11-mobilite-embed');
  });

  it.skipIf(ALLOWED_PORT === 0)('keeps its state in the frame’s URL, and the link to the full page follows it', async () => {
    const frame = frameOf(page);
    await frame.locator('select[name="from"]').scrollIntoViewIfNeeded();
    await frame.selectOption('select[name="from"]', '2022');
    await expect.poll(() => new URL(frame.url()).searchParams.get('from')).toBe('2022');
    expect(new URL(frame.url()).pathname).toBe('/embed/mobilite/accidents');
    const expected = await api<Collection>(`/api/v1/mobilite/accidents?from=2022&to=2024&mode=velo&territory=${EPCI}`);
    await frame.waitForSelector(`#accidents-count[data-accidents="${expected.totals.accidents}"]`);
    expect(await frame.locator('a[data-embed-link]').getAttribute('href')).toBe(`${BASE}/mobilite/accidents?from=2022&mode=velo&territory=${EPCI}`);
    expect(page.url()).toBe(`${allowed!.origin}/carte.html`);
  });

  it('is refused by Chromium on a partner’s page of an origin not listed', async () => {
    const src = `${BASE}/embed/mobilite/accidents?${STATE}`;
    const { console } = await openRefused(other.page('/refuse.html', `<iframe src="${src.replaceAll('&', '&amp;')}" title="Accidents"></iframe>`));
    expect(console.join('\n')).toMatch(/frame-ancestors/);
  });

  it.skipIf(ALLOWED_PORT === 0)('is refused for a page that is not an embed page, even on an allowed origin', async () => {
    for (const path of [`/mobilite/accidents?${STATE}`, '/', '/api/v1/observatories']) {
      const { console } = await openRefused(
        allowed!.page(`/plein${path.length}.html`, `<iframe src="${BASE}${path.replaceAll('&', '&amp;')}" title="Page"></iframe>`),
      );
      expect(console.join('\n'), path).toMatch(/frame-ancestors 'none'|X-Frame-Options/);
    }
  });

  it.skipIf(ALLOWED_PORT === 0)('gives, from the full page’s "Intégrer" dialog, the code that shows the same view on a partner’s page', async () => {
    await openSettled(page, `/mobilite/accidents?${STATE}`, '#accidents-count[data-accidents]');
    await page.click('[data-embed-open]');
    await page.waitForSelector('dialog[open]');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-embed-code'))).toBe(true);
    const code = await page.inputValue('[data-embed-code]');
    expect(code).toBe(
      `<iframe src="${BASE}/embed/mobilite/accidents?${STATE.replaceAll('&', '&amp;')}" title="Accidents de la route — Observatoires territoriaux de l’AULA" width="100%" height="700" style="border: 0" loading="lazy"></iframe>`,
    );
    await expectNoAxeViolations(page, 'the "Intégrer" dialog');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog[open]', { state: 'detached', timeout: 5_000 }).catch(() => undefined);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-embed-open'))).toBe(true);

    const expected = await api<Collection>(`/api/v1/mobilite/accidents?from=2020&to=2024&mode=velo&territory=${EPCI}`);
    await page.goto(allowed!.page('/colle.html', code));
    await frameOf(page).waitForSelector(`#accidents-count[data-accidents="${expected.totals.accidents}"]`, { timeout: 30_000 });
  });

  it.skipIf(ALLOWED_PORT === 0)('embeds the cycling network too, with its figures', async () => {
    await page.goto(
      allowed!.page(
        '/velo.html',
        `<iframe src="${BASE}/embed/mobilite/cyclable?territory=epci:246200364" title="Réseau cyclable" width="100%" height="600"></iframe>`,
      ),
    );
    const frame = frameOf(page);
    await frame.waitForSelector('[data-testid="types-table"]', { timeout: 30_000 });
    expect(await frame.locator('h1').textContent()).toContain('Réseau cyclable');
  });
});

describe('the embed page at the sizes of a frame', () => {
  for (const [width, height] of [
    [360, 500],
    [768, 700],
    [1200, 900],
  ] as const) {
    it(`fills a ${width} × ${height} frame without a horizontal scroll bar`, async () => {
      const sized = await chromium.newPage({ ...DESKTOP, viewport: { width, height } });
      await openSettled(sized, `/embed/mobilite/accidents?${STATE}`, '#accidents-count[data-accidents]');
      const { scroll, client, bar } = await sized.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        bar: document.querySelector('.embed-bar')?.getBoundingClientRect().height ?? 0,
      }));
      expect(scroll).toBeLessThanOrEqual(client);
      expect(bar).toBeGreaterThan(0);
      expect(bar).toBeLessThan(height / 5);
      await sized.context().close();
    });
  }
});

describe('accessibility and errors', () => {
  it('axe-core finds no violation on the embed page', async () => {
    await openSettled(page, `/embed/mobilite/accidents?${STATE}`, '#accidents-count[data-accidents]');
    await page.locator('#accidents-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('#accidents-map[data-drawn]', { timeout: 30_000 });
    await expectNoAxeViolations(page, 'the embed page of the accident map');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
