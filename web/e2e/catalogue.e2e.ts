/**
 * End-to-end, the technicians' data catalogue (issue 22) in Debian's Chromium against the real API (support.ts): a
 * technician finds a public dataset of indicators by its observatory's and its access's facets, opens its page (the
 * metadata, the preview's first rows), and its CSV and XLSX downloads answer 200; a layer's page shows its first
 * objects and its GeoJSON answers 200. Then axe on both pages, and no script error nor Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, BASE, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, shot, type Chromium } from './support';

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

interface Summary {
  id: string;
  title: string;
  kind: 'indicators' | 'layer';
  observatory: { slug: string; name: string };
}

/** A download's answer: asked for on BASE whatever host the API wrote in its absolute URLs. */
async function download(href: string): Promise<Response> {
  const url = new URL(href);
  return fetch(`${BASE}${url.pathname}${url.search}`);
}

async function linkOf(format: string): Promise<string> {
  const href = await page.getAttribute(`.downloads-list [data-format="${format}"] a`, 'href');
  expect(href, `a ${format} download`).toBeTruthy();
  return href!;
}

describe('the technicians’ data catalogue', () => {
  it('finds a public dataset by facets, opens its page, and its CSV and XLSX answer 200', async () => {
    const { items } = await api<{ items: Summary[] }>('/api/v1/datasets?access=public&limit=100');
    const dataset = items.find((d) => d.kind === 'indicators');
    expect(dataset, 'a public dataset of indicators').toBeDefined();

    await openSettled(page, '/donnees', '.dataset-result');
    await page.click(`[data-facet="observatory"] a[data-value="${dataset!.observatory.slug}"]`);
    await page.waitForSelector(`[data-facet="observatory"] a[aria-current="true"][data-value="${dataset!.observatory.slug}"]`);
    await page.click('[data-facet="access"] a[data-value="public"]');
    await page.waitForSelector('[data-facet="access"] a[aria-current="true"][data-value="public"]');
    const url = new URL(page.url());
    expect([url.searchParams.get('observatory'), url.searchParams.get('access')]).toEqual([dataset!.observatory.slug, 'public']);
    const result = page.locator(`.dataset-result[data-id="${dataset!.id}"] .dataset-result__title a`);
    await result.waitFor();
    expect(await page.textContent('.search-status')).toMatch(/trouvés?/);
    await shot(page, 'catalogue-recherche');

    await result.click();
    await page.waitForSelector('.preview-table tbody tr', { timeout: 30_000 });
    expect(await page.textContent('h1')).toBe(dataset!.title);
    expect(await page.textContent('#dataset-meta + dl')).toContain(dataset!.observatory.name);
    expect(await page.textContent('.citation__text')).toContain(`${BASE}/donnees/`);

    const csv = await download(await linkOf('CSV'));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const xlsx = await download(await linkOf('XLSX'));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    await shot(page, 'catalogue-jeu');
    await expectNoAxeViolations(page, 'a dataset’s page');
  });

  it('shows a layer’s first objects, and its GeoJSON answers 200', async () => {
    const { items } = await api<{ items: Summary[] }>('/api/v1/datasets?access=public&limit=100');
    const layer = items.find((d) => d.kind === 'layer');
    expect(layer, 'a public layer').toBeDefined();
    await openSettled(page, `/donnees/${layer!.id}`, '.preview-table tbody tr');
    const geojson = await download(await linkOf('GeoJSON'));
    expect(geojson.status).toBe(200);
    expect(await page.textContent('.recipes')).toContain('ogr2ogr');
    await expectNoAxeViolations(page, 'a layer’s page');
  });

  it('had no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
