/**
 * End-to-end, Énergie: the Toile énergétique® as its users check it, in Debian's Chromium against the real API
 * (support.ts). Anonymously: the large sites' share and the flows table equal the API's, the map is drawn, the sites
 * are anonymised, a node's neighbourhood opens from the table and the synergies follow the distance in the URL. A
 * partner of the CABBALR who signs in (the editor key the script creates) sees its own sites by name, the others
 * anonymised. axe-core finds no violation; no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, BASE, DESKTOP, EDITOR_KEY, expectNoAxeViolations, launchChromium, openSettled, plain, shot, type Chromium } from './support';

interface Toile {
  nodes: { id: number; kind: string; label: string; name: string | null; anonymised: boolean }[];
  edges: { id: number }[];
  totals: { largeSites: number; largeSitesShare: number | null; anonymisedSites: number };
}
interface Synergies {
  items: { source: { id: number }; demand: { id: number } }[];
}

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage({ ...DESKTOP });
});

afterAll(async () => {
  await chromium?.close();
});

describe('the Toile énergétique®', () => {
  it('shows the API’s share and flows, the map drawn, the sites anonymised for the public', async () => {
    const toile = await api<Toile>('/api/v1/energie/toile');
    await openSettled(page, '/energie/toile', '[data-testid="share-sentence"]');
    expect(plain(await page.locator('[data-testid="large-sites"]').textContent())).toContain(String(toile.totals.largeSites));
    if (toile.totals.largeSitesShare !== null)
      expect(plain(await page.locator('[data-testid="share"]').textContent())).toContain(`${String(toile.totals.largeSitesShare).replace('.', ',')} %`);
    await page.waitForSelector(`#toile-map[data-drawn="${toile.nodes.length}|${toile.edges.length}"]`, { timeout: 20_000 });
    expect(await page.locator('[data-edge]').count()).toBe(Math.min(25, toile.edges.length));
    expect(toile.totals.anonymisedSites).toBe(toile.nodes.filter((n) => n.kind === 'consommateur').length);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('Aperam');
    expect(text).toContain('Site industriel : métallurgie');
    await shot(page, 'energie-toile-01-public');
  });

  it('opens a heat network’s neighbourhood from the table, and the synergies follow the distance in the URL', async () => {
    const toile = await api<Toile>('/api/v1/energie/toile');
    const network = toile.nodes.find((n) => n.label === 'Réseau de chaleur de Lens')!;
    await page.locator('details.alternative summary').first().click();
    await page.locator(`[data-edge] button[data-node="${network.id}"]`).first().click();
    await page.waitForSelector(`.toile-node[data-node="${network.id}"]`);
    expect(new URL(page.url()).searchParams.get('node')).toBe(String(network.id));
    expect(plain(await page.locator('.toile-node h3').textContent())).toBe('Réseau de chaleur de Lens');

    await page.selectOption('select[name="distance"]', '30');
    await page.waitForURL((url) => url.searchParams.get('distance') === '30');
    const synergies = await api<Synergies>('/api/v1/energie/toile/synergies?maxDistanceKm=30');
    await page.waitForFunction((count) => document.querySelectorAll('[data-pair]').length === count, Math.min(25, synergies.items.length));
    const first = synergies.items[0]!;
    expect(await page.locator('[data-pair]').first().getAttribute('data-pair')).toBe(`${first.source.id}-${first.demand.id}`);
  });

  it.skipIf(!EDITOR_KEY)('shows a partner of the CABBALR its own sites by name after it signs in, the others anonymised', async () => {
    const partner = await chromium.newPage({ ...DESKTOP });
    await partner.goto(`${BASE}/energie/toile`);
    await partner.click('a.session__in');
    await partner.waitForURL('**/connexion?next=**');
    await partner.locator('input[name="apiKey"]').fill(EDITOR_KEY);
    await partner.click('form.sign-in__form button[type="submit"]');
    await partner.waitForURL((url) => url.pathname === '/energie/toile');
    await partner.waitForSelector('[data-testid="session"]:has-text("Connecté")');
    await partner.locator('details.alternative summary').first().click();
    await partner.waitForFunction(() => document.querySelector('main')?.textContent?.includes('Aperam Stainless France') === true);
    expect(plain(await partner.locator('[data-testid="session"]').textContent())).toMatch(/\d+ sites? anonymisés? pour vous/);
    await shot(partner, 'energie-toile-02-partner');
    await partner.close();
  });

  it('axe-core finds no violation on the Toile, with its map, tables and a node open', async () => {
    const toile = await api<Toile>('/api/v1/energie/toile');
    await openSettled(page, `/energie/toile?node=${toile.nodes[0]!.id}`, `.toile-node[data-node="${toile.nodes[0]!.id}"]`);
    await page.waitForSelector('#toile-map[data-drawn]', { timeout: 20_000 });
    await page.waitForSelector('[data-pair]');
    await expectNoAxeViolations(page, 'the Toile énergétique®');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
