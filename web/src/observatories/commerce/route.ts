/**
 * The commerce pages in the URL:
 * - /commerce?territory=epci:200072460&changement=closure&activite=alimentaire — the dashboard of a territory, the
 *   list of changes filtered by kind and activity;
 * - /commerce/carte?activite=alimentaire,chr&statut=active,vacant&cellule=BET-0042&map=lon,lat,zoom — the outlets
 *   map, its checkboxes (absent: all; "aucune": none), the cell whose panel is open, the map's position;
 * - /commerce/centralites/bethune-centre — a centrality's sheet; /commerce/centralites?programme=acv their list.
 * Malformed values are dropped; lists keep the known values in the nomenclature's order (one view, one URL).
 */
import { DEFAULT_ZONE, formatMapPosition, parseMapPosition, pick, query, type MapPosition, type Route } from '../../platform/routes';
import { ACTIVITIES, CHANGE_KINDS, STATUSES, type Activity, type Status } from './codes';

const TERRITORY = /^(commune|epci|groupement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;
const CENTRALITY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CELL = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,40}$/;
const PROGRAMME = /^(acv|pvd|villages_avenir)$/;
const NONE = 'aucune';

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface CommerceRoute {
  view: 'commerce/dashboard';
  territory: string;
  /** The changes listed: one kind, or all (null). */
  change: ChangeKind | null;
  /** The changes listed: those whose activity before or after is this one, or all (null). */
  activity: Activity | null;
}

export interface CarteRoute {
  view: 'commerce/carte';
  /** The activities shown; null: all of them. */
  activities: Activity[] | null;
  /** The statuses shown; null: all of them. */
  statuses: Status[] | null;
  /** The cell whose panel is open. */
  cell: string | null;
  map: MapPosition | null;
}

export interface CentraliteRoute {
  view: 'commerce/centralite';
  /** The centrality whose sheet is shown; null: the list of the centralities. */
  centrality: string | null;
  /** The list's programme (null: all). */
  programme: string | null;
}

export function commerceRoute(changes: Partial<Omit<CommerceRoute, 'view'>> = {}): CommerceRoute {
  const route: CommerceRoute = { view: 'commerce/dashboard', territory: DEFAULT_ZONE, change: null, activity: null, ...changes };
  if (!TERRITORY.test(route.territory)) route.territory = DEFAULT_ZONE;
  return route;
}

export function carteRoute(changes: Partial<Omit<CarteRoute, 'view'>> = {}): CarteRoute {
  return { view: 'commerce/carte', activities: null, statuses: null, cell: null, map: null, ...changes };
}

export function centraliteRoute(centrality: string | null = null, programme: string | null = null): CentraliteRoute {
  return {
    view: 'commerce/centralite',
    centrality: centrality !== null && CENTRALITY.test(centrality) && centrality.length <= 60 ? centrality : null,
    programme: centrality === null && programme !== null && PROGRAMME.test(programme) ? programme : null,
  };
}

/** A checkbox list: null when absent or when every value is there (all shown), [] for "aucune". */
export function pickChecked<T extends string>(value: string | null, known: readonly T[]): T[] | null {
  if (value === null || value === '') return null;
  if (value === NONE) return [];
  const given = new Set(value.split(','));
  const kept = known.filter((k) => given.has(k));
  if (kept.length === 0 || kept.length === known.length) return null;
  return kept;
}

function checkedParam<T extends string>(list: readonly T[] | null, known: readonly T[]): string | null {
  if (list === null || list.length === known.length) return null;
  return list.length === 0 ? NONE : known.filter((k) => list.includes(k)).join(',');
}

/** The list after a checkbox changed, in the nomenclature's order; null once all are checked again. */
export function toggle<T extends string>(list: readonly T[] | null, value: T, on: boolean, known: readonly T[]): T[] | null {
  const set = new Set(list ?? known);
  if (on) set.add(value);
  else set.delete(value);
  const next = known.filter((k) => set.has(k));
  return next.length === known.length ? null : next;
}

export function parseCommerce(segments: readonly string[], params: URLSearchParams): CommerceRoute | null {
  if (segments.length !== 1 || segments[0] !== 'commerce') return null;
  const change = params.get('changement');
  const activity = params.get('activite');
  return commerceRoute({
    territory: pick(params, 'territory', TERRITORY) ?? DEFAULT_ZONE,
    change: CHANGE_KINDS.find((k) => k === change) ?? null,
    activity: ACTIVITIES.find((a) => a === activity) ?? null,
  });
}

export function commerceUrl(route: CommerceRoute): string {
  return `/commerce${query([
    ['territory', route.territory === DEFAULT_ZONE ? null : route.territory],
    ['changement', route.change],
    ['activite', route.activity],
  ])}`;
}

export function parseCarte(segments: readonly string[], params: URLSearchParams): CarteRoute | null {
  if (segments.length !== 2 || segments[0] !== 'commerce' || segments[1] !== 'carte') return null;
  return carteRoute({
    activities: pickChecked(params.get('activite'), ACTIVITIES),
    statuses: pickChecked(params.get('statut'), STATUSES),
    cell: pick(params, 'cellule', CELL),
    map: parseMapPosition(params.get('map')),
  });
}

export function carteUrl(route: CarteRoute): string {
  return `/commerce/carte${query([
    ['activite', checkedParam(route.activities, ACTIVITIES)],
    ['statut', checkedParam(route.statuses, STATUSES)],
    ['cellule', route.cell],
    ['map', route.map ? formatMapPosition(route.map) : null],
  ])}`;
}

export function parseCentralite(segments: readonly string[], params: URLSearchParams): CentraliteRoute | null {
  if (segments[0] !== 'commerce' || segments[1] !== 'centralites' || segments.length > 3) return null;
  if (segments.length === 2) return centraliteRoute(null, pick(params, 'programme', PROGRAMME));
  const route = centraliteRoute(decodeURIComponent(segments[2]!));
  return route.centrality === null ? null : route;
}

export function centraliteUrl(route: CentraliteRoute): string {
  if (route.centrality !== null) return `/commerce/centralites/${route.centrality}`;
  return `/commerce/centralites${query([['programme', route.programme]])}`;
}

export function isCommerceRoute(route: Route): route is CommerceRoute {
  return route.view === 'commerce/dashboard';
}

export function isCarteRoute(route: Route): route is CarteRoute {
  return route.view === 'commerce/carte';
}

export function isCentraliteRoute(route: Route): route is CentraliteRoute {
  return route.view === 'commerce/centralite';
}
