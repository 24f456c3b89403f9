/**
 * A project's dashboard (/evaluation/projet?id=…): its score and the situation of its indicators in one sentence;
 * its axes and actions with their scores as bars; what is on track and what is behind; then, action by action, each
 * indicator against its target: status in words, T0, target, latest value, share of the way done, and a small chart of
 * its series with the T0 point and the dashed path to the target (Plot, loaded once the indicators near the screen).
 * The CSV link gives the same figures; the print stylesheet lays it out on paper.
 */
import './evaluation.css';
import { loading, showError, simpleTable, tableAlternative } from '../../platform/ui/components';
import type { Context, View } from '../../platform/context';
import { loadCharts, Redraws } from '../../platform/charts/panels';
import type { Route } from '../../platform/routes';
import { isAgency } from '../../platform/auth/session';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { h, replaceContent } from '../../platform/ui/dom';
import { nearViewport } from '../../platform/ui/nearViewport';
import type { Action, Indicator, Project } from './api';
import { scoreBar } from './bars';
import { isProjectRoute, projectsRoute, projectsUrl, type ProjectRoute } from './route';
import { directionWords, progressWords, scoreWords, statusWords, summaryDetail, summarySentence, valueWords } from './words';

type Charts = typeof import('./chart');
type Editor = ReturnType<(typeof import('./editor'))['createEditor']>;

const fact = (label: string, value: string, testid: string, raw?: number | null): HTMLElement =>
  h(
    'div',
    { class: 'evaluation-fact' },
    h('dt', {}, label),
    h('dd', { 'data-testid': testid, ...(raw === undefined ? {} : { 'data-value': raw ?? '' }) }, value),
  );

const ON_COURSE = new Set(['achieved', 'ahead', 'on_track']);

function valuesTable(i: Indicator): HTMLElement {
  const years = [...new Set([...i.series.map((p) => p.year), i.t0.year, i.target.year])].sort((a, b) => a - b);
  const { t0, target } = i;
  const onPath = (year: number): number | null =>
    t0.value == null || target.value == null || year < t0.year || year > target.year
      ? null
      : t0.value + ((target.value - t0.value) * (year - t0.year)) / (target.year - t0.year);
  return simpleTable(
    i.label,
    ['Année', 'Valeur', 'Trajectoire vers la cible'],
    years.map((year) => [String(year), valueWords(i, i.series.find((p) => p.year === year)?.value), valueWords(i, onPath(year))]),
  );
}

function indicatorCard(i: Indicator, id: string): { element: HTMLElement; chart: HTMLElement | null } {
  const headingId = `evaluation-indicator-${id}`;
  const chart = i.series.length > 0 ? h('div', { class: 'evaluation-chart', 'data-testid': 'chart' }, loading('Chargement du graphique…')) : null;
  const element = h(
    'article',
    { class: 'evaluation-indicator', 'aria-labelledby': headingId, 'data-code': i.code, 'data-status': i.status },
    h('h4', { id: headingId }, i.label),
    h('p', { class: `evaluation-status evaluation-status--${i.status}`, 'data-testid': 'status' }, statusWords(i)),
    h(
      'dl',
      { class: 'evaluation-facts' },
      fact(
        'Source',
        i.catalogue ? `${i.catalogue.label} (catalogue)` : i.source === 'entered' ? 'Série saisie par l’agence' : 'Indicateur non publié',
        'source',
      ),
      fact(`T0 (${i.t0.year})`, valueWords(i, i.t0.value) + (i.t0.source === 'given' && i.t0.value != null ? ' (fixé par le projet)' : ''), 't0', i.t0.value),
      fact(`Cible ${i.target.year}`, `${valueWords(i, i.target.value)} (${directionWords(i)})`, 'target', i.target.value),
      fact(i.latest ? `Dernière valeur (${i.latest.year})` : 'Dernière valeur', valueWords(i, i.latest?.value), 'latest', i.latest?.value ?? null),
      fact('Progression', progressWords(i), 'progress', i.progress),
      fact('Poids dans l’action', String(i.weight).replace('.', ','), 'weight'),
    ),
    chart,
    i.series.length > 0 ? tableAlternative('Les valeurs du graphique en tableau', valuesTable(i)) : null,
  );
  return { element, chart };
}

