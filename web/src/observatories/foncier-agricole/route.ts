/**
 * The outlets map in the URL: /foncier-agricole/circuits-courts?type=amap,marche&map=lon,lat,zoom — the types shown
 * (absent: all; "aucun": none) and the map's position. Malformed values are dropped; the types keep the nomenclature's
 * order (one view, one URL).
 */
import { formatMapPosition, parseMapPosition, query, type MapPosition, type Route } from '../../platform/routes';

export const TYPES = ['vente_ferme', 'marche', 'amap', 'drive_fermier', 'magasin_producteurs'] as const;
export type OutletType = (typeof TYPES)[number];
const NONE = 'aucun';

export interface CircuitsRoute {
  view: 'foncier-agricole/circuits-courts';
  /** The types shown; null: all of them. */
  types: OutletType[] | null;
  map: MapPosition | null;
}

export function circuitsRoute(changes: Partial<Omit<CircuitsRoute, 'view'>> = {}): CircuitsRoute {
  return { view: 'foncier-agricole/circuits-courts', types: null, map: null, ...changes };
}

/** A checkbox list: null when absent or when every type is there, [] for "aucun". */
export function pickTypes(value: string | null): OutletType[] | null {
  if (value === null || value === '') return null;
  if (value === NONE) return [];
  const given = new Set(value.split(','));
  const kept = TYPES.filter((t) => given.has(t));
  return kept.length === 0 || kept.length === TYPES.length ? null : kept;
}

/** The types after a checkbox changed, in the nomenclature's order; null once all are checked again. */
export function toggleType(list: readonly OutletType[] | null, type: OutletType, on: boolean): OutletType[] | null {
  const set = new Set(list ?? TYPES);
  if (on) set.add(type);
  else set.delete(type);
  const next = TYPES.filter((t) => set.has(t));
  return next.length === TYPES.length ? null : next;
}

export function parseCircuits(segments: readonly string[], params: URLSearchParams): CircuitsRoute | null {
  if (segments.length !== 2 || segments[0] !== 'foncier-agricole' || segments[1] !== 'circuits-courts') return null;
  return circuitsRoute({ types: pickTypes(params.get('type')), map: parseMapPosition(params.get('map')) });
}

export function circuitsUrl(route: CircuitsRoute): string {
  const types = route.types === null ? null : route.types.length === 0 ? NONE : route.types.join(',');
  return `/foncier-agricole/circuits-courts${query([
    ['type', types],
    ['map', route.map ? formatMapPosition(route.map) : null],
  ])}`;
}

export function isCircuitsRoute(route: Route): route is CircuitsRoute {
  return route.view === 'foncier-agricole/circuits-courts';
}
