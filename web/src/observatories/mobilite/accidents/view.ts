/**
 * The accident map (/mobilite/accidents): the filters, the counts of what is shown, the map (MapLibre, loaded when
 * the reader nears it), the accidents as a table, the hot spots, and the CSV of exactly what is shown. Every filter
 * is in the URL; a change of filters loads the accidents and the hot spots again, a move of the map only the URL.
 */
import './accidents.css';
import { apiUrl } from '../../../platform/api/client';
import type { TerritoryFeatureCollection } from '../../../platform/api/types';
import type { Context, TerritoryChoices, View } from '../../../platform/context';
import type { MapPosition, Route } from '../../../platform/routes';
import { apiAddress, loading, mountMap, showError } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import { nearViewport } from '../../../platform/ui/nearViewport';
import { accidentsCsvUrl, accidentsUrl, hotSpotsUrl, type AccidentCollection, type HotSpots } from './api';
import type { MapPoint, PointLayer, PointMap } from '../../../platform/map/pointMap';
import { renderFilters, type RouteChanges } from './filters';
import { isAccidentsRoute, type AccidentsRoute } from './route';
import { renderCounts, renderHotSpots, renderList } from './tables';
import { modesText, plural, SHORT_SEVERITY } from './words';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';

/** The filters' key: the data is loaded again only when it changes (not when the map moves). */
export function filtersKey(route: AccidentsRoute): string {
  return accidentsUrl(route);
}

/** A point of the map: an accident, its severity and the text of its tooltip. */
export type AccidentPoint = MapPoint & { properties: { severity: string; label: string } };

const bySeverity = <T>(fatal: T, serious: T, light: T, none: T): unknown[] => [
  'match',
  ['get', 'severity'],
  'tue',
  fatal,
  'hospitalise',
  serious,
  'blesse_leger',
  light,
  none,
];

/**
 * Severity shows by size and outline, not by colour alone: a fatal accident is a large dot in a thick dark ring, a
 * serious one a medium dot in a thin ring, a light one a small dot without ring (the colour repeats it); the worst on top.
 */
const ACCIDENTS_LAYER: PointLayer = {
  id: 'accidents',
  sortKey: bySeverity(3, 2, 1, 0),
  // Zoom must be the top-level input: one size per severity at each end of the zoom range.
  radius: ['interpolate', ['linear'], ['zoom'], 8, bySeverity(5, 3.5, 2.2, 2), 13, bySeverity(9, 6.5, 4, 3.5)],
  colour: bySeverity('#a4000f', '#e4794a', '#f5c45e', '#b0b0b0'),
  strokeColour: '#161616',
  strokeWidth: bySeverity(2.5, 1, 0, 0),
};

/** The map's points: each accident with its severity and the text of its tooltip. */
export function accidentPoints(collection: AccidentCollection): AccidentPoint[] {
  return collection.features.map((f) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: f.geometry.coordinates },
    properties: {
      severity: f.properties.severity,
      label: `${f.properties.date} ${f.properties.time}, ${f.properties.communeName} : accident ${SHORT_SEVERITY[f.properties.severity] ?? ''} (${modesText(f.properties.modes)})`,
    },
  }));
}

function layout(): { nodes: HTMLElement[]; slots: Record<'filters' | 'counts' | 'map' | 'mapStatus' | 'list' | 'hotSpots' | 'downloads', HTMLElement> } {
  const slots = {
    filters: h('form', { class: 'controls', 'aria-label': 'Filtres des accidents' }),
    counts: h('div', { class: 'accidents-counts', 'aria-live': 'polite' }, loading('Chargement des accidents…')),
    map: h('div', { class: 'map', id: 'accidents-map' }),
    mapStatus: h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…'),
    list: h('div', {}),
    hotSpots: h('div', { class: 'accidents-hot-spots-slot' }, loading('Recherche des points noirs…')),
    downloads: h('div', { class: 'downloads' }),
  };
  const nodes = [
    observatoryBreadcrumb('mobilite', 'Mobilité', 'Accidents de la route'),
    h('h1', { tabindex: '-1' }, 'Accidents de la route'),
    h(
      'p',
      { class: 'lead' },
      'Les accidents corporels de la circulation des fichiers nationaux (BAAC), en particulier ceux qui impliquent au moins un piéton ou un cycliste, que le plan de mobilité doit suivre. Filtrez, puis téléchargez exactement ce qui est affiché.',
    ),
    slots.filters,
    slots.counts,
    h(
      'section',
      { class: 'block block--map', 'aria-labelledby': 'accidents-map-title' },
      h('h2', { id: 'accidents-map-title' }, 'Carte des accidents'),
      h('div', { class: 'map-frame' }, slots.map, slots.mapStatus),
      h(
        'p',
        { class: 'note accidents-legend' },
        'Gravité : ',
        h('span', { class: 'accidents-key accidents-key--tue', 'aria-hidden': 'true' }),
        ' mortel (grand point cerclé épais), ',
        h('span', { class: 'accidents-key accidents-key--hospitalise', 'aria-hidden': 'true' }),
        ' grave (point moyen cerclé fin), ',
        h('span', { class: 'accidents-key accidents-key--blesse_leger', 'aria-hidden': 'true' }),
        ' léger (petit point sans cercle).',
      ),
      slots.list,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'accidents-hot-spots-title' },
      h('h2', { id: 'accidents-hot-spots-title' }, 'Points noirs'),
      slots.hotSpots,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'accidents-download-title' },
      h('h2', { id: 'accidents-download-title' }, 'Télécharger'),
      slots.downloads,
    ),
  ];
  return { nodes, slots };
}

