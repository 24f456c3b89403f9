/**
 * End-to-end, Habitat: the three pages as the agency's housing officer checks them, in Debian's Chromium against the
 * real API (support.ts). The key figures of the CALL are the platform's series' latest values, against the
 * Pas-de-Calais; the prices by year and type are the prices route's, the distribution's bars its bars; a commune,
 * year and type the API says secret shows "secret statistique : moins de 11 ventes" and no number; the PLH's
 * objectives are the PLH route's. Then axe on each page, and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, plain, shot, type Chromium } from './support';

const CALL = 'epci:246200364';
const SECRET = 'secret statistique : moins de 11 ventes';

interface Series {
  indicator: { code: string };
  series: { territory: { id: string }; points: { period: string; value: number | null; status: string | null }[] }[];
}
interface PriceYear {
  year: number;
  status: string;
  count: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
}
interface Prices {
  territory: { name: string };
  to: number;
  series: { type: string; years: PriceYear[] }[];
}
interface Distribution {
  status: string;
  bins: { from: number | null; to: number | null; count: number }[];
}
interface Plh {
  summary: { objectives: number; onCourse: number };
  objectives: { code: string; statusLabel: string; done: number | null; expected: number | null }[];
}
interface TerritoryPage {
  items: { id: string; name: string; population: number }[];
}

let chromium: Chromium;
let page: Page;

beforeAll(async () => {
  chromium = await launchChromium();
  page = await chromium.newPage(DESKTOP);
});

afterAll(async () => {
  await chromium?.close();
});

const value = (selector: string): Promise<string | null> => page.locator(selector).first().getAttribute('data-value');

describe('the housing key figures', () => {
  it('shows the CALL’s latest figures as the series route gives them, against the Pas-de-Calais, and the construction', async () => {
    await openSettled(page, `/habitat?territory=${CALL}`, '.habitat-chart svg');
    for (const code of ['habitat.logements', 'habitat.taux_vacance', 'habitat.part_logements_sociaux', 'habitat.taille_menages']) {
      const answer = await api<Series>(`/api/v1/indicators/${code}/series?territories=${CALL},departement:62`);
      const own = answer.series.find((s) => s.territory.id === CALL)!;
      const latest = [...own.points].reverse().find((p) => p.value !== null)!;
      expect(await value(`[data-testid="${code}"]`)).toBe(String(latest.value));
      expect(await page.locator(`[data-testid="${code}"]`).getAttribute('data-period')).toBe(latest.period);
    }
    const authorised = await api<Series>(`/api/v1/indicators/habitat.logements_autorises/series?territories=${CALL}`);
    const last = authorised.series[0]!.points.at(-1)!;
    expect(await value(`[data-testid="Logements autorisés-${last.period}"]`)).toBe(String(last.value));
    expect(plain(await page.locator('h1').textContent())).toMatch(/Lens ?- ?Liévin/);
    await shot(page, 'habitat');
  });

  it('axe-core finds no violation on the key figures, the chart’s table open', async () => {
    await page.locator('details.alternative summary').first().click();
    await expectNoAxeViolations(page, 'the housing key figures');
  });
});

describe('the property prices', () => {
  it('shows the CALL’s medians and quartiles by year and type, and the distribution’s bars, as the API gives them', async () => {
    const prices = await api<Prices>(`/api/v1/habitat/prices/${CALL}`);
    const distribution = await api<Distribution>(`/api/v1/habitat/prices/${CALL}/distribution?year=${prices.to}&type=maison`);
    expect(distribution.status).toBe('published');
    await openSettled(page, `/habitat/prix?territory=${CALL}`, '[data-testid="distribution-median"]');
    for (const s of prices.series)
      for (const y of s.years.filter((c) => c.status === 'published')) {
        expect(await value(`[data-testid="price-${s.type}-${y.year}"]`)).toBe(String(y.median));
        expect(await value(`[data-testid="q1-${s.type}-${y.year}"]`)).toBe(String(y.q1));
        expect(await value(`[data-testid="q3-${s.type}-${y.year}"]`)).toBe(String(y.q3));
      }
    const bars = await page.locator('[data-testid^="bin-"]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
    expect(bars).toEqual(distribution.bins.map((b) => b.count));
    expect(await page.locator('.habitat-chart svg[role="img"]').count()).toBe(2);
    const csv = await page.locator('[data-testid="csv"]').getAttribute('href');
    expect((await fetch(new URL(csv!, page.url()))).headers.get('content-type')).toContain('text/csv');
    await shot(page, 'habitat-prix');
  });

  it('says "secret statistique" and shows no number for a small commune’s year and type the API says secret', async () => {
    const communes = await api<TerritoryPage>(`/api/v1/territories?level=commune&within=${CALL}&limit=1000`);
    const smallest = [...communes.items].sort((a, b) => a.population - b.population).slice(0, 10);
    let found: { commune: string; type: string; year: number } | null = null;
    for (const commune of smallest) {
      const prices = await api<Prices>(`/api/v1/habitat/prices/${commune.id}`);
      const secret = prices.series.flatMap((s) => s.years.filter((y) => y.status === 'secret').map((y) => ({ type: s.type, year: y.year })))[0];
      if (secret) {
        found = { commune: commune.id, ...secret };
        break;
      }
    }
    expect(found, 'a small commune of the CALL with a secret year').not.toBeNull();
    const { commune, type, year } = found!;
    const distribution = await api<Distribution>(`/api/v1/habitat/prices/${commune}/distribution?year=${year}&type=${type}`);
    expect(distribution.status).toBe('secret');
    await openSettled(page, `/habitat/prix?territory=${commune}&year=${year}&type=${type}`, '[data-testid="distribution-secret"]');
    const cell = page.locator(`[data-testid="price-${type}-${year}"]`);
    expect(plain(await cell.textContent())).toBe(SECRET);
    expect(await cell.getAttribute('data-value')).toBe('');
    expect(plain(await page.locator('[data-testid="distribution-secret"]').textContent())).toBe(SECRET);
    expect(await page.locator('[data-testid^="bin-"]').count()).toBe(0);
    await expectNoAxeViolations(page, 'the property prices of a small commune');
  });

  it('axe-core finds no violation on the CALL’s prices, the tables open', async () => {
    await openSettled(page, `/habitat/prix?territory=${CALL}`, '[data-testid="distribution-median"]');
    for (const summary of await page.locator('details.alternative summary').all()) await summary.click();
    await expectNoAxeViolations(page, 'the property prices');
  });
});

describe('the PLH follow-up', () => {
  it('shows each of the CALL’s objectives with the API’s figures and status, and its chart', async () => {
    const plh = await api<Plh>(`/api/v1/habitat/plh/${CALL}`);
    expect(plh.objectives.length).toBeGreaterThanOrEqual(4);
    await openSettled(page, '/habitat/plh', '.plh-cards[data-drawn]');
    expect(plain(await page.locator('[data-testid="summary"]').textContent())).toBe(
      `${plh.summary.onCourse} ${plh.summary.onCourse > 1 ? 'objectifs' : 'objectif'} sur ${plh.summary.objectives} dans la trajectoire`,
    );
    const cards = page.locator('.plh-card');
    expect(await cards.count()).toBe(plh.objectives.length);
    for (const [i, objective] of plh.objectives.entries()) {
      const card = cards.nth(i);
      expect(await card.getAttribute('data-code')).toBe(objective.code);
      expect(plain(await card.locator('[data-testid="status"]').textContent()).toLowerCase()).toBe(objective.statusLabel);
      expect(await card.locator('[data-testid="done"]').getAttribute('data-value')).toBe(String(objective.done ?? ''));
      expect(await card.locator('[data-testid="expected"]').getAttribute('data-value')).toBe(String(objective.expected ?? ''));
      await card.locator('[data-testid="chart"]').scrollIntoViewIfNeeded();
      expect(await card.locator('[data-testid="chart"] svg[role="img"]').count()).toBe(1);
    }
    await shot(page, 'habitat-plh');
  });

  it('axe-core finds no violation on the PLH follow-up, a table open', async () => {
    await page.locator('.plh-card details.alternative summary').first().click();
    await expectNoAxeViolations(page, 'the PLH follow-up');
  });

  it('logged no script error nor Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
