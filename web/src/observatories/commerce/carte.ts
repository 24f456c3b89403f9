/**
 * Carte des commerces (/commerce/carte): the cells of the latest survey over the centralities' polygons, filtered by
 * status and activity (checkboxes, in the URL), the legend of what is shown, a cell's panel on click, and the cells
 * shown as a table. The cells are loaded once (the OGC layer); a filter only redraws, a move of the map only the URL.
 */
import './commerce.css';
import type { Context, View } from '../../platform/context';
import type { MapPosition, Route } from '../../platform/routes';
import { apiAddress, loading, mountMap, showError, tableAlternative } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { nearViewport } from '../../platform/ui/nearViewport';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { cellsLayerUrl, centralitiesLayerUrl, SURVEYS_URL, type CellCollection, type CentralityCollection, type Survey } from './api';
import { cellPoints, legendEntries, shownCells } from './cells';
import type { CellsMap } from './cellsMap';
import { cellsTable, renderCellPanel, renderCount, renderFilters, renderLegend, type CarteChanges } from './cartePanels';
import { carteUrl, isCarteRoute, type CarteRoute } from './route';
import { plural } from './words';

/** The filters' key: the map and the table are drawn again only when it changes. */
export function filtersKey(route: CarteRoute): string {
  return carteUrl({ ...route, cell: null, map: null });
}

