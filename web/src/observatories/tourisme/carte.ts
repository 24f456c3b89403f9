/**
 * Carte des hébergements touristiques (/tourisme/carte): the establishments of the latest inventory on a map, filtered
 * by type (checkboxes, in the URL), and the capacity of the chosen EPCI (CC des 7 Vallées or CABBALR) for those types:
 * establishments, tourist beds, beds per 1,000 inhabitants, and by type (from GET /api/v1/tourisme/capacity). The
 * establishments are loaded once (the OGC layer); a filter redraws and asks the capacity again.
 */
import './tourisme.css';
import type { Context, View } from '../../platform/context';
import type { MapPosition, Route } from '../../platform/routes';
import {
  apiAddress,
  checkboxField,
  loading,
  mountMap,
  selectField,
  showError,
  sortableTable,
  tableAlternative,
  type Column,
} from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { nearViewport } from '../../platform/ui/nearViewport';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import {
  accommodationsLayerUrl,
  capacityUrl,
  occupancyUrl,
  type AccommodationCollection,
  type AccommodationFeature,
  type Capacity,
  type Occupancy,
} from './api';
import type { PointMap } from '../../platform/map/pointMap';
import { capacityWords, number, points, shownAccommodations, TYPE_COLOURS, TYPE_LABELS } from './figures';
import { renderCapacity, renderOccupancy } from './panels';
import { carteUrl, EPCIS, isCarteRoute, toggleType, TYPES, type TourismeCarteRoute } from './route';

