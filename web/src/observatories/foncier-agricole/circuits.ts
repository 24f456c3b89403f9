/**
 * Points de vente en circuits courts (/foncier-agricole/circuits-courts): the outlets of the CABBALR's short supply
 * chains that its Projet Alimentaire Territorial follows (farm shops, markets, AMAP, drives fermiers, producers'
 * shops) on a map, filtered by type (checkboxes, in the URL), their count by type, and the table alternative.
 */
import './foncier-agricole.css';
import type { Context, View } from '../../platform/context';
import type { MapPosition, Route } from '../../platform/routes';
import { apiAddress, checkboxField, mountMap, showError, sortableTable, tableAlternative, type Column } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { nearViewport } from '../../platform/ui/nearViewport';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { outletsLayerUrl, type OutletCollection, type OutletFeature } from './api';
import type { PointMap } from '../../platform/map/pointMap';
import { countByType, number, points, shownOutlets, TYPE_COLOURS, TYPE_LABELS } from './figures';
import { circuitsUrl, isCircuitsRoute, toggleType, TYPES, type CircuitsRoute } from './route';

const CABBALR = 'epci:200072460';

export function mountCircuits(container: HTMLElement, initial: CircuitsRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let layer: OutletCollection | null = null;
  let communeNames = new Map<string, string>();
  let fitted = route.map !== null;
  let movedByMap = false;
  const slots = {
    filters: h('form', { class: 'controls foncier-agricole-filters', 'aria-label': 'Filtres des points de vente' }),
    counts: h('div', { 'aria-live': 'polite' }),
    map: h('div', { class: 'map', id: 'foncier-agricole-map' }),
    mapStatus: h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…'),
    legend: h('div', { class: 'legend' }),
    table: h('div', {}),
  };
  container.append(
    observatoryBreadcrumb('foncier-agricole', 'Observatoire du foncier agricole', 'Points de vente en circuits courts'),
    h('h1', { tabindex: '-1' }, 'Points de vente en circuits courts'),
    h(
      'p',
      { class: 'lead' },
      'Les points de vente où les producteurs de la CABBALR vendent sans intermédiaire ou avec un seul, suivis par le Projet Alimentaire Territorial : vente à la ferme, marchés, AMAP, drives fermiers et magasins de producteurs.',
    ),
    slots.filters,
    h(
      'section',
      { class: 'block block--map', 'aria-labelledby': 'foncier-agricole-map-title' },
      h('h2', { id: 'foncier-agricole-map-title' }, 'Les points de vente'),
      slots.counts,
      h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, slots.map, slots.mapStatus), slots.legend),
      slots.table,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'foncier-agricole-download-title' },
      h('h2', { id: 'foncier-agricole-download-title' }, 'Les données'),
      h('p', { class: 'label' }, 'Les points de vente (GeoJSON, OGC API - Features ; QGIS : collection « foncier-agricole-circuits-courts »)'),
      ...apiAddress(outletsLayerUrl(), ctx.window.location.origin),
      h(
        'p',
        {},
        h(
          'a',
          { class: 'button', href: `${outletsLayerUrl()}&f=csv`, download: 'foncier-agricole-circuits-courts.csv' },
          'Télécharger les points de vente (CSV)',
        ),
      ),
    ),
  );
  ctx.setTitle('Points de vente en circuits courts');

  function drawFilters(): void {
    const types = h(
      'fieldset',
      { class: 'fieldset' },
      h('legend', {}, 'Types de point de vente'),
      ...TYPES.map((t) =>
        checkboxField(TYPE_LABELS[t], `type-${t}`, route.types === null || route.types.includes(t), (on) =>
          ctx.navigate({ ...route, types: toggleType(route.types, t, on) }),
        ),
      ),
    );
    replaceContent(slots.filters, types);
  }

  const nearness = nearViewport(slots.map);
  let map: PointMap | null = null;
  const ready: Promise<PointMap | null> = mountMap(
    nearness.near
      .then(() => import('../../platform/map/pointMap'))
      .then(({ createPointMap }) =>
        createPointMap(slots.map, {
          label: 'Carte des points de vente en circuits courts',
          // Each outlet a dot of its type's colour: the legend and the table below say the same in words.
          layer: { id: 'outlets', radius: 6, colour: ['get', 'colour'], opacity: 0.9 },
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

  function drawList(): void {
    if (!layer) return;
    const shown = shownOutlets(layer.features, route.types);
    replaceContent(
      slots.counts,
      h(
        'p',
        { 'data-testid': 'outlet-count' },
        `${number(shown.length)} point${shown.length > 1 ? 's' : ''} de vente affiché${shown.length > 1 ? 's' : ''} : ` +
          countByType(shown)
            .filter((c) => c.count > 0)
            .map((c) => `${TYPE_LABELS[c.type]} ${number(c.count)}`)
            .join(', ') +
          (shown.length === 0 ? 'aucun type coché.' : '.'),
      ),
    );
    replaceContent(
      slots.legend,
      h('p', { class: 'label' }, 'Légende'),
      h(
        'ul',
        { class: 'foncier-agricole-legend' },
        ...TYPES.filter((t) => route.types === null || route.types.includes(t)).map((t) =>
          h('li', {}, h('span', { class: 'swatch', style: `background:${TYPE_COLOURS[t]}` }), TYPE_LABELS[t]),
        ),
      ),
    );
    const commune = (f: OutletFeature): string => communeNames.get(f.properties.commune) ?? f.properties.commune;
    const columns: Column<OutletFeature>[] = [
      { key: 'name', label: 'Point de vente', cell: (f) => f.properties.name, sort: (f) => f.properties.name, rowHeader: true },
      { key: 'type', label: 'Type', cell: (f) => f.properties.type_label, sort: (f) => f.properties.type_label },
      { key: 'commune', label: 'Commune', cell: commune, sort: commune },
      { key: 'address', label: 'Adresse', cell: (f) => f.properties.address ?? '–' },
    ];
    const table = sortableTable(
      `Les points de vente affichés (${number(shown.length)})`,
      columns,
      shown,
      { key: 'commune', direction: 'ascending' },
      () => ({}),
      {
        size: 50,
      },
    );
    replaceContent(slots.table, tableAlternative('Les points de vente affichés en tableau', h('div', { 'data-testid': 'outlets-table' }, table.element)));
  }

  async function drawMap(): Promise<void> {
    const m = await ready;
    if (!m || !layer || destroyed) return;
    const shown = shownOutlets(layer.features, route.types);
    m.setPoints(points(shown), fitted ? null : points(layer.features));
    fitted = true;
    m.setLabel(`Carte des points de vente en circuits courts : ${number(shown.length)} affichés. Le tableau sous la carte les reprend.`);
    await m.idle();
    if (destroyed) return;
    slots.mapStatus.hidden = true;
    slots.map.dataset['drawn'] = `${circuitsUrl({ ...route, map: null })}|${shown.length}`;
  }

  async function load(): Promise<void> {
    try {
      const [collection, communes] = await Promise.all([
        ctx.client.getFeatureCollection<OutletCollection>(outletsLayerUrl()),
        ctx.client.listTerritories({ level: 'commune', within: CABBALR, limit: 200 }),
      ]);
      if (destroyed) return;
      layer = collection;
      communeNames = new Map(communes.items.map((t) => [t.id, t.name]));
      drawList();
      void drawMap();
    } catch (error) {
      if (!destroyed) showError(slots.table, error, () => void load());
    }
  }

  drawFilters();
  void load();

  return {
    update(next: Route) {
      if (!isCircuitsRoute(next)) return;
      const previous = route;
      route = next;
      drawFilters();
      if (JSON.stringify(previous.types) !== JSON.stringify(next.types)) {
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
