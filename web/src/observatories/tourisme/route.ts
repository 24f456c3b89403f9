/**
 * The accommodation map in the URL: /tourisme/carte?territory=epci:200072460&type=hotel,camping&map=lon,lat,zoom — the
 * EPCI whose capacity is counted (default: the CC des 7 Vallées), the types shown (absent: all; "aucun": none) and the
 * map's position. Malformed values are dropped; the types keep the nomenclature's order (one view, one URL).
 */
import { formatMapPosition, parseMapPosition, query, type MapPosition, type Route } from '../../platform/routes';

export const TYPES = ['hotel', 'camping', 'gite', 'chambre_hotes', 'collectif', 'residence'] as const;
export type AccommodationType = (typeof TYPES)[number];

export const EPCIS = [
  { id: 'epci:200044030', label: 'CC des 7 Vallées' },
  { id: 'epci:200072460', label: 'CA de Béthune-Bruay, Artois-Lys Romane' },
] as const;
export const DEFAULT_EPCI = EPCIS[0].id;
const NONE = 'aucun';

export interface TourismeCarteRoute {
  view: 'tourisme/carte';
  /** The EPCI whose capacity is counted and the map fits. */
  territory: string;
  /** The types shown; null: all of them. */
  types: AccommodationType[] | null;
  map: MapPosition | null;
}

export function carteRoute(changes: Partial<Omit<TourismeCarteRoute, 'view'>> = {}): TourismeCarteRoute {
  const route: TourismeCarteRoute = { view: 'tourisme/carte', territory: DEFAULT_EPCI, types: null, map: null, ...changes };
  if (!EPCIS.some((e) => e.id === route.territory)) route.territory = DEFAULT_EPCI;
  return route;
}

/** A checkbox list: null when absent or when every type is there, [] for "aucun". */
export function pickTypes(value: string | null): AccommodationType[] | null {
  if (value === null || value === '') return null;
  if (value === NONE) return [];
  const given = new Set(value.split(','));
  const kept = TYPES.filter((t) => given.has(t));
  return kept.length === 0 || kept.length === TYPES.length ? null : kept;
}

/** The types after a checkbox changed, in the nomenclature's order; null once all are checked again. */
export function toggleType(list: readonly AccommodationType[] | null, type: AccommodationType, on: boolean): AccommodationType[] | null {
  const set = new Set(list ?? TYPES);
  if (on) set.add(type);
  else set.delete(type);
  const next = TYPES.filter((t) => set.has(t));
  return next.length === TYPES.length ? null : next;
}

export function parseCarte(segments: readonly string[], params: URLSearchParams): TourismeCarteRoute | null {
  if (segments.length !== 2 || segments[0] !== 'tourisme' || segments[1] !== 'carte') return null;
  return carteRoute({
    territory: params.get('territory') ?? DEFAULT_EPCI,
    types: pickTypes(params.get('type')),
    map: parseMapPosition(params.get('map')),
  });
}

export function carteUrl(route: TourismeCarteRoute): string {
  const types = route.types === null ? null : route.types.length === 0 ? NONE : route.types.join(',');
  return `/tourisme/carte${query([
    ['territory', route.territory === DEFAULT_EPCI ? null : route.territory],
    ['type', types],
    ['map', route.map ? formatMapPosition(route.map) : null],
  ])}`;
}

export function isCarteRoute(route: Route): route is TourismeCarteRoute {
  return route.view === 'tourisme/carte';
}
