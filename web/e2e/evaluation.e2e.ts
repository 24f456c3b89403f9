/**
 * End-to-end, Évaluation des projets de territoire, in Debian's Chromium against the real API (support.ts): the
 * projects' list and a project's dashboard show the API's scores (project, axes, actions) and each indicator's status,
 * T0, target and latest value; each indicator with a series has its chart with the dashed path to its target; the CSV
 * link answers the same indicators. Then axe on both pages, and no script error or Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, BASE, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, plain, shot, type Chromium } from './support';

interface Indicator {
  code: string;
  status: string;
  statusLabel: string;
  t0: { value: number | null };
  target: { value: number | null };
  latest: { value: number } | null;
  series: unknown[];
}
interface Action {
  code: string;
  score: number | null;
  indicators: Indicator[];
}
interface Axis {
  code: string;
  score: number | null;
  actions: Action[];
}
interface Project {
  id: string;
  score: number | null;
  summary: { indicators: number; onCourse: number };
  axes: Axis[];
}
interface Projects {
  items: { id: string; score: number | null; axes: { code: string; score: number | null }[] }[];
}

const PROJECT = 'cabbalr-projet-de-territoire';
const READY = '.evaluation-dashboard[data-loaded]';

/** The charts come once the axes near the screen: scroll there, then wait for them. */
async function chartsDrawn(): Promise<void> {
  await page.locator('.evaluation-axis').first().scrollIntoViewIfNeeded();
  await page.waitForSelector('.evaluation-dashboard[data-drawn]');
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

const share = (score: number | null): string => (score === null ? 'sans score' : `${Math.round(score * 100)} %`);

describe('the evaluation of territorial projects', () => {
  it('lists the projects with the API’s scores', async () => {
    const projects = await api<Projects>('/api/v1/evaluation/projects');
    expect(projects.items.length).toBeGreaterThanOrEqual(3);
    await openSettled(page, '/evaluation', '.evaluation-project');
    const cards = page.locator('.evaluation-project');
    expect(await cards.count()).toBe(projects.items.length);
    for (const [i, project] of projects.items.entries()) {
      const card = cards.nth(i);
      expect(await card.getAttribute('data-id')).toBe(project.id);
      expect(await card.locator('[data-testid="project-score"]').getAttribute('data-value')).toBe(String(project.score ?? ''));
      expect(plain(await card.locator('[data-testid="project-score"]').textContent())).toBe(share(project.score));
      expect(await card.locator('[data-testid="axis-score"]').evaluateAll((e) => e.map((x) => x.getAttribute('data-value')))).toEqual(
        project.axes.map((a) => String(a.score ?? '')),
      );
    }
    await shot(page, 'evaluation');
  });

  it('shows a project’s dashboard with the API’s scores, statuses and figures, a chart per series, and its CSV', async () => {
    const project = await api<Project>(`/api/v1/evaluation/projects/${PROJECT}`);
    await page.locator(`.evaluation-project[data-id="${PROJECT}"] h2 a`).click();
    await page.waitForURL((url) => url.pathname === '/evaluation/projet' && url.searchParams.get('id') === PROJECT);
    await page.waitForSelector(READY);
    await chartsDrawn();
    expect(await page.locator('.block [data-testid="project-score"]').getAttribute('data-value')).toBe(String(project.score ?? ''));
    expect(plain(await page.locator('[data-testid="summary"]').textContent())).toBe(
      `${project.summary.onCourse} indicateur${project.summary.onCourse > 1 ? 's' : ''} sur ${project.summary.indicators} dans la trajectoire`,
    );
    for (const axis of project.axes) {
      const bar = page.locator(`.evaluation-axis-bar[data-code="${axis.code}"]`);
      expect(await bar.locator('[data-testid="axis-score"]').getAttribute('data-value')).toBe(String(axis.score ?? ''));
      for (const action of axis.actions) {
        expect(await bar.locator(`li[data-code="${action.code}"] [data-testid="action-bar"]`).getAttribute('data-value')).toBe(String(action.score ?? ''));
        const block = page.locator(`section.evaluation-action[data-code="${action.code}"]`);
        expect(await block.locator('[data-testid="action-score"]').getAttribute('data-value')).toBe(String(action.score ?? ''));
        for (const indicator of action.indicators) {
          const card = block.locator(`.evaluation-indicator[data-code="${indicator.code}"]`);
          expect(await card.getAttribute('data-status')).toBe(indicator.status);
          expect(plain(await card.locator('[data-testid="status"]').textContent()).toLowerCase()).toContain(indicator.statusLabel);
          expect(await card.locator('[data-testid="t0"]').getAttribute('data-value')).toBe(String(indicator.t0.value ?? ''));
          expect(await card.locator('[data-testid="target"]').getAttribute('data-value')).toBe(String(indicator.target.value ?? ''));
          expect(await card.locator('[data-testid="latest"]').getAttribute('data-value')).toBe(String(indicator.latest?.value ?? ''));
          if (indicator.series.length > 0) {
            await card.locator('[data-testid="chart"]').scrollIntoViewIfNeeded();
            expect(await card.locator('[data-testid="chart"] svg[role="img"]').count()).toBe(1);
            if (indicator.t0.value !== null && indicator.target.value !== null)
              expect(await card.locator('[data-testid="chart"] [stroke-dasharray="6 4"]').count()).toBe(1);
          }
        }
      }
    }
    const csvHref = await page.locator('[data-testid="csv"]').getAttribute('href');
    const csv = await (await fetch(new URL(csvHref!, BASE))).text();
    const rows = csv.trim().split('\n');
    expect(rows.length - 1).toBe(project.summary.indicators);
    await shot(page, 'evaluation-projet');
  });

  it('axe-core finds no violation on the list and on a dashboard, a table open', async () => {
    await openSettled(page, '/evaluation', '.evaluation-project');
    await expectNoAxeViolations(page, 'the evaluated projects');
    await openSettled(page, `/evaluation/projet?id=${PROJECT}`, READY);
    await chartsDrawn();
    await page.locator('.evaluation-indicator details.alternative summary').first().click();
    await expectNoAxeViolations(page, 'a project’s evaluation');
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
