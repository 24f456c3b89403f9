/**
 * Projets évalués (/evaluation): every territorial project under evaluation, each with its score, its axes' scores as
 * bars and how many of its indicators are on track, linking to its dashboard.
 */
import './evaluation.css';
import { apiAddress, loading, showError } from '../../platform/ui/components';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { h, replaceContent } from '../../platform/ui/dom';
import type { EvaluationProjectItem, Projects } from './api';
import { scoreBar } from './bars';
import { isAgency } from '../../platform/auth/session';
import { projectRoute, projectUrl } from './route';
import { summaryDetail, summarySentence } from './words';

function projectCard(p: EvaluationProjectItem): HTMLElement {
  const headingId = `evaluation-project-${p.id}`;
  return h(
    'li',
    { class: 'evaluation-project', 'data-id': p.id, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, h('a', { href: projectUrl(projectRoute(p.id)), 'data-nav': '' }, p.title)),
    h('p', { class: 'evaluation-meta' }, `${p.territory.name} · ${p.startYear}–${p.endYear}${p.demo ? ' · démonstration' : ''}`),
    scoreBar('Score du projet', p.score, 'project-score'),
    h('p', { class: 'evaluation-summary__headline' }, summarySentence(p.summary)),
    h('p', {}, summaryDetail(p.summary)),
    h('ul', { class: 'evaluation-bars' }, ...p.axes.map((a) => h('li', { 'data-code': a.code }, scoreBar(a.title, a.score, 'axis-score')))),
  );
}

export function mountProjects(container: HTMLElement, _initial: Route, ctx: Context): View {
  let destroyed = false;
  let ids: string[] = [];
  const list = h('ul', { class: 'evaluation-projects', 'aria-busy': 'true' }, h('li', {}, loading('Chargement des projets…')));
  // The agency creates a project here (its editor is loaded on the first click); a visitor sees no button.
  const create = h('button', { type: 'button', class: 'button', 'aria-haspopup': 'dialog', 'data-edit': 'project-new' }, 'Nouveau projet');
  create.addEventListener('click', () => {
    void import('./partDialogs').then((m) =>
      m.openProjectDialog(
        { client: ctx.client, document: ctx.document, choices: () => ctx.territoryChoices(), taken: () => ids },
        null,
        () => create.focus(),
        (project) => {
          if (project) ctx.navigate(projectRoute(project.id));
        },
      ),
    );
  });
  const createSlot = h('p', { class: 'evaluation-edit' });
  const showCreate = (): void => replaceContent(createSlot, isAgency(ctx.session.identity()) ? create : null);
  const unsubscribe = ctx.session.subscribe(showCreate);
  showCreate();
  container.append(
    observatoryBreadcrumb('evaluation', 'Évaluation des projets de territoire', 'Projets évalués'),
    h('h1', { tabindex: '-1' }, 'Projets de territoire évalués'),
    h(
      'p',
      { class: 'lead' },
      'Les projets de territoire, le Projet Alimentaire Territorial et les programmes Petites Villes de Demain que l’agence suit : pour chacun, ' +
        'un score de 0 à 100 % (la part du chemin parcouru vers les cibles, en moyenne pondérée) et la situation de ses indicateurs.',
    ),
    createSlot,
    list,
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'evaluation-api' },
      h('h2', { id: 'evaluation-api' }, 'Les données'),
      ...apiAddress('/api/v1/evaluation/projects', ctx.window.location.origin),
    ),
  );

  async function load(): Promise<void> {
    try {
      const answer = await ctx.client.getJson<Projects>('/api/v1/evaluation/projects');
      if (destroyed) return;
      ids = answer.items.map((p) => p.id);
      replaceContent(list, ...answer.items.map(projectCard));
      if (answer.items.length === 0) replaceContent(list, h('li', {}, 'Aucun projet n’est encore suivi.'));
      list.removeAttribute('aria-busy');
    } catch (error) {
      if (!destroyed) showError(list, error, () => void load());
    }
  }

  void load();
  return {
    update(_next: Route) {},
    destroy() {
      destroyed = true;
      unsubscribe();
    },
  };
}
