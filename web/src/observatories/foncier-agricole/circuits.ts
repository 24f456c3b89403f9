/**
 * Points de vente en circuits courts (/foncier-agricole/circuits-courts): the outlets of the CABBALR's short supply
 * chains that its Projet Alimentaire Territorial follows (farm shops, markets, AMAP, drives fermiers, producers'
 * shops) on a map, filtered by type (checkboxes, in the URL), their count by type, and the table alternative: a points
 * page (platform/ui/pointsPage.ts).
 */
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { apiAddress, showError } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { createPointsPage } from '../../platform/ui/pointsPage';
import { outletsLayerUrl, type OutletCollection, type OutletFeature } from './api';
import { countByType, number, points, shownOutlets, TYPE_COLOURS, TYPE_LABELS } from './figures';
import { circuitsUrl, isCircuitsRoute, toggleType, TYPES, type CircuitsRoute, type OutletType } from './route';

const CABBALR = 'epci:200072460';

export function mountCircuits(container: HTMLElement, initial: CircuitsRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let layer: OutletCollection | null = null;
  let communeNames = new Map<string, string>();
  const commune = (f: OutletFeature): string => communeNames.get(f.properties.commune) ?? f.properties.commune;
  const page = createPointsPage<OutletType, CircuitsRoute, OutletFeature>({
    ctx,
    route,
    slug: 'foncier-agricole',
    types: TYPES,
    labels: TYPE_LABELS,
    colours: TYPE_COLOURS,
    toggle: toggleType,
    typesLegend: 'Types de point de vente',
    mapLabel: 'Carte des points de vente en circuits courts',
    // Each outlet a dot of its type's colour: the legend and the table below say the same in words.
    layer: { id: 'outlets', radius: 6, colour: ['get', 'colour'], opacity: 0.9 },
    countTestId: 'outlet-count',
    table: {
      caption: 'Les points de vente affichés',
      summary: 'Les points de vente affichés en tableau',
      testId: 'outlets-table',
      columns: [
        { key: 'name', label: 'Point de vente', cell: (f) => f.properties.name, sort: (f) => f.properties.name, rowHeader: true },
        { key: 'type', label: 'Type', cell: (f) => f.properties.type_label, sort: (f) => f.properties.type_label },
        { key: 'commune', label: 'Commune', cell: commune, sort: commune },
        { key: 'address', label: 'Adresse', cell: (f) => f.properties.address ?? '–' },
      ],
      sort: { key: 'commune', direction: 'ascending' },
    },
  });
  const filters = h('form', { class: 'controls', 'aria-label': 'Filtres des points de vente' });
  container.append(
    observatoryBreadcrumb('foncier-agricole', 'Observatoire du foncier agricole', 'Points de vente en circuits courts'),
    h('h1', { tabindex: '-1' }, 'Points de vente en circuits courts'),
    h(
      'p',
      { class: 'lead' },
      'Les points de vente où les producteurs de la CABBALR vendent sans intermédiaire ou avec un seul, suivis par le Projet Alimentaire Territorial : vente à la ferme, marchés, AMAP, drives fermiers et magasins de producteurs.',
    ),
    filters,
    h(
      'section',
      { class: 'block block--map', 'aria-labelledby': 'foncier-agricole-map-title' },
      h('h2', { id: 'foncier-agricole-map-title' }, 'Les points de vente'),
      page.count,
      page.mapLayout,
      page.table,
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

  function drawList(): void {
    if (!layer) return;
    const shown = shownOutlets(layer.features, route.types);
    const byType = countByType(shown)
      .filter((c) => c.count > 0)
      .map((c) => `${TYPE_LABELS[c.type]} ${number(c.count)}`)
      .join(', ');
    const s = shown.length > 1 ? 's' : '';
    page.list(shown, `${number(shown.length)} point${s} de vente affiché${s} : ${byType}${shown.length === 0 ? 'aucun type coché.' : '.'}`);
  }

  function drawMap(): Promise<void> {
    return page.drawMap(() => {
      if (!layer) return null;
      const shown = shownOutlets(layer.features, route.types);
      return {
        points: points(shown),
        fit: points(layer.features),
        label: `Carte des points de vente en circuits courts : ${number(shown.length)} affichés. Le tableau sous la carte les reprend.`,
        drawn: `${circuitsUrl({ ...route, map: null })}|${shown.length}`,
      };
    });
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
      if (!destroyed) showError(page.table, error, () => void load());
    }
  }

  replaceContent(filters, page.typeFilter());
  void load();

  return {
    update(next: Route) {
      if (!isCircuitsRoute(next)) return;
      const previous = route;
      route = next;
      page.update(next);
      replaceContent(filters, page.typeFilter());
      if (JSON.stringify(previous.types) !== JSON.stringify(next.types)) {
        drawList();
        void drawMap();
      }
    },
    destroy() {
      destroyed = true;
      page.destroy();
    },
  };
}