export function mountCarte(container: HTMLElement, initial: TourismeCarteRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let layer: AccommodationCollection | null = null;
  let communes = new Set<string>();
  let fitted = route.map !== null;
  let movedByMap = false;
  let asked = 0;
  const slots = {
    filters: h('form', { class: 'controls tourisme-filters', 'aria-label': 'Filtres des hébergements' }),
    figures: h('div', { 'aria-live': 'polite' }, loading('Chargement de la capacité d’accueil…')),
    map: h('div', { class: 'map', id: 'tourisme-map' }),
    mapStatus: h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…'),
    legend: h('div', { class: 'legend' }),
    table: h('div', {}),
    occupancy: h('div', { 'aria-live': 'polite' }, loading('Chargement de la fréquentation…')),
  };
  container.append(
    observatoryBreadcrumb('tourisme', 'Observatoire du tourisme', 'Carte des hébergements'),
    h('h1', { tabindex: '-1' }, 'Carte des hébergements touristiques'),
    h(
      'p',
      { class: 'lead' },
      'Les hébergements marchands du dernier inventaire (hôtels et campings classés, gîtes, chambres d’hôtes, hébergements collectifs, résidences) et leur capacité en lits touristiques : une chambre compte 2 lits, un emplacement de camping 3 lits, les autres hébergements leurs lits.',
    ),
    slots.filters,
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'tourisme-capacity-title' },
      h('h2', { id: 'tourisme-capacity-title' }, 'Capacité d’accueil'),
      slots.figures,
    ),
    h(
      'section',
      { class: 'block block--map', 'aria-labelledby': 'tourisme-map-title' },
      h('h2', { id: 'tourisme-map-title' }, 'Les hébergements'),
      h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, slots.map, slots.mapStatus), slots.legend),
      slots.table,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'tourisme-occupancy-title' },
      h('h2', { id: 'tourisme-occupancy-title' }, 'Fréquentation saisonnière'),
      slots.occupancy,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'tourisme-download-title' },
      h('h2', { id: 'tourisme-download-title' }, 'Les données'),
      h('p', { class: 'label' }, 'Les hébergements du dernier inventaire (GeoJSON, OGC API - Features ; QGIS : collection « tourisme-hebergements »)'),
      ...apiAddress(accommodationsLayerUrl(), ctx.window.location.origin),
      h(
        'p',
        {},
        h('a', { class: 'button', href: `${accommodationsLayerUrl()}&f=csv`, download: 'tourisme-hebergements.csv' }, 'Télécharger les hébergements (CSV)'),
      ),
    ),
  );
  ctx.setTitle('Carte des hébergements touristiques');

  function drawFilters(): void {
    const epci = selectField(
      'Intercommunalité',
      'territory',
      [...EPCIS].map((e) => ({ value: e.id, label: e.label })),
      route.territory,
      (territory) => ctx.navigate({ ...route, territory, map: null }),
    );
    const types = h(
      'fieldset',
      { class: 'fieldset' },
      h('legend', {}, 'Types d’hébergement'),
      ...TYPES.map((t) =>
        checkboxField(TYPE_LABELS[t], `type-${t}`, route.types === null || route.types.includes(t), (on) =>
          ctx.navigate({ ...route, types: toggleType(route.types, t, on) }),
        ),
      ),
    );
    replaceContent(slots.filters, epci.field, types);
  }

  async function drawFigures(): Promise<void> {
    const ask = ++asked;
    const types = route.types;
    if (types !== null && types.length === 0) {
      replaceContent(slots.figures, h('p', {}, 'Aucun type d’hébergement n’est coché.'));
      return;
    }
    try {
      const capacity = await ctx.client.getJson<Capacity>(capacityUrl(route.territory, types));
      if (destroyed || ask !== asked) return;
      renderCapacity(slots.figures, capacity);
    } catch (error) {
      if (!destroyed && ask === asked) showError(slots.figures, error, () => void drawFigures());
    }
  }

  async function drawOccupancy(): Promise<void> {
    const territory = route.territory;
    try {
      const o = await ctx.client.getJson<Occupancy>(occupancyUrl(territory));
      if (destroyed || territory !== route.territory) return;
      renderOccupancy(slots.occupancy, o);
    } catch (error) {
      if (!destroyed && territory === route.territory) showError(slots.occupancy, error, () => void drawOccupancy());
    }
  }

  const nearness = nearViewport(slots.map);
  let map: PointMap | null = null;
  const ready: Promise<PointMap | null> = mountMap(
    nearness.near
      .then(() => import('../../platform/map/pointMap'))
      .then(({ createPointMap }) =>
        createPointMap(slots.map, {
          label: 'Carte des hébergements touristiques',
          // Each establishment a dot of its type's colour, its area growing with its tourist beds (the legend and the table say the same).
          layer: { id: 'accommodations', radius: ['+', 3, ['*', 0.35, ['sqrt', ['get', 'beds']]]], colour: ['get', 'colour'], opacity: 0.85 },
          position: route.map,
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

  const inTerritory = (f: AccommodationFeature): boolean => communes.has(f.properties.commune);

  function drawList(): void {
    if (!layer) return;
    const shown = shownAccommodations(layer.features, route.types).filter(inTerritory);
    replaceContent(
      slots.legend,
      h('p', { class: 'label' }, 'Légende'),
      h(
        'ul',
        { class: 'tourisme-legend' },
        ...TYPES.filter((t) => route.types === null || route.types.includes(t)).map((t) =>
          h('li', {}, h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[t]}` }), TYPE_LABELS[t]),
        ),
      ),
      h('p', {}, 'La taille du point croît avec les lits touristiques.'),
    );
    const columns: Column<AccommodationFeature>[] = [
      { key: 'name', label: 'Établissement', cell: (f) => f.properties.name, sort: (f) => f.properties.name, rowHeader: true },
      { key: 'type', label: 'Type', cell: (f) => f.properties.type_label, sort: (f) => f.properties.type_label },
      { key: 'stars', label: 'Étoiles', cell: (f) => f.properties.stars ?? '–', sort: (f) => f.properties.stars, numeric: true },
      { key: 'capacity', label: 'Capacité', cell: capacityWords },
      { key: 'beds', label: 'Lits touristiques', cell: (f) => number(f.properties.tourist_beds), sort: (f) => f.properties.tourist_beds, numeric: true },
    ];
    const table = sortableTable(`Les hébergements affichés (${number(shown.length)})`, columns, shown, { key: 'beds', direction: 'descending' }, () => ({}), {
      size: 50,
    });
    replaceContent(slots.table, tableAlternative('Les hébergements affichés en tableau', h('div', { 'data-testid': 'accommodations-table' }, table.element)));
  }

  async function drawMap(): Promise<void> {
    const m = await ready;
    if (!m || !layer || destroyed) return;
    const shown = shownAccommodations(layer.features, route.types);
    m.setPoints(points(shown), fitted ? null : points(layer.features.filter(inTerritory)));
    fitted = true;
    m.setLabel(`Carte des hébergements touristiques : ${number(shown.length)} affichés. Le tableau sous la carte reprend ceux de l’intercommunalité.`);
    await m.idle();
    if (destroyed) return;
    slots.mapStatus.hidden = true;
    slots.map.dataset['drawn'] = `${carteUrl({ ...route, map: null })}|${shown.length}`;
  }

  async function loadTerritory(): Promise<void> {
    const page = await ctx.client.listTerritories({ level: 'commune', within: route.territory, limit: 200 });
    communes = new Set(page.items.map((t) => t.id));
  }

  async function load(): Promise<void> {
    try {
      const [collection] = await Promise.all([ctx.client.getFeatureCollection<AccommodationCollection>(accommodationsLayerUrl()), loadTerritory()]);
      if (destroyed) return;
      layer = collection;
      drawList();
      void drawMap();
    } catch (error) {
      if (!destroyed) showError(slots.table, error, () => void load());
    }
  }

  drawFilters();
  void drawFigures();
  void drawOccupancy();
  void load();

  return {
    update(next: Route) {
      if (!isCarteRoute(next)) return;
      const previous = route;
      route = next;
      drawFilters();
      const filtersChanged = previous.territory !== next.territory || JSON.stringify(previous.types) !== JSON.stringify(next.types);
      if (filtersChanged) void drawFigures();
      if (previous.territory !== next.territory) {
        fitted = next.map !== null;
        void drawOccupancy();
        void loadTerritory().then(() => {
          drawList();
          void drawMap();
        });
      } else if (filtersChanged) {
        drawList();
        void drawMap();
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
