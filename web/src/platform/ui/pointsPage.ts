/**
 * A page of points filtered by type (the short-supply-chain outlets, the tourist accommodation): the types as
 * checkboxes (in the URL), the map of points (platform/map/pointMap.ts, loaded when the reader nears it; its position
 * in the URL), the legend of the types shown, a count announced as it changes (when the page gives one), and the
 * table alternative of the points listed. The page gives its texts, its columns and what it shows, and lays the parts
 * out; this keeps the route the filters and the map change.
 */
import './pointsPage.css';
import type { Context } from '../context';
import type { MapPoint, PointLayer, PointMap } from '../map/pointMap';
import type { MapPosition, Route } from '../routes';
import { checkboxField, mountMap, sortableTable, tableAlternative, type Column, type SortState } from './components';
import { h, replaceContent } from './dom';
import { nearViewport } from './nearViewport';

/** The part of a points page's route this handles: the types checked (null: all of them) and the map's position. */
export type PointsRoute<T extends string> = Route & { types: T[] | null; map: MapPosition | null };

export interface PointsPageOptions<T extends string, R extends PointsRoute<T>, F> {
  ctx: Context;
  route: R;
  /** The page's slug: the map is #<slug>-map. */
  slug: string;
  types: readonly T[];
  labels: Readonly<Record<T, string>>;
  colours: Readonly<Record<T, string>>;
  /** The types checked once `type` is checked (on) or not. */
  toggle(types: readonly T[] | null, type: T, on: boolean): T[] | null;
  /** The checkboxes' legend (« Types de point de vente »). */
  typesLegend: string;
  /** The map's accessible name before it is drawn, and how a point is drawn. */
  mapLabel: string;
  layer: PointLayer;
  /** A line under the legend (what the size shows). */
  legendNote?: string;
  /** The count's data-testid, when the page announces one. */
  countTestId?: string;
  table: {
    /** Its caption, the count of rows after it. */
    caption: string;
    /** The summary that opens it. */
    summary: string;
    testId: string;
    columns: Column<F>[];
    sort: SortState;
  };
}

export interface PointsPage<T extends string, R extends PointsRoute<T>, F> {
  /** The announced count (empty without countTestId), the map with its legend, and the table: laid out by the page. */
  readonly count: HTMLElement;
  readonly mapLayout: HTMLElement;
  readonly table: HTMLElement;
  /** The types' checkboxes, for the page's filters form. */
  typeFilter(): HTMLElement;
  /** Draws the legend of the types checked, the count (when given) and the table of `rows`. */
  list(rows: F[], count?: string): void;
  /**
   * Draws `points` on the map, once it is there; the first time (unless the URL placed the map) it zooms to `fit`.
   * `drawn` goes to the map's data-drawn once it is idle (what the tests wait for). `what` is read once the map is
   * there: null, nothing to draw yet.
   */
  drawMap(what: () => { points: MapPoint[]; fit: MapPoint[]; label: string; drawn: string } | null): Promise<void>;
  /** The next drawing zooms to its points again, unless the URL places the map. */
  fitAgain(): void;
  /** The new route: the map goes where the URL says (unless the reader moved it there). */
  update(next: R): void;
  destroy(): void;
}

export function createPointsPage<T extends string, R extends PointsRoute<T>, F>(options: PointsPageOptions<T, R, F>): PointsPage<T, R, F> {
  const { ctx } = options;
  let route = options.route;
  let destroyed = false;
  let fitted = route.map !== null;
  let movedByMap = false;
  const count = h('div', { 'aria-live': 'polite' });
  const mapElement = h('div', { class: 'map', id: `${options.slug}-map` });
  const mapStatus = h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…');
  const legend = h('div', { class: 'legend' });
  const table = h('div', {});
  const mapLayout = h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, mapElement, mapStatus), legend);
  const checked = (t: T): boolean => route.types === null || route.types.includes(t);

  const nearness = nearViewport(mapElement);
  let map: PointMap | null = null;
  const ready: Promise<PointMap | null> = mountMap(
    nearness.near
      .then(() => import('../map/pointMap'))
      .then(({ createPointMap }) =>
        createPointMap(mapElement, {
          label: options.mapLabel,
          layer: options.layer,
          position: route.map,
          onMove: (position: MapPosition) => {
            if (destroyed) return;
            movedByMap = true;
            ctx.navigate({ ...route, map: position }, { replace: true });
          },
        }),
      ),
    mapElement,
    mapStatus,
    () => destroyed,
  ).then((created) => (map = created));

  return {
    count,
    mapLayout,
    table,
    typeFilter() {
      return h(
        'fieldset',
        { class: 'fieldset points-types' },
        h('legend', {}, options.typesLegend),
        ...options.types.map((t) =>
          checkboxField(options.labels[t], `type-${t}`, checked(t), (on) => ctx.navigate({ ...route, types: options.toggle(route.types, t, on) })),
        ),
      );
    },
    list(rows, counted) {
      if (options.countTestId && counted !== undefined) replaceContent(count, h('p', { 'data-testid': options.countTestId }, counted));
      replaceContent(
        legend,
        h('p', { class: 'label' }, 'Légende'),
        h(
          'ul',
          { class: 'points-legend' },
          ...options.types
            .filter(checked)
            .map((t) => h('li', {}, h('span', { class: 'swatch', style: `background:${options.colours[t]}` }), options.labels[t])),
        ),
        options.legendNote ? h('p', {}, options.legendNote) : null,
      );
      const { caption, summary, testId, columns, sort } = options.table;
      const sorted = sortableTable(`${caption} (${rows.length.toLocaleString('fr-FR')})`, columns, rows, sort, () => ({}), { size: 50 });
      replaceContent(table, tableAlternative(summary, h('div', { 'data-testid': testId }, sorted.element)));
    },
    async drawMap(what) {
      const m = await ready;
      const drawing = m && !destroyed ? what() : null;
      if (!m || !drawing) return;
      m.setPoints(drawing.points, fitted ? null : drawing.fit);
      fitted = true;
      m.setLabel(drawing.label);
      await m.idle();
      if (destroyed) return;
      mapStatus.hidden = true;
      mapElement.dataset['drawn'] = drawing.drawn;
    },
    fitAgain() {
      fitted = route.map !== null;
    },
    update(next) {
      const previous = route;
      route = next;
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