function actionBlock(a: Action, axisTitle: string, charts: { chart: HTMLElement; indicator: Indicator }[]): HTMLElement {
  const cards = a.indicators.map((i) => indicatorCard(i, `${a.code}-${i.code}`));
  for (const [n, card] of cards.entries()) if (card.chart) charts.push({ chart: card.chart, indicator: a.indicators[n]! });
  const unscored = a.unscoredIndicators > 0 ? ` (${a.unscoredIndicators} sans score, non comptés)` : '';
  return h(
    'section',
    { class: 'evaluation-action', 'data-code': a.code, 'aria-label': `${axisTitle} — ${a.title}` },
    h('h3', {}, a.title),
    scoreBar(`Score de l’action, sur ${a.scoredIndicators} indicateur${a.scoredIndicators > 1 ? 's' : ''}${unscored}`, a.score, 'action-score'),
    h('div', { class: 'evaluation-indicators' }, ...cards.map((c) => c.element)),
  );
}

function standings(project: Project): HTMLElement {
  const rows = project.axes.flatMap((x) => x.actions.flatMap((a) => a.indicators.map((i) => ({ axis: x, action: a, indicator: i }))));
  const list = (title: string, filter: (status: string) => boolean, testid: string): HTMLElement => {
    const chosen = rows.filter((r) => filter(r.indicator.status));
    return h(
      'div',
      { class: 'evaluation-standing', 'data-testid': testid },
      h('h3', {}, `${title} (${chosen.length})`),
      chosen.length === 0
        ? h('p', {}, 'Aucun.')
        : h('ul', {}, ...chosen.map((r) => h('li', {}, `${r.indicator.label} — ${r.action.title} : ${statusWords(r.indicator).toLowerCase()}`))),
    );
  };
  return h(
    'div',
    { class: 'evaluation-standings' },
    list('Dans la trajectoire', (s) => ON_COURSE.has(s), 'on-course'),
    list('En retard', (s) => s === 'behind', 'behind'),
    list('Sans donnée ou réservés', (s) => s === 'no_data' || s === 'restricted', 'unscored'),
  );
}

function render(container: HTMLElement, project: Project, ctx: Context): { chart: HTMLElement; indicator: Indicator }[] {
  const charts: { chart: HTMLElement; indicator: Indicator }[] = [];
  const detail = summaryDetail(project.summary);
  const csv = `/api/v1/evaluation/projects/${encodeURIComponent(project.id)}?format=csv`;
  replaceContent(
    container,
    h('h1', { tabindex: '-1' }, project.title),
    h('p', { class: 'lead' }, `${project.territory.name} · ${project.startYear}–${project.endYear}${project.demo ? ' · projet de démonstration' : ''}`),
    project.description ? h('p', {}, project.description) : null,
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'evaluation-bilan' },
      h('h2', { id: 'evaluation-bilan' }, 'Bilan'),
      scoreBar('Score du projet', project.score, 'project-score'),
      h('p', { class: 'evaluation-summary__headline', 'data-testid': 'summary' }, summarySentence(project.summary)),
      detail ? h('p', {}, detail) : null,
      h(
        'p',
        { class: 'note' },
        'La progression d’un indicateur est la part du chemin parcouru du T0 vers la cible, bornée entre 0 et 100 % (au-delà : objectif dépassé ; en sens contraire : recul, compté 0 %). ' +
          'Le score d’une action est la moyenne pondérée de la progression de ses indicateurs, celui d’un axe la moyenne pondérée de ses actions ; les indicateurs sans donnée ou réservés ne sont pas comptés. ' +
          `Un indicateur est dans la trajectoire quand sa progression est à ${scoreWords(project.tolerance)} près la part des années écoulées entre le T0 et l’échéance.`,
      ),
      h(
        'p',
        { class: 'evaluation-links' },
        h('a', { href: csv, download: `evaluation_${project.id}.csv`, 'data-testid': 'csv' }, 'Télécharger les indicateurs (CSV)'),
        ' · ',
        h('a', { href: csv.replace('format=csv', 'format=xlsx'), download: `evaluation_${project.id}.xlsx`, 'data-testid': 'xlsx' }, 'Tableur (XLSX)'),
        ' · ',
        h('a', { href: projectsUrl(projectsRoute()), 'data-nav': '' }, 'Tous les projets'),
      ),
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'evaluation-axes' },
      h('h2', { id: 'evaluation-axes' }, 'Les axes et leurs actions'),
      h(
        'ul',
        { class: 'evaluation-bars' },
        ...project.axes.map((x) =>
          h(
            'li',
            { 'data-code': x.code, class: 'evaluation-axis-bar' },
            scoreBar(x.title, x.score, 'axis-score'),
            h(
              'ul',
              { class: 'evaluation-bars evaluation-bars--actions' },
              ...x.actions.map((a) => h('li', { 'data-code': a.code }, scoreBar(a.title, a.score, 'action-bar'))),
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'evaluation-situation' },
      h('h2', { id: 'evaluation-situation' }, 'Où en sont les indicateurs'),
      standings(project),
    ),
    ...project.axes.map((x) =>
      h(
        'section',
        { class: 'block evaluation-axis', 'data-code': x.code, 'aria-labelledby': `evaluation-axis-${x.code}` },
        h('h2', { id: `evaluation-axis-${x.code}` }, `Axe : ${x.title}`),
        ...x.actions.map((a) => actionBlock(a, x.title, charts)),
      ),
    ),
  );
  void ctx;
  return charts;
}

