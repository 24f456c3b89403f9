/**
 * End-to-end, Évaluation des projets de territoire, in Debian's Chromium against the real API (support.ts): the
 * projects' list and a project's dashboard show the API's scores (project, axes, actions) and each indicator's status,
 * T0, target and latest value; each indicator with a series has its chart with the dashed path to its target; the CSV
 * link answers the same indicators; the portal card counts the projects. Then the agency's editing: a visitor sees no
 * edit button; the agency's key creates a project of its own (the demo projects stay as they are), adds an axis, an
 * action, a catalogue indicator found by a search and an entered series, changes a weight, and the scores shown are the
 * API's (and a hand computation); then deletes it. Then axe on the pages and on a dialog, and no script error or
 * Content-Security-Policy violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_KEY, api, BASE, DESKTOP, expectNoAxeViolations, launchChromium, openSettled, plain, shot, type Chromium } from './support';

interface Indicator {
  code: string;
  progress: number | null;
  weight: number;
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
  etag: string;
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

  it('counts the projects on the portal card', async () => {
    const projects = await api<Projects>('/api/v1/evaluation/projects');
    await openSettled(page, '/', '.card[data-observatory="evaluation"]');
    await page.waitForFunction(() =>
      /projets? suivis?/.test(document.querySelector('.card[data-observatory="evaluation"] [data-testid="card-count"]')?.textContent ?? ''),
    );
    expect(plain(await page.locator('.card[data-observatory="evaluation"] [data-testid="card-count"]').textContent())).toBe(
      `${projects.items.length} projet${projects.items.length > 1 ? 's suivis' : ' suivi'}`,
    );
  });

  it('offers a visitor no edit button', async () => {
    await openSettled(page, `/evaluation/projet?id=${PROJECT}`, READY);
    expect(await page.locator('[data-edit]').count()).toBe(0);
    await openSettled(page, '/evaluation', '.evaluation-project');
    expect(await page.locator('[data-edit]').count()).toBe(0);
  });

  it('lets the agency build a project, add an indicator, enter a series and change a weight: the scores shown are the API’s', async () => {
    expect(AGENCY_KEY, 'OBSERVATOIRES_E2E_AGENCY_KEY (set by ./observatoires test)').not.toBe('');
    const id = `e2e-${Date.now()}`;
    const agency = await chromium.newPage(DESKTOP);
    const dialog = 'dialog[open]';
    const save = async (): Promise<void> => {
      await agency.click(`${dialog} [data-action="save"]`);
      await agency.waitForSelector(dialog, { state: 'detached', timeout: 30_000 });
    };
    const version = async (): Promise<string> => (await agency.locator('.evaluation-dashboard').getAttribute('data-version')) ?? '';
    const saved = async (before: string): Promise<void> => {
      await agency.waitForFunction((v) => document.querySelector('.evaluation-dashboard')?.getAttribute('data-version') !== v, before);
    };
    try {
      await openSettled(agency, `/connexion?next=${encodeURIComponent('/evaluation')}`, 'input[name="apiKey"]');
      await agency.fill('input[name="apiKey"]', AGENCY_KEY);
      await agency.click('form.sign-in__form button[type="submit"]');
      await agency.waitForSelector('[data-edit="project-new"]', { timeout: 30_000 });

      await agency.click('[data-edit="project-new"]');
      await agency.waitForSelector(`${dialog} input[name="title"]`);
      await agency.fill(`${dialog} input[name="title"]`, 'Projet de test de bout en bout');
      expect(await agency.inputValue(`${dialog} input[name="id"]`)).toBe('projet-de-test-de-bout-en-bout');
      await agency.fill(`${dialog} input[name="id"]`, id);
      await agency.selectOption(`${dialog} select[name="territory"]`, 'epci:200072460');
      await agency.fill(`${dialog} input[name="startYear"]`, '2022');
      await agency.fill(`${dialog} input[name="endYear"]`, '2030');
      await save();
      await agency.waitForSelector(`.evaluation-dashboard[data-loaded="${id}"]`, { timeout: 30_000 });

      await agency.click('[data-edit="axis-new"]');
      await agency.fill(`${dialog} input[name="title"]`, 'Emploi');
      await save();
      await agency.click('[data-edit="action-new-emploi"]');
      await agency.fill(`${dialog} input[name="title"]`, 'Développer l’emploi');
      await save();

      // A catalogue indicator, found by a search; its T0 (2022) is read from the catalogue's series.
      await agency.click('[data-edit="indicator-new-developper-l-emploi"]');
      await agency.fill(`${dialog} input[name="label"]`, 'Salariés du privé');
      await agency.fill(`${dialog} input[type="search"]`, 'salariés');
      await agency.check(`${dialog} input[type="radio"][value="emploi.salaries_prives"]`, { timeout: 30_000 });
      await agency.fill(`${dialog} input[name="targetValue"]`, '52000');
      await shot(agency, 'evaluation-indicator-dialog');
      await expectNoAxeViolations(agency, 'the indicator dialog');
      await save();
      await agency.waitForSelector('.evaluation-indicator[data-code="salaries-du-prive"]');

      // An entered series: a wrong line is said before anything is sent, then the series is saved.
      await agency.click('[data-edit="indicator-new-developper-l-emploi"]');
      await agency.fill(`${dialog} input[name="label"]`, 'Cantines approvisionnées en local');
      await agency.check(`${dialog} input[type="radio"][value="entered"]`);
      await agency.fill(`${dialog} input[name="unit"]`, 'cantines');
      await agency.fill(`${dialog} input[name="targetValue"]`, '20');
      await save();
      await agency.click('[data-edit="series-cantines-approvisionnees-en-local"]');
      await agency.fill(`${dialog} textarea[name="values"]`, '2022 : 10\n2024 : dix-huit');
      await agency.click(`${dialog} [data-action="save"]`);
      expect(plain(await agency.locator(`${dialog} .field__error:not([hidden])`).textContent())).toContain('Ligne 2');
      await agency.fill(`${dialog} textarea[name="values"]`, '2022 : 10\n2024 : 18');
      await save();
      await agency.waitForSelector('.evaluation-indicator[data-code="cantines-approvisionnees-en-local"][data-status="ahead"]');

      const scoresMatch = async (): Promise<Project> => {
        const project = await api<Project>(`/api/v1/evaluation/projects/${id}`);
        const action = project.axes[0]!.actions[0]!;
        expect(await agency.locator('section.evaluation-action[data-code="developper-l-emploi"] [data-testid="action-score"]').getAttribute('data-value')).toBe(
          String(action.score),
        );
        expect(await agency.locator('.block [data-testid="project-score"]').getAttribute('data-value')).toBe(String(project.score));
        return project;
      };
      const before = await scoresMatch();
      const [jobs, canteens] = before.axes[0]!.actions[0]!.indicators;
      // (18 − 10) ÷ (20 − 10) = 0.8 of the way; the two weigh 1 each (the API rounds scores to 6 decimals).
      expect(canteens!.progress).toBeCloseTo(0.8, 10);
      expect(before.axes[0]!.actions[0]!.score).toBeCloseTo((jobs!.progress! + 0.8) / 2, 5);

      await agency.click('[data-edit="weights"]');
      await agency.fill(`${dialog} input[name="indicators.cantines-approvisionnees-en-local"]`, '3');
      const expected = (jobs!.progress! + 3 * 0.8) / 4;
      expect(plain(await agency.locator('[data-testid="weights-preview"]').textContent())).toContain(`avec ces poids : ${Math.round(expected * 100)} %`);
      await expectNoAxeViolations(agency, 'the weights dialog');
      const v = await version();
      await save();
      await saved(v);
      const after = await scoresMatch();
      expect(after.axes[0]!.actions[0]!.indicators[1]!.weight).toBe(3);
      expect(after.axes[0]!.actions[0]!.score).toBeCloseTo(expected, 5);
      await agency.locator('.evaluation-axis').first().scrollIntoViewIfNeeded();
      await agency.waitForSelector('.evaluation-dashboard[data-drawn]');
      await expectNoAxeViolations(agency, 'a project’s dashboard with its editing buttons');
      await shot(agency, 'evaluation-projet-agence');

      await agency.click('[data-edit="project-delete"]');
      await agency.click(`${dialog} [data-action="confirm"]`);
      await agency.waitForURL((url) => url.pathname === '/evaluation', { timeout: 30_000 });
      const left = await fetch(`${BASE}/api/v1/evaluation/projects/${id}`);
      expect(left.status).toBe(404);
    } finally {
      await agency.close();
      // Whatever happened, the project made here goes: the demo data are as they were.
      const left = await fetch(`${BASE}/api/v1/evaluation/projects/${id}`);
      if (left.ok) {
        const project = (await left.json()) as Project;
        await fetch(`${BASE}/api/v1/evaluation/projects/${id}`, {
          method: 'DELETE',
          headers: { Authorization: `Bearer ${AGENCY_KEY}`, 'If-Match': project.etag },
        });
      }
    }
  });

  it('logged no script error and no Content-Security-Policy violation', () => {
    expect(chromium.problems).toEqual([]);
  });
});
