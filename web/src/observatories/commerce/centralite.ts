/**
 * Centralités commerciales (/commerce/centralites/<id>): a centrality's sheet — its facts and latest figures, its map
 * (its polygon and its cells, loaded near the screen), its vacancy over the surveys, its outlets by activity, the
 * centralities of its programmes with this one highlighted, and its changes between the two latest surveys.
 * Without an id (/commerce/centralites?programme=acv), the list of the centralities to choose from.
 */
import './commerce.css';
import { ApiError } from '../../platform/api/client';
import { Redraws, loadCharts } from '../../platform/charts/panels';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { apiAddress, loading, mountMap, selectField, showError } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { nearViewport } from '../../platform/ui/nearViewport';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import {
  cellsLayerUrl,
  centralitiesUrl,
  centralityUrl,
  compareUrl,
  SURVEYS_URL,
  type CellCollection,
  type CentralityDetail,
  type CentralityItem,
  type Survey,
  type SurveyComparison,
} from './api';
import { cellPoints } from './cells';
import type { CellsMap } from './cellsMap';
import { byActivityTable, centralitiesList, historyTable, peersTable, renderChanges, renderFacts } from './centralitePanels';
import { carteRoute, carteUrl, centraliteRoute, centraliteUrl, isCentraliteRoute, type CentraliteRoute } from './route';
import { plural } from './words';

type Charts = typeof import('./charts');

const PROGRAMMES = [
  { value: '', label: 'Tous les programmes' },
  { value: 'acv', label: 'Action Cœur de Ville' },
  { value: 'pvd', label: 'Petites Villes de Demain' },
  { value: 'villages_avenir', label: 'Villages d’avenir' },
];

function block(id: string, heading: string, ...content: HTMLElement[]): HTMLElement {
  return h('section', { class: 'block', 'aria-labelledby': id }, h('h2', { id }, heading), ...content);
}

/** The list of the centralities, filtered by programme. */
function mountList(container: HTMLElement, route: CentraliteRoute, ctx: Context, live: () => boolean): void {
  const list = h('div', {}, loading('Chargement des centralités…'));
  const programme = selectField('Programme', 'programme', PROGRAMMES, route.programme ?? '', (v) => ctx.navigate(centraliteRoute(null, v || null))).field;
  container.append(
    h('form', { class: 'controls', 'aria-label': 'Filtre des centralités' }, programme),
    block('commerce-liste', 'Les centralités suivies', list),
  );
  ctx.client.getJson<CentralityItem[]>(centralitiesUrl({ programme: route.programme })).then(
    (items) => live() && replaceContent(list, centralitiesList(items)),
    (error: unknown) => live() && showError(list, error),
  );
}

