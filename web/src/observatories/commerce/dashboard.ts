/**
 * Tableau de bord du commerce (/commerce): for the AULA perimeter, an EPCI or a commune, the key figures of the latest
 * survey with their change (the platform's indicators), the outlets by activity (chart and table), the centralities
 * ranked by vacancy (each linking to its sheet) and the comparison of the two latest surveys with its list of
 * changes, filtered by kind and activity. The territory and the filters are in the URL.
 */
import './commerce.css';
import { ApiError, apiUrl } from '../../platform/api/client';
import type { SeriesResponse, ValuesResponse } from '../../platform/api/types';
import { Redraws, loadCharts } from '../../platform/charts/panels';
import type { Context, TerritoryChoices, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { apiAddress, loading, showError } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { renderTerritoryPicker, resolveTerritory, unknownTerritory, type PickedTerritory } from '../../platform/ui/territoryPicker';
import { centralitiesUrl, compareUrl, seriesUrl, SURVEYS_URL, valueUrl, type CentralityItem, type Survey, type SurveyComparison } from './api';
import type { ActivityBar } from './charts';
import { KEY_FIGURES, keyFigure } from './figures';
import { activitiesTable, centralitiesTable, renderComparison, renderKeyFigures } from './dashboardPanels';
import { commerceRoute, commerceUrl, isCommerceRoute, type CommerceRoute } from './route';
import { ACTIVITIES, ACTIVITY_LABELS } from './words';

type Charts = typeof import('./charts');

function block(id: string, heading: string, ...content: HTMLElement[]): HTMLElement {
  return h('section', { class: 'block', 'aria-labelledby': id }, h('h2', { id }, heading), ...content);
}

export function mountCommerce(container: HTMLElement, initial: CommerceRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let picked: PickedTerritory | null = null;
  let comparison: SurveyComparison | null = null;
  const charts: Promise<Charts> = import('./charts');
  const redraws = new Redraws();
  // The territory on a line of its own, its place kept from the start (a long EPCI name does not push the page down).
  const territoryName = h('span', { class: 'commerce-title__territory' });
  const title = h('h1', { tabindex: '-1' }, 'Tableau de bord du commerce ', territoryName);
  const slots = {
    picker: h('div', { class: 'commerce-picker' }, loading('Chargement des territoires…')),
    figures: h('div', { class: 'commerce-figures-slot', 'aria-live': 'polite', 'aria-busy': 'true' }),
    activities: h('div', { class: 'commerce-chart-slot' }, loading('Chargement des activités…')),
    centralities: h('div', {}, loading('Chargement des centralités…')),
    comparison: h('div', {}, loading('Comparaison des relevés…')),
    downloads: h('div', { class: 'downloads' }),
  };
  container.append(
    observatoryBreadcrumb('commerce', 'Observatoire du commerce', 'Tableau de bord'),
    title,
    h(
      'p',
      { class: 'lead' },
      'Les commerces relevés sur le terrain, cellule par cellule : combien sont actifs, combien sont vacants, quelles activités, dans quelles centralités, et ce qui a changé depuis le relevé précédent.',
    ),
    slots.picker,
    block('commerce-chiffres', 'Chiffres clés du dernier relevé', slots.figures),
    block('commerce-activites', 'Les commerces actifs par activité', slots.activities),
    block('commerce-centralites', 'Les centralités par taux de vacance', slots.centralities),
    block('commerce-comparaison', 'Entre les deux derniers relevés', slots.comparison),
    block('commerce-telechargements', 'Les données', slots.downloads),
  );
  const panels = Object.values(slots).slice(1);
  // The cards at once, their values to come: the figures take their place before they arrive.
  renderKeyFigures(
    slots.figures,
    KEY_FIGURES.map((definition) => keyFigure(definition, undefined)),
    true,
  );

  function showPicker(): void {
    renderTerritoryPicker(slots.picker, {
      client: ctx.client,
      choices,
      picked,
      territory: route.territory,
      href: (territory) => commerceUrl(commerceRoute({ territory })),
      choose: (territory) => ctx.navigate(commerceRoute({ territory })),
      live: () => !destroyed,
    });
  }

  /** The active outlets of each activity in the territory (commerce.actifs_<activity>), latest survey. */
  async function activityCounts(territory: string): Promise<ActivityBar[]> {
    const answers = await Promise.all(
      ACTIVITIES.map((activity) =>
        ctx.client
          .getJson<ValuesResponse>(valueUrl(`commerce.actifs_${activity}`, territory))
          .then((v) => ({ activity, label: ACTIVITY_LABELS[activity], count: v.items[0]?.value ?? 0 })),
      ),
    );
    return answers.filter((a) => a.count > 0).sort((a, b) => b.count - a.count);
  }

  async function drawActivities(rows: ActivityBar[], live: () => boolean): Promise<void> {
    const module = await loadCharts(slots.activities, { charts, redraws, live });
    if (!module) return;
    const figure = h('div', { class: 'chart__figure commerce-chart', 'data-testid': 'activities-chart' });
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    replaceContent(slots.activities, figure, activitiesTable(rows, total));
    redraws.draw(slots.activities, figure, (width) => module.activityChart(rows, { width, title: `Commerces actifs par activité — ${picked?.name ?? ''}` }));
  }

  function drawComparison(): void {
    if (comparison) renderComparison(slots.comparison, comparison, route, (next) => ctx.navigate(next));
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    const territory = route.territory;
    redraws.stop();
    for (const slot of panels) slot.setAttribute('aria-busy', 'true');
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      picked = await resolveTerritory(ctx.client, choices, territory);
    } catch (error) {
      if (!live()) return;
      picked = null;
      showPicker();
      showError(slots.figures, unknownTerritory(error, territory) ?? error, () => void load());
      for (const slot of panels.slice(1)) replaceContent(slot);
      return;
    }
    if (!live()) return;
    territoryName.textContent = `— ${picked.name}`;
    ctx.setTitle(`Tableau de bord du commerce — ${picked.name}`);
    showPicker();
    const surveys = await ctx.client.getJson<Survey[]>(SURVEYS_URL).catch((error: unknown) => error);
    if (!live()) return;
    const [to, from] = Array.isArray(surveys) ? surveys : [];
    replaceContent(
      slots.downloads,
      h('p', { class: 'label' }, 'Les centralités du territoire (JSON)'),
      ...apiAddress(centralitiesUrl({ territory }), ctx.window.location.origin),
      ...(from && to
        ? [
            h('p', { class: 'label' }, 'La comparaison des deux derniers relevés (JSON)'),
            ...apiAddress(compareUrl(from.id, to.id, territory), ctx.window.location.origin),
          ]
        : []),
      h('p', { class: 'label' }, 'Le taux de vacance des communes (CSV)'),
      h(
        'p',
        {},
        h(
          'a',
          {
            class: 'button',
            href: apiUrl({
              path: '/api/v1/indicators/{code}/values',
              params: { code: 'commerce.taux_vacance' },
              query: { level: 'commune', within: territory, format: 'csv' },
            }),
            download: 'taux_vacance.csv',
          },
          'Télécharger le taux de vacance par commune (CSV)',
        ),
      ),
    );
    await Promise.allSettled([
      Promise.all(KEY_FIGURES.map((f) => ctx.client.getJson<SeriesResponse>(seriesUrl(f.code, territory)))).then(
        (answers) =>
          live() &&
          renderKeyFigures(
            slots.figures,
            KEY_FIGURES.map((f, i) => keyFigure(f, answers[i]!.series[0])),
          ),
        (error: unknown) => live() && showError(slots.figures, error, () => void load()),
      ),
      activityCounts(territory).then(
        (rows) => {
          if (live()) void drawActivities(rows, live);
        },
        (error: unknown) => live() && showError(slots.activities, error, () => void load()),
      ),
      ctx.client.getJson<CentralityItem[]>(centralitiesUrl({ territory })).then(
        (items) =>
          live() &&
          replaceContent(
            slots.centralities,
            items.length === 0 ? h('p', { class: 'note' }, 'Aucune centralité suivie sur ce territoire.') : centralitiesTable(items),
          ),
        (error: unknown) => live() && showError(slots.centralities, error, () => void load()),
      ),
      !from || !to
        ? Promise.resolve(
            replaceContent(
              slots.comparison,
              surveys instanceof ApiError || surveys instanceof Error
                ? h('p', { class: 'note' }, 'Les relevés n’ont pas pu être lus.')
                : h('p', { class: 'note' }, 'Un seul relevé : la comparaison viendra avec le suivant.'),
            ),
          )
        : ctx.client.getJson<SurveyComparison>(compareUrl(from.id, to.id, territory)).then(
            (answer) => {
              if (!live()) return;
              comparison = answer;
              drawComparison();
            },
            (error: unknown) => live() && showError(slots.comparison, error, () => void load()),
          ),
    ]);
  }

  void load();

  return {
    update(next: Route) {
      if (!isCommerceRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.territory !== next.territory) {
        comparison = null;
        void load();
      } else if (previous.change !== next.change || previous.activity !== next.activity) {
        drawComparison();
        slots.comparison.querySelector<HTMLElement>(`[name="${previous.change !== next.change ? 'changement' : 'activite'}"]`)?.focus();
      }
    },
    destroy() {
      destroyed = true;
      generation++;
      redraws.stop();
    },
  };
}
