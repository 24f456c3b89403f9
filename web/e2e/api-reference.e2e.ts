/**
 * End-to-end, the API reference (Scalar, served by the API at /scalar/) in Debian's Chromium: it loads nothing from
 * outside our origin (no font from the vendor's CDN, no telemetry), so the Content-Security-Policy blocks nothing and
 * the console stays clean, and it shows none of the vendor's services (AI chat, deploy, SDK generation).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, launchChromium, type Chromium } from './support';

let chromium: Chromium;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage();
  page.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await chromium?.close();
});

describe('the API reference (/scalar/)', () => {
  it('shows the API’s operations', async () => {
    await page.goto(`${BASE}/scalar/`);
    await page.getByRole('heading', { name: 'Observatoires API' }).first().waitFor({ timeout: 30_000 });
    // Down the page: more of it drawn (operations, code samples), in every font it uses.
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(200);
    }
    await page.waitForLoadState('networkidle');
    expect(requests).toContain(`${BASE}/openapi/v1.json`);
  });

  it('asks nothing from outside our origin', () => {
    expect(requests.filter((url) => !url.startsWith(`${BASE}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  });

  it('shows none of the vendor’s services', async () => {
    for (const name of [/ask ai/i, /deploy/i, /generate sdk/i, /developer tools/i]) {
      expect(await page.getByRole('button', { name }).count(), String(name)).toBe(0);
      expect(await page.getByRole('link', { name }).count(), String(name)).toBe(0);
    }
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