export function mountCarte(container: HTMLElement, initial: CarteRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let cells: CellCollection | null = null;
  let names = new Map<string, string>();
  let survey: Survey | null = null;
  let fitted = route.map !== null;
  let movedByMap = false;
  const slots = {
    filters: h('form', { class: 'controls commerce-filters', 'aria-label': 'Filtres des cellules' }),
    count: h('div', { class: 'commerce-count', 'aria-live': 'polite' }, loading('Chargement des cellules…')),
    map: h('div', { class: 'map', id: 'commerce-map' }),
    mapStatus: h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…'),
    legend: h('div', { class: 'legend' }),
    panel: h('div', { class: 'commerce-panel', id: 'commerce-cellule' }),
    table: h('div', {}),
    downloads: h('div', { class: 'downloads' }),
  };
  container.append(
    observatoryBreadcrumb('commerce', 'Observatoire du commerce', 'Carte des commerces'),
    h('h1', { tabindex: '-1' }, 'Carte des commerces'),
    h(
      'p',
      { class: 'lead' },
      'Chaque cellule commerciale du dernier relevé de terrain, avec son activité et son statut (active, vacante, en travaux), dans les centralités (centres-villes, centres-bourgs, pôles périphériques). Filtrez par statut et par activité ; cliquez une cellule pour sa fiche.',
    ),
    slots.filters,
    slots.count,
    h(
      'section',
      { class: 'block block--map', 'aria-labelledby': 'commerce-map-title' },
      h('h2', { id: 'commerce-map-title' }, 'Les cellules et les centralités'),
      h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, slots.map, slots.mapStatus), h('div', {}, slots.legend, slots.panel)),
      slots.table,
    ),
    h('section', { class: 'block', 'aria-labelledby': 'commerce-download-title' }, h('h2', { id: 'commerce-download-title' }, 'Les données'), slots.downloads),
  );
  ctx.setTitle('Carte des commerces');

  const navigate = (changes: CarteChanges): void => ctx.navigate({ ...route, ...changes });
  const drawFilters = (): void => renderFilters(slots.filters as HTMLFormElement, route, navigate, ctx.document);
  drawFilters();
  replaceContent(
    slots.downloads,
    h('p', { class: 'label' }, 'Les cellules du dernier relevé (GeoJSON, OGC API - Features ; QGIS : collection « commerce-cellules »)'),
    ...apiAddress(cellsLayerUrl(), ctx.window.location.origin),
    h(
      'p',
      {},
      h(
        'a',
        { class: 'button', href: `${cellsLayerUrl()}&f=csv`, download: 'commerce-cellules.csv', 'data-download': 'csv' },
        'Télécharger les cellules (CSV)',
      ),
    ),
    h('p', { class: 'label' }, 'Les centralités (collection « commerce-centralites »)'),
    ...apiAddress(centralitiesLayerUrl(), ctx.window.location.origin),
  );

  const nearness = nearViewport(slots.map);
  let map: CellsMap | null = null;
  const ready: Promise<CellsMap | null> = mountMap(
    nearness.near
      .then(() => import('./cellsMap'))
      .then(({ createCellsMap }) =>
        createCellsMap(slots.map, {
          label: 'Carte des cellules commerciales',
          position: route.map,
          onChoose: (cell) => navigate({ cell }),
          onMove: (position: MapPosition) => {
            if (destroyed) return;
            movedByMap = true;
            ctx.navigate({ ...route, map: position }, { replace: true });
          },
        }),
      ),
    slots.map,
    slots.mapStatus,
    () => destroyed,
  ).then((created) => (map = created));

  function drawPanel(): void {
    const cell = cells?.features.find((c) => c.properties.cell === route.cell)?.properties ?? null;
    renderCellPanel(slots.panel, cell, names, carteUrl({ ...route, cell: null }));
  }

  async function drawMap(): Promise<void> {
    const m = await ready;
    if (!m || !cells || destroyed) return;
    const shown = shownCells(cells.features, route);
    m.setCells(cellPoints(shown, route.cell), !fitted);
    fitted = true;
    m.setLabel(
      `Carte des cellules commerciales : ${plural(shown.length, 'cellule')} affichée${shown.length > 1 ? 's' : ''}. Le tableau sous la carte les reprend.`,
    );
    await m.idle();
    if (destroyed) return;
    slots.mapStatus.hidden = true;
    slots.map.dataset['drawn'] = `${filtersKey(route)}|${shown.length}`;
  }

  function drawFiltered(): void {
    if (!cells) return;
    const shown = shownCells(cells.features, route);
    renderCount(slots.count, shown.length, cells.features.length, survey);
    renderLegend(slots.legend, legendEntries(shown));
    replaceContent(
      slots.table,
      tableAlternative(
        'Les cellules affichées en tableau',
        cellsTable(shown, names, (cell) => carteUrl({ ...route, cell })),
      ),
    );
  }

  async function load(): Promise<void> {
    try {
      const [collection, centralities, surveys] = await Promise.all([
        ctx.client.getFeatureCollection<CellCollection>(cellsLayerUrl()),
        ctx.client.getFeatureCollection<CentralityCollection>(centralitiesLayerUrl()),
        ctx.client.getJson<Survey[]>(SURVEYS_URL),
      ]);
      if (destroyed) return;
      cells = collection;
      survey = surveys[0] ?? null;
      names = new Map(centralities.features.map((f) => [String(f.id), f.properties.name]));
      drawFiltered();
      drawPanel();
      void ready.then((m) => m?.setCentralities(centralities.features));
      void drawMap();
    } catch (error) {
      if (!destroyed) showError(slots.count, error, () => void load());
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isCarteRoute(next)) return;
      const previous = route;
      route = next;
      drawFilters();
      if (filtersKey(previous) !== filtersKey(next)) drawFiltered();
      if (filtersKey(previous) !== filtersKey(next) || previous.cell !== next.cell) void drawMap();
      if (previous.cell !== next.cell) {
        drawPanel();
        if (next.cell) slots.panel.querySelector<HTMLElement>('#commerce-cellule-titre')?.focus();
      }
      if (next.map && map && !movedByMap && JSON.stringify(previous.map) !== JSON.stringify(next.map)) map.jumpTo(next.map);
      movedByMap = false;
    },
    destroy() {
      destroyed = true;
      nearness.cancel();
      map?.destroy();
    },
  };
}
