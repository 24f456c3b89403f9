/**
 * End-to-end, Emploi › démographie des entreprises: the page as the CABBALR's economic service checks it, in Debian's
 * Chromium against the real API (support.ts). The report's real figures (176 failures in 2023, 71.7 % survival in
 * its class 71.1–74 %) are on the page as the API gives them, the sectors most hit in the API's order, the failures
 * in base 100 drawn against the Pas-de-Calais with their table, the jobs in tension with the API's index; the year
 * and the territory are in the URL; the CABBALR against its similar EPCIs, whose members the agency changes on the page.
 * Then axe, and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_KEY, api, BASE, DESKTOP, expectNoAxeViolations, french, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const CABBALR = 'epci:200072460';
const PATH = `/emploi/entreprises?territory=${CABBALR}&year=2023`;

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

interface Demography {
  territory: { name: string };
  failures: { value: number };
  survival: { rate: number; classLabel: string };
  mostHitSectors: { sector: string; failures: number }[];
}
interface Tension {
  tensionIndex: number;
}
interface PeerGroup {
  id: string;
  eTag: string;
  members: { id: string; name: string }[];
}
interface Comparison {
  territory: { value: number };
  references: { territory: { id: string }; value: number; members: { territory: { id: string; name: string }; value: number }[] }[];
}

const GROUP = 'groupement:pairs-cabbalr';
const survivalAgainstPeers = (): Promise<Comparison> =>
  api<Comparison>(`/api/v1/indicators/emploi.survie_5_ans/compare?territory=${CABBALR}&references=${GROUP}&period=2023`);

/** Puts the group's members back as they were, whatever the test did (the agency's key, the current version). */
async function restoreMembers(members: string[]): Promise<void> {
  const group = await api<PeerGroup>(`/api/v1/peer-groups/${GROUP}`);
  const response = await fetch(`${BASE}/api/v1/peer-groups/${GROUP}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${AGENCY_KEY}`, 'Content-Type': 'application/json', 'If-Match': group.eTag },
    body: JSON.stringify({ members }),
  });
  expect(response.status).toBe(200);
}

