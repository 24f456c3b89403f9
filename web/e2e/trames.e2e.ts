/**
 * End-to-end, Trames écologiques: the networks' page in Debian's Chromium against the real API (support.ts), with two
 * keys — the CALL's partner editor (OBSERVATOIRES_E2E_OTHER_EDITOR_KEY, scope epci:246200364) and the agency's
 * (OBSERVATOIRES_E2E_AGENCY_KEY). The partner proposes a corridor, the agency accepts it and it is in the layer (read
 * through the API); the partner proposes another, the agency rejects it with a reason that the partner then reads.
 * The corridor added is removed again through the API at the end, so that the demo state is what it was.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_KEY, api, BASE, expectNoAxeViolations, launchChromium, openSettled, OTHER_EDITOR_KEY, plain, shot, type Chromium } from './support';

const PARTNER_KEY = OTHER_EDITOR_KEY; // the CALL's partner editor

interface Items {
  numberMatched: number;
  features: { id: number; geometry: { type: string; coordinates: number[][][][] }; properties: { name: string } }[];
}

let chromium: Chromium;
let line = '';
const stamp = Date.now().toString(36);
const accepted = `Haie des écoles ${stamp}`;
const rejected = `Fossé du stade ${stamp}`;

/** A short line around the middle of a reservoir of the green network: inside the CALL, in the partner's scope. */
beforeAll(async () => {
  chromium = await launchChromium();
  const reservoirs = await api<Items>('/ogc/collections/trames-verte-reservoirs/items?limit=1');
  const ring = reservoirs.features[0]!.geometry.coordinates[0]![0]!;
  const lon = ring.reduce((a, p) => a + p[0]!, 0) / ring.length;
  const lat = ring.reduce((a, p) => a + p[1]!, 0) / ring.length;
  line = JSON.stringify({
    type: 'LineString',
    coordinates: [
      [lon - 0.0008, lat],
      [lon + 0.0008, lat + 0.0003],
    ],
  });
});

afterAll(async () => {
  await chromium?.close();
});

/** The page, with its list of elements loaded (the list is the map's alternative, folded under it). */
async function open(page: Page): Promise<void> {
  await openSettled(page, '/trames', 'fieldset.trames-toggles');
  await page.waitForSelector('[data-testid="elements-table"] tbody tr', { state: 'attached', timeout: 30_000 });
}

async function signIn(page: Page, key: string): Promise<void> {
  const back = new URL(page.url());
  await page.click('a.session__in');
  await page.waitForURL('**/connexion?next=**');
  await page.locator('input[name="apiKey"]').fill(key);
  await page.click('form.sign-in__form button[type="submit"]');
  await page.waitForURL((url) => url.pathname === back.pathname);
  await page.waitForSelector('[data-identity]');
}

async function propose(page: Page, name: string): Promise<number> {
  await page.selectOption('select[name="action"]', 'add');
  await page.selectOption('select[name="network"]', 'verte');
  await page.selectOption('select[name="kind"]', 'corridor');
  await page.fill('#trames-name', name);
  await page.selectOption('select[name="status"]', 'a_creer');
  await page.fill('#trames-geometry', line);
  await page.fill('#trames-comment', 'Haie plantée par la commune en 2025.');
  await page.click('form.trames-form button[type="submit"]');
  const status = page.locator('.trames-form__status');
  await expect.poll(async () => plain(await status.textContent()), { timeout: 15_000 }).toMatch(/^Demande n° \d+ envoyée/);
  return Number(/n° (\d+)/.exec((await status.textContent()) ?? '')![1]);
}

async function byName(name: string): Promise<Items> {
  return api<Items>(`/ogc/collections/trames-verte-corridors/items?name=${encodeURIComponent(name)}`);
}

