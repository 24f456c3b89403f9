/**
 * Transitions territoriales (/transitions?territory=…): the key indicators of each theme with their projection to 2030
 * and 2050 (the platform's GET /api/v1/indicators/{code}/projection, drawn by the platform's projection chart) and the
 * targets that exist (ZAN, energy). A projection is never shown as data: its note says so, it is dashed on the chart
 * and has its own rows in the table. Each panel loads its chart when it nears the screen.
 */
import './transitions.css';
import { ApiError } from '../../platform/api/client';
import type { ProjectionResponse } from '../../platform/charts/projectionChart';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { loading, selectField, showError } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { nearViewport, type Nearness } from '../../platform/ui/nearViewport';
import { projectionUrl } from '../../platform/views/dashboard/data';
import { donutRoute, donutUrl, isDashboardRoute, risksRoute, risksUrl, type TransitionsDashboardRoute } from './route';

/** The key indicators of each theme, in the order shown. */
export const THEMES: readonly { title: string; indicators: readonly string[] }[] = [
  { title: 'Climat et énergie', indicators: ['energie.consommation', 'energie.production', 'transitions.emissions_ges_par_habitant'] },
  { title: 'Sols et foncier', indicators: ['zan.consommation_ha', 'transitions.part_sols_artificialises'] },
  { title: 'Habitat et cohésion sociale', indicators: ['habitat.part_passoires', 'habitat.part_logements_sociaux', 'transitions.taux_pauvrete'] },
  { title: 'Adaptation', indicators: ['transitions.jours_forte_chaleur', 'transitions.consommation_eau_par_habitant'] },
];

export function mountTransitionsDashboard(container: HTMLElement, initial: TransitionsDashboardRoute, ctx: Context): View {
  let route = initial;
  let generation = 0;
  let watchers: Nearness[] = [];
  // The chart's content (with Observable Plot), loaded once when the first panel nears the screen.
  let content: Promise<typeof import('../../platform/views/dashboard/projectionContent')> | null = null;
  const territorySlot = h('div', { class: 'transitions-control' }, loading('Chargement des territoires…'));
  const themes = h('div', { class: 'transitions-themes' });
  container.append(
    observatoryBreadcrumb('transitions', 'Observatoire des transitions territoriales', 'Les transitions en cours'),
    h('h1', { tabindex: '-1' }, 'Les transitions en cours, projetées à 2030 et 2050'),
    h(
      'p',
      { class: 'lead' },
      'Les indicateurs clés de chaque thème, leur évolution observée et son prolongement à 2030 et 2050 au rythme actuel, face aux objectifs ' +
        'qui existent (trajectoire ZAN, objectifs énergétiques). Une projection n’est pas une donnée : elle est tracée en tirets, avec sa fourchette. ',
      h('a', { href: donutUrl(donutRoute()), 'data-nav': '' }, 'Le Donut du territoire'),
      ' · ',
      h('a', { href: risksUrl(risksRoute()), 'data-nav': '' }, 'La matrice des risques'),
      '.',
    ),
    territorySlot,
    themes,
  );

  async function showTerritories(): Promise<void> {
    const choices = await ctx.territoryChoices().catch(() => null);
    const options = [
      ...(choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
      ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités (EPCI)' })),
    ];
    if (!options.some((o) => o.value === route.territory)) options.unshift({ value: route.territory, label: route.territory, group: 'Territoire demandé' });
    replaceContent(territorySlot, selectField('Territoire', 'territory', options, route.territory, (territory) => ctx.navigate({ ...route, territory })).field);
  }

  function panel(code: string, mine: number): HTMLElement {
    const slot = h('div', { class: 'transitions-projection', 'data-code': code, 'aria-busy': 'true' }, loading('Chargement de la projection…'));
    const heading = h('h3', {}, code);
    const watcher = nearViewport(slot);
    watchers.push(watcher);
    void watcher.near.then(async () => {
      try {
        content ??= import('../../platform/views/dashboard/projectionContent');
        const [answer, module] = await Promise.all([
          ctx.client.get({
            path: '/api/v1/indicators/{code}/projection',
            params: { code },
            query: { territory: route.territory },
          }) as Promise<ProjectionResponse>,
          content,
        ]);
        if (mine !== generation) return;
        heading.textContent = answer.indicator.label;
        module.renderProjection(slot, answer, projectionUrl(code, route.territory, null, 'csv'));
        slot.dataset['drawn'] = '1';
      } catch (error) {
        if (mine !== generation) return;
        const hidden = error instanceof ApiError && error.status === 404;
        if (hidden) replaceContent(slot, h('p', {}, 'Indicateur réservé ou absent du catalogue.'));
        else showError(slot, error);
        slot.dataset['drawn'] = '1';
      }
    });
    return h('article', { class: 'transitions-indicator' }, heading, slot);
  }

  function load(): void {
    const mine = ++generation;
    for (const w of watchers) w.cancel();
    watchers = [];
    void showTerritories();
    replaceContent(
      themes,
      ...THEMES.map((theme, i) =>
        h(
          'section',
          { class: 'block', 'aria-labelledby': `transitions-theme-${i}` },
          h('h2', { id: `transitions-theme-${i}` }, theme.title),
          ...theme.indicators.map((code) => panel(code, mine)),
        ),
      ),
    );
  }

  load();
  return {
    update(next: Route) {
      if (!isDashboardRoute(next)) return;
      route = next;
      load();
    },
    destroy() {
      generation += 1;
      for (const w of watchers) w.cancel();
    },
  };
}