export function mountProject(container: HTMLElement, initial: ProjectRoute, ctx: Context): View {
  let destroyed = false;
  let route = initial;
  let project: Project | null = null;
  const redraws = new Redraws();
  const body = h('div', { class: 'evaluation-dashboard' }, loading('Chargement du projet…'));
  container.append(observatoryBreadcrumb('evaluation', 'Évaluation des projets de territoire', 'Tableau de bord'), body);
  let nearness: ReturnType<typeof nearViewport> | null = null;
  // Printing draws every chart, even those the reader has not scrolled to: the whole tree goes on paper.
  const leaving = new AbortController();
  const printing = new Promise<void>((resolve) => ctx.window.addEventListener('beforeprint', () => resolve(), { once: true, signal: leaving.signal }));
  // The editing buttons, for an agency key only: a visitor's page neither shows nor downloads them.
  let editor: Promise<Editor> | null = null;
  const editorFor = (): Promise<Editor> | null => {
    if (!isAgency(ctx.session.identity())) return null;
    editor ??= import('./editor').then((m) =>
      m.createEditor({
        client: ctx.client,
        document: ctx.document,
        choices: () => ctx.territoryChoices(),
        state: {
          project: () => project!,
          apply: (next) => void show(next).catch((error: unknown) => showError(body, error, () => void load())),
          reload: () => ctx.client.getJson<Project>(`/api/v1/evaluation/projects/${encodeURIComponent(project!.id)}`),
        },
        removed: () => ctx.navigate(projectsRoute()),
      }),
    );
    return editor;
  };
  const unsubscribe = ctx.session.subscribe(() => {
    if (project) void show(project);
  });

  async function show(next: Project): Promise<void> {
    project = next;
    const id = next.id;
    // A new version (a save) is drawn anew: the old charts' observers go.
    redraws.stop();
    delete body.dataset['drawn'];
    const drawn = render(body, next, ctx);
    body.dataset['loaded'] = next.id;
    body.dataset['version'] = String(next.version);
    const editing = editorFor();
    if (editing) (await editing).decorate(body, next);
    if (destroyed || project !== next) return;
    nearness?.cancel();
    const axes = body.querySelector<HTMLElement>('.evaluation-axis') ?? body;
    nearness = nearViewport(axes);
    const charts: Promise<Charts> = Promise.race([nearness.near, printing]).then(() => import('./chart'));
    const module = await loadCharts(axes, { charts, redraws, live: () => !destroyed && route.id === id && project === next });
    if (!module) return;
    for (const { chart, indicator } of drawn) redraws.draw(chart, chart, (width) => module.indicatorChart(indicator, { width }));
    body.dataset['drawn'] = String(drawn.length);
  }

  async function load(): Promise<void> {
    if (route.id === null) {
      replaceContent(
        body,
        h('h1', { tabindex: '-1' }, 'Tableau de bord d’un projet'),
        h('p', {}, 'Aucun projet choisi : ', h('a', { href: projectsUrl(projectsRoute()), 'data-nav': '' }, 'voir les projets évalués'), '.'),
      );
      return;
    }
    const id = route.id;
    try {
      const answer = await ctx.client.getJson<Project>(`/api/v1/evaluation/projects/${encodeURIComponent(id)}`);
      if (destroyed || route.id !== id) return;
      await show(answer);
    } catch (error) {
      if (!destroyed) showError(body, error, () => void load());
    }
  }

  void load();
  return {
    update(next: Route) {
      if (!isProjectRoute(next) || next.id === route.id) return;
      route = next;
      project = null;
      void load();
    },
    destroy() {
      destroyed = true;
      unsubscribe();
      leaving.abort();
      nearness?.cancel();
      redraws.stop();
    },
  };
}