describe('the business demography page', () => {
  it('shows the CABBALR’s real 2023 figures, its sectors most hit and its jobs in tension as the API gives them', async () => {
    const demography = await api<Demography>(`/api/v1/emploi/demography/${CABBALR}?year=2023`);
    const tension = await api<Tension>(`/api/v1/emploi/tension/${CABBALR}?year=2023`);
    expect(demography.failures.value).toBe(176);
    expect(demography.survival.rate).toBe(71.7);

    await openSettled(page, PATH, '[data-testid="tension-index"]');
    expect(plain(await page.locator('h1').textContent())).toBe(`Démographie des entreprises — ${demography.territory.name}`);
    expect(plain(await page.locator('[data-testid="failures"]').textContent())).toBe('176');
    expect(plain(await page.locator('[data-testid="failures"] + ul').textContent())).toContain('valeur réelle');
    expect(plain(await page.locator('[data-testid="survival"]').textContent())).toBe(`${french(71.7, 1)} %`);
    expect(plain(await page.locator('.entreprises-class--current').textContent())).toContain(demography.survival.classLabel);
    const ranked = await page
      .locator('[data-testid^="sector-"]')
      .evaluateAll((cells) => cells.map((c) => [c.getAttribute('data-testid'), c.getAttribute('data-value')]));
    expect(ranked).toEqual(demography.mostHitSectors.map((s) => [`sector-${s.sector}`, String(s.failures)]));
    expect(Number(await page.getAttribute('[data-testid="tension-index"]', 'data-value'))).toBe(tension.tensionIndex);
    expect(await page.inputValue('select[name="year"]')).toBe('2023');

    // The base-100 chart of the territory and the département, and its table.
    await page.locator('.entreprises-chart').scrollIntoViewIfNeeded();
    await page.waitForSelector('.entreprises-chart svg', { timeout: 30_000 });
    const header = await page.locator('#entreprises-index-title ~ div details table thead th').allTextContents();
    expect(header.map(plain)).toContain('Pas-de-Calais (base 100)');
    await shot(page, 'emploi-entreprises');
  });

  it('keeps the year and the territory in the URL through another year and a reload', async () => {
    await openSettled(page, PATH, '[data-testid="tension-index"]');
    await page.selectOption('select[name="year"]', '2022');
    await page.waitForURL(/year=2022/);
    await page.waitForFunction(() => document.querySelector('[data-testid="failures"]')?.closest('li')?.textContent?.includes('2022'));
    const failures2022 = (await api<Demography>(`/api/v1/emploi/demography/${CABBALR}?year=2022`)).failures.value;
    await page.reload();
    await page.waitForSelector('[data-testid="tension-index"]', { timeout: 30_000 });
    expect(Number(await page.getAttribute('[data-testid="failures"]', 'data-value'))).toBe(failures2022);
    await page.goBack();
    await page.waitForURL(/year=2023/);
  });

  it('compares the CABBALR with its similar EPCIs, naming them, with the group’s rate recomputed by the API', async () => {
    const group = await api<PeerGroup>(`/api/v1/peer-groups/${GROUP}`);
    const comparison = await survivalAgainstPeers();
    await openSettled(page, PATH, '[data-testid="peer-group-members"]');
    const sentence = plain(await page.locator('[data-testid="peer-group-members"]').textContent());
    for (const member of group.members) expect(sentence).toContain(member.name);
    const values = Object.fromEntries(
      await page.locator('.peers-table tbody tr').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-territory'), r.getAttribute('data-value')])),
    );
    const reference = comparison.references[0]!;
    expect(Number(values[CABBALR])).toBe(comparison.territory.value);
    expect(Number(values[GROUP])).toBe(reference.value);
    for (const member of reference.members) expect(Number(values[member.territory.id])).toBe(member.value);
    expect(await page.locator('[data-action="edit-peers"]').count()).toBe(0);
  });

  it('lets the agency replace a peer with another EPCI of the Hauts-de-France, and the comparison follows', async () => {
    expect(AGENCY_KEY, 'OBSERVATOIRES_E2E_AGENCY_KEY (set by ./observatoires test)').not.toBe('');
    const before = await api<PeerGroup>(`/api/v1/peer-groups/${GROUP}`);
    const arras = before.members.find((m) => m.name.includes('Arras'))!;
    const agency = await chromium.newPage(DESKTOP);
    try {
      await openSettled(agency, `/connexion?next=${encodeURIComponent(PATH)}`, 'input[name="apiKey"]');
      await agency.fill('input[name="apiKey"]', AGENCY_KEY);
      await agency.click('form.sign-in__form button[type="submit"]');
      await agency.waitForSelector('[data-action="edit-peers"]', { timeout: 30_000 });
      await agency.click('[data-action="edit-peers"]');
      await agency.waitForSelector('dialog[open] input[type="checkbox"]');
      await agency.uncheck(`dialog input[value="${arras.id}"]`);
      await agency.fill('dialog input[type="search"]', 'amiens');
      await agency.check('dialog input[value="epci:248000531"]');
      await shot(agency, 'emploi-entreprises-peers-editor');
      await agency.click('[data-action="save-peers"]');
      await agency.waitForFunction(() => document.querySelector('[data-testid="peer-group-members"]')?.textContent?.includes('Amiens'), null, {
        timeout: 30_000,
      });

      const after = await api<PeerGroup>(`/api/v1/peer-groups/${GROUP}`);
      expect(after.members.map((m) => m.id).sort()).toEqual([...before.members.filter((m) => m.id !== arras.id).map((m) => m.id), 'epci:248000531'].sort());
      expect(plain(await agency.locator('[data-testid="peer-group-members"]').textContent())).not.toContain('Arras');
      const comparison = await survivalAgainstPeers();
      expect(Number(await agency.getAttribute(`tr[data-territory="${GROUP}"]`, 'data-value'))).toBe(comparison.references[0]!.value);
    } finally {
      await agency.close();
      await restoreMembers(before.members.map((m) => m.id));
    }
  });

  it('axe-core finds no violation on the page, its chart and its tables', async () => {
    await openSettled(page, PATH, '[data-testid="tension-index"]');
    await page.locator('.entreprises-chart').scrollIntoViewIfNeeded();
    await page.waitForSelector('.entreprises-chart svg', { timeout: 30_000 });
    await page.click('details.alternative summary');
    await expectNoAxeViolations(page, 'the business demography page');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