async function call<T>(method: string, path: string, key: string, body: unknown, ifMatch?: string): Promise<{ body: T; etag: string | null }> {
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${await response.text()}`);
  return { body: (await response.json()) as T, etag: response.headers.get('ETag') };
}

describe('the networks of the CALL', () => {
  it('shows the four networks on the map with their legend and the list, and hides one from the toggles', async () => {
    const page = await chromium.newPage();
    await open(page);
    await page.locator('#trames-map').scrollIntoViewIfNeeded();
    await page.waitForSelector('#trames-map[data-drawn]', { timeout: 30_000 });
    const rows = await page.locator('[data-testid="elements-table"] tbody tr').count();
    expect(rows).toBeGreaterThan(5);
    await page.getByLabel('Trame noire').uncheck();
    await expect.poll(() => page.url()).toContain('masquer=noire');
    expect(await page.locator('[data-testid="elements-table"] tbody tr').count()).toBeLessThan(rows);
    expect(await page.locator('text=Connectez-vous avec votre clé d’éditeur').count()).toBe(1);
    await expectNoAxeViolations(page, 'trames');
    await shot(page, 'trames-01-carte');
    expect(chromium.problems).toEqual([]);
  });

  describe.skipIf(!PARTNER_KEY || !AGENCY_KEY)('with the CALL partner and the agency', () => {
    it('takes a proposal to its integration in the layer, and another to its rejection with the reason shown to the partner', async () => {
      const partner = await chromium.newPage();
      await open(partner);
      await signIn(partner, PARTNER_KEY);
      await partner.waitForSelector('form.trames-form');
      const first = await propose(partner, accepted);
      const second = await propose(partner, rejected);
      const mine = partner.locator('[data-testid="my-requests"]');
      await expect.poll(async () => mine.locator(`[data-request="${String(second)}"]`).count(), { timeout: 15_000 }).toBe(1);
      expect(await mine.locator(`[data-request="${String(first)}"]`).getAttribute('data-state')).toBe('pending');
      await shot(partner, 'trames-02-demandes-partenaire');
      expect((await byName(accepted)).numberMatched).toBe(0);

      const agency = await chromium.newPage();
      await open(agency);
      await signIn(agency, AGENCY_KEY);
      const queue = agency.locator('[data-testid="review-queue"]');
      await queue.locator(`[data-request="${String(first)}"]`).waitFor();
      await queue.locator(`[data-request="${String(first)}"] button[data-decision="accept"]`).click();
      await expect
        .poll(async () => plain(await agency.locator('section[aria-labelledby="trames-examen"] .trames-requests__status').textContent()), { timeout: 15_000 })
        .toContain(`n° ${String(first)} acceptée`);
      const integrated = await byName(accepted);
      expect(integrated.numberMatched).toBe(1);

      const rejection = queue.locator(`[data-request="${String(second)}"]`);
      await rejection.locator('button[data-decision="reject"]').click();
      expect(plain(await rejection.locator('.field-error').textContent())).toContain('Un rejet doit être motivé');
      await rejection.locator('textarea[name="reason"]').fill('Ce fossé est déjà dans la trame bleue.');
      await rejection.locator('button[data-decision="reject"]').click();
      await expect
        .poll(async () => plain(await agency.locator('section[aria-labelledby="trames-examen"] .trames-requests__status').textContent()), { timeout: 15_000 })
        .toContain(`n° ${String(second)} rejetée`);
      await shot(agency, 'trames-03-file-examen');
      expect((await byName(rejected)).numberMatched).toBe(0);

      await partner.reload();
      await partner.waitForSelector(`[data-testid="my-requests"] [data-request="${String(second)}"]`);
      const mineNow = partner.locator('[data-testid="my-requests"]');
      expect(await mineNow.locator(`[data-request="${String(first)}"]`).getAttribute('data-state')).toBe('accepted');
      expect(plain(await mineNow.locator(`[data-request="${String(second)}"]`).textContent())).toContain(
        'Rejetée — motif : Ce fossé est déjà dans la trame bleue.',
      );
      await expectNoAxeViolations(partner, 'trames-partenaire');
      await shot(partner, 'trames-04-rejet-motive');
      expect(chromium.problems).toEqual([]);

      // Back to the demo state: the corridor added is removed (its history keeps it).
      const removal = await call<{ id: number }>('POST', '/api/v1/trames/change-requests', AGENCY_KEY, {
        action: 'remove',
        elementId: integrated.features[0]!.id,
        comment: 'Nettoyage du test de bout en bout',
      });
      await call('POST', `/api/v1/trames/change-requests/${String(removal.body.id)}/review`, AGENCY_KEY, { decision: 'accept' }, removal.etag!);
      expect((await byName(accepted)).numberMatched).toBe(0);
    });
  });
});