export function mountCentralite(container: HTMLElement, initial: CentraliteRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let nearness: { cancel(): void } | null = null;
  let map: Promise<CellsMap | null> = Promise.resolve(null);
  const redraws = new Redraws();
  const charts: Promise<Charts> = import('./charts');

  function render(): void {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    redraws.stop();
    nearness?.cancel();
    void map.then((m) => m?.destroy());
    map = Promise.resolve(null);
    const title = h('h1', { tabindex: '-1', class: route.centrality === null ? null : 'commerce-sheet-title' }, 'Centralités commerciales');
    replaceContent(container, observatoryBreadcrumb('commerce', 'Observatoire du commerce', 'Centralités'), title);
    ctx.setTitle('Centralités commerciales');
    if (route.centrality === null) {
      container.append(
        h(
          'p',
          { class: 'lead' },
          'Les centres-villes, centres-bourgs, pôles périphériques et quartiers suivis par l’observatoire, avec les programmes auxquels ils appartiennent (Action Cœur de Ville, Petites Villes de Demain, Villages d’avenir).',
        ),
      );
      mountList(container, route, ctx, live);
      return;
    }
    mountSheet(route.centrality, title, live);
  }

  function mountSheet(id: string, title: HTMLElement, live: () => boolean): void {
    const slots = {
      facts: h('div', { 'aria-live': 'polite' }),
      map: h('div', { class: 'map', id: 'commerce-centralite-map' }),
      mapStatus: h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…'),
      vacancy: h('div', { class: 'commerce-chart-slot' }, loading('Chargement de la vacance…')),
      activities: h('div', { class: 'commerce-chart-slot' }, loading('Chargement des activités…')),
      peers: h('div', { class: 'commerce-chart-slot' }, loading('Chargement des centralités comparables…')),
      changes: h('div', {}, loading('Comparaison des relevés…')),
      downloads: h('div', { class: 'downloads' }),
    };
    container.append(
      slots.facts,
      block(
        'commerce-sheet-map',
        'Carte de la centralité',
        h('div', { class: 'map-frame' }, slots.map, slots.mapStatus),
        h(
          'p',
          { class: 'note' },
          'Point plein : cellule active, de la couleur de son activité ; anneau gris creux : vacante ; point gris cerclé épais : en travaux. ',
          h('a', { href: carteUrl(carteRoute()), 'data-nav': '' }, 'La carte de toutes les cellules, avec sa légende et son tableau'),
        ),
      ),
      block('commerce-sheet-vacancy', 'La vacance relevé après relevé', slots.vacancy),
      block('commerce-sheet-activities', 'Les commerces actifs par activité', slots.activities),
      block('commerce-sheet-peers', 'Face aux centralités des mêmes programmes', slots.peers),
      block('commerce-sheet-changes', 'Entre les deux derniers relevés', slots.changes),
      block('commerce-sheet-data', 'Les données', slots.downloads),
      h('p', {}, h('a', { href: centraliteUrl(centraliteRoute()), 'data-nav': '' }, 'Toutes les centralités')),
    );
    renderFacts(slots.facts, null);
    replaceContent(slots.downloads, ...apiAddress(centralityUrl(id), ctx.window.location.origin));
    const near = nearViewport(slots.map);
    nearness = near;
    map = mountMap(
      near.near
        .then(() => import('./cellsMap'))
        .then(({ createCellsMap }) =>
          createCellsMap(slots.map, { label: 'Carte de la centralité', position: null, onChoose: (cell) => ctx.navigate(carteRoute({ cell })) }),
        ),
      slots.map,
      slots.mapStatus,
      () => !live(),
    );

    const draw = async (slot: HTMLElement, figure: HTMLElement, table: HTMLElement, chart: (charts: Charts, width: number) => Element): Promise<void> => {
      const module = await loadCharts(slot, { charts, redraws, live });
      if (!module) return;
      replaceContent(slot, figure, table);
      redraws.draw(slot, figure, (width) => chart(module, width));
    };

    void (async () => {
      let c: CentralityDetail;
      try {
        c = await ctx.client.getJson<CentralityDetail>(centralityUrl(id));
      } catch (error) {
        if (!live()) return;
        const missing = error instanceof ApiError && error.status === 404;
        title.textContent = missing ? 'Centralité inconnue' : 'Centralités commerciales';
        showError(slots.facts, missing ? new ApiError(`Il n’y a pas de centralité « ${id} ».`, { kind: 'http', url: error.url, status: 404 }) : error, () =>
          render(),
        );
        for (const slot of [slots.vacancy, slots.activities, slots.peers, slots.changes]) replaceContent(slot);
        return;
      }
      if (!live()) return;
      title.textContent = c.name;
      ctx.setTitle(`${c.name} — Centralités commerciales`);
      renderFacts(slots.facts, c);
      const figure = (testId: string) => h('div', { class: 'chart__figure commerce-chart', 'data-testid': testId });
      void draw(slots.vacancy, figure('vacancy-chart'), historyTable(c), (m, width) =>
        m.vacancyChart(c.history, { width, title: `Taux de vacance de la centralité « ${c.name} » par relevé` }),
      );
      void draw(slots.activities, figure('activities-chart'), byActivityTable(c), (m, width) =>
        m.activityChart(c.byActivity, { width, title: `Commerces actifs par activité — ${c.name}` }),
      );
      if (c.peers.filter((p) => p.id !== c.id).length === 0)
        replaceContent(slots.peers, h('p', { class: 'note' }, 'Aucune autre centralité dans ses programmes.'));
      else
        void draw(slots.peers, figure('peers-chart'), peersTable(c), (m, width) =>
          m.peersChart(
            c.peers,
            { id: c.id, name: c.name, vacancyRate: c.latest?.vacancyRate ?? null },
            { width, title: 'Taux de vacance des centralités des mêmes programmes' },
          ),
        );
      void drawMap(c, live);
      void loadChanges(c.id, slots.changes, live);
    })();

    async function drawMap(c: CentralityDetail, alive: () => boolean): Promise<void> {
      const [m, cells] = await Promise.all([map, ctx.client.getFeatureCollection<CellCollection>(cellsLayerUrl()).catch(() => null)]);
      if (!m || !alive()) return;
      const mine = (cells?.features ?? []).filter((f) => f.properties.centrality === c.id);
      m.setCentralities([
        {
          type: 'Feature',
          id: c.id,
          geometry: c.geometry,
          properties: { name: c.name, kind: c.kind, commune: c.commune.id, programmes: null, survey: null, cells: null, vacancy_rate: null },
        },
      ]);
      m.setCells(cellPoints(mine, null), true);
      m.setLabel(`Carte de la centralité « ${c.name} » : son périmètre et ses ${plural(mine.length, 'cellule')}.`);
      await m.idle();
      if (!alive()) return;
      slots.mapStatus.hidden = true;
      slots.map.dataset['drawn'] = `${c.id}|${mine.length}`;
    }
  }

  async function loadChanges(id: string, slot: HTMLElement, live: () => boolean): Promise<void> {
    try {
      const [to, from] = await ctx.client.getJson<Survey[]>(SURVEYS_URL);
      if (!live()) return;
      if (!from || !to) {
        replaceContent(slot, h('p', { class: 'note' }, 'Un seul relevé : la comparaison viendra avec le suivant.'));
        return;
      }
      const comparison = await ctx.client.getJson<SurveyComparison>(compareUrl(from.id, to.id, id));
      if (live()) renderChanges(slot, comparison);
    } catch (error) {
      if (live()) showError(slot, error, () => void loadChanges(id, slot, live));
    }
  }

  render();

  return {
    update(next: Route) {
      if (!isCentraliteRoute(next) || centraliteUrl(next) === centraliteUrl(route)) return;
      route = next;
      render();
      container.querySelector<HTMLElement>('h1')?.focus();
    },
    destroy() {
      destroyed = true;
      generation++;
      redraws.stop();
      nearness?.cancel();
      void map.then((m) => m?.destroy());
    },
  };
}