export function mountAccidents(container: HTMLElement, initial: AccidentsRoute, ctx: Context): View {
  const { nodes, slots } = layout();
  replaceContent(container, ...nodes);
  ctx.setTitle('Accidents de la route');
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let shown: AccidentCollection | null = null;
  let fittedKey: string | null = route.map ? filtersKey(route) : null;
  let movedByMap = false;

  const navigate = (changes: RouteChanges): void => ctx.navigate({ ...route, ...changes, map: 'map' in changes ? changes.map! : route.map });
  const drawFilters = (): void => renderFilters(slots.filters as HTMLFormElement, route, choices, navigate, ctx.document);
  drawFilters(); // at once, the territories to come: the form has its height before they do (no layout shift)

  const nearness = nearViewport(slots.map);
  let map: PointMap | null = null;
  const ready: Promise<PointMap | null> = mountMap(
    nearness.near
      .then(() => import('../../../platform/map/pointMap'))
      .then(({ createPointMap }) =>
        createPointMap(slots.map, {
          position: route.map,
          label: 'Carte des accidents',
          layer: ACCIDENTS_LAYER,
          contours: true,
          fitPadding: 40,
          pointer: true,
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

  void ready.then(async (m) => {
    if (!m) return;
    try {
      const epcis = await ctx.client.getFeatureCollection<TerritoryFeatureCollection>(
        apiUrl({ path: '/api/v1/territories', query: { level: 'epci', format: 'geojson', resolution: 'low', limit: 100 } }),
      );
      if (!destroyed) m.setContext(epcis);
    } catch {
      // The contours are the setting only: the accidents show without them.
    }
  });

  async function drawMap(): Promise<void> {
    const m = await ready;
    if (!m || !shown || destroyed) return;
    const key = filtersKey(route);
    const points = accidentPoints(shown);
    m.setPoints(points, fittedKey !== key ? points : null);
    fittedKey = key;
    m.setLabel(`Carte des accidents : ${plural(points.length, 'accident')}. Le tableau sous la carte les reprend.`);
    await m.idle();
    if (destroyed) return;
    slots.mapStatus.hidden = true;
    slots.map.dataset['drawn'] = `${key}|${points.length}`;
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    slots.counts.setAttribute('aria-busy', 'true');
    replaceContent(
      slots.downloads,
      h(
        'p',
        {},
        h('a', { class: 'button', href: accidentsCsvUrl(route), download: 'accidents.csv', 'data-download': 'csv' }, 'Télécharger ces accidents (CSV)'),
        ' ',
        h(
          'a',
          { class: 'button button--secondary', href: accidentsCsvUrl(route, 'xlsx'), download: 'accidents.xlsx', 'data-download': 'xlsx' },
          'Tableur (XLSX)',
        ),
      ),
      h(
        'p',
        { class: 'note' },
        'Le CSV contient exactement les accidents affichés : une ligne par accident, avec sa date, sa commune, sa gravité, ses victimes, les modes impliqués et ses coordonnées.',
      ),
      h('p', { class: 'label' }, 'Ces accidents dans l’API (GeoJSON)'),
      ...apiAddress(accidentsUrl(route), ctx.window.location.origin),
    );
    choices ??= await ctx.territoryChoices().catch(() => null);
    if (!live()) return;
    drawFilters();
    await Promise.allSettled([
      ctx.client.getFeatureCollection<AccidentCollection>(accidentsUrl(route)).then(
        (collection) => {
          if (!live()) return;
          shown = collection;
          slots.counts.removeAttribute('aria-busy');
          renderCounts(slots.counts, collection);
          renderList(slots.list, collection);
          void drawMap();
        },
        (error: unknown) => live() && showError(slots.counts, error, () => void load()),
      ),
      ctx.client.getJson<HotSpots>(hotSpotsUrl(route)).then(
        (answer) => live() && renderHotSpots(slots.hotSpots, answer),
        (error: unknown) => live() && showError(slots.hotSpots, error, () => void load()),
      ),
    ]);
  }

  void load();

  return {
    update(next: Route) {
      if (!isAccidentsRoute(next)) return;
      const previous = route;
      route = next;
      if (filtersKey(previous) !== filtersKey(next)) {
        void load();
      } else if (next.map && map && !movedByMap && JSON.stringify(previous.map) !== JSON.stringify(next.map)) {
        map.jumpTo(next.map);
      }
      movedByMap = false;
    },
    destroy() {
      destroyed = true;
      generation++;
      nearness.cancel();
      map?.destroy();
    },
  };
}
