/**
 * Every view is a URL. The route is the typed view state; parseRoute and routeToUrl are inverse functions over the
 * page's path and query, so reloading or sharing a URL restores exactly the same view.
 *
 *   /                                            portal                    ?territory=epci:200072460
 *   /observatories/emploi                        observatory dashboard     ?indicator=…&period=2023&level=commune
 *                                                   &zone=epci:200072460&method=jenks&classes=5&index=1
 *                                                   &layers=emploi-etablissements&map=2.6321,50.4612,9.5&selected=commune:62119
 *   /territories, /territories/commune:62119     territory profile (search, then the profile)
 *   /catalogue                                   data catalogue            ?q=…&observatory=…&source=…&item=indicator:code
 *   /friches                                     brownfield map and sheet  ?epci=…&commune=…&status=…&minArea=1&minScore=50
 *                                                   &colour=status&site=12&weights=pollution:5,area:0&map=…
 *   /zan                                         compteur ZAN              ?territory=epci:200072460&per=job
 *   /observatories/foncier-eco/zae               business parks' land     ?territory=epci:…&park=11&lot=1101&asOf=2025-06-30
 *   /connexion                                   editor sign-in            ?next=/observatories/foncier-eco/zae
 *
 * Unknown or malformed values are dropped (the view then uses its default), never trusted.
 */

export type MapLevel = 'commune' | 'epci';
export type ClassMethod = 'quantile' | 'jenks' | 'equal';

export const DEFAULT_ZONE = 'groupement:aula';
export const DEFAULT_METHOD: ClassMethod = 'quantile';
export const DEFAULT_CLASSES = 5;
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 9;

/** Centre and zoom of a map: lon, lat in degrees. */
export interface MapPosition {
  lon: number;
  lat: number;
  zoom: number;
}

export interface PortalRoute {
  view: 'portal';
  territory: string | null;
}

export interface DashboardRoute {
  view: 'dashboard';
  observatory: string;
  indicator: string | null;
  period: string | null;
  level: MapLevel;
  zone: string;
  method: ClassMethod;
  classes: number;
  /**
   * Base 100 at the first period of the chart: true (index=1), false (index=0), or null (absent: the dashboard
   * decides, base 100 for counts, whose territories differ in size by orders of magnitude).
   */
  index: boolean | null;
  layers: string[];
  map: MapPosition | null;
  /** Territory clicked on the map or in the table. */
  selected: string | null;
}

export interface ProfileRoute {
  view: 'profile';
  territory: string | null;
  q: string;
}

export interface CatalogueRoute {
  view: 'catalogue';
  q: string;
  observatory: string | null;
  source: string | null;
  /** "indicator:<code>" or "layer:<collection id>": the entry whose sheet is open. */
  item: string | null;
}

export interface FrichesRoute {
  view: 'friches';
  epci: string | null;
  commune: string | null;
  status: string | null;
  minArea: number | null;
  minScore: number | null;
  /** What colours the sites: their mutability score (default) or their status. */
  colour: 'score' | 'status';
  /** The site whose sheet is open. */
  site: number | null;
  /** What-if weights by criterion (only those moved from the agency's default); empty: no simulation. */
  weights: Record<string, number>;
  map: MapPosition | null;
}

export interface ZanRoute {
  view: 'zan';
  /** Commune, EPCI or groupement; default the AULA perimeter. */
  territory: string;
  /** The ranking of communes divides by new inhabitants (default) or new private jobs. */
  per: 'inhabitant' | 'job';
}

export interface NotFoundRoute {
  view: 'notFound';
  path: string;
}

/** The availability of the business parks (Foncier économique): territory, park, lot, and the date shown. */
export interface FoncierRoute {
  view: 'foncier';
  /** EPCI or groupement whose parks are shown; null: all. */
  territory: string | null;
  park: number | null;
  /** The lot open in the side panel (its sheet, and its editing form for an editor). */
  lot: number | null;
  /** yyyy-mm-dd: the park as it stood at the end of that day; null: today. */
  asOf: string | null;
}

/** The editor's sign-in form; next: the page to go back to (a path of this site). */
export interface SignInRoute {
  view: 'signIn';
  next: string | null;
}

export type Route = PortalRoute | DashboardRoute | ProfileRoute | CatalogueRoute | FrichesRoute | ZanRoute | FoncierRoute | SignInRoute | NotFoundRoute;

export const FONCIER_PATH = '/observatories/foncier-eco/zae';
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[1-9]\d{0,9}$/;

function pickId(params: URLSearchParams, name: string): number | null {
  const value = params.get(name);
  return value !== null && ID.test(value) ? Number(value) : null;
}

/** A path of this site to return to: starts with one slash (never "//host"), no scheme. */
export function safeNext(value: string | null): string | null {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || value.length > 500) return null;
  return value;
}

export function foncierRoute(changes: Partial<Omit<FoncierRoute, 'view'>> = {}): FoncierRoute {
  return { view: 'foncier', territory: null, park: null, lot: null, asOf: null, ...changes };
}

const TERRITORY_ID = /^(commune|epci|groupement|departement|region):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;
const SLUG = /^[a-z0-9][a-z0-9_-]{0,60}$/;
const CODE = /^[a-z0-9][a-z0-9_.-]{0,100}$/;
const PERIOD = /^\d{4}(-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/;
const LAYER = /^[a-z0-9][a-z0-9_-]{0,80}$/;
const ITEM = /^(indicator|layer):[a-z0-9][a-z0-9_.-]{0,100}$/;

export function isTerritoryId(value: string | null | undefined): value is string {
  return typeof value === 'string' && TERRITORY_ID.test(value);
}

function pick(params: URLSearchParams, name: string, pattern: RegExp): string | null {
  const value = params.get(name);
  return value !== null && pattern.test(value) ? value : null;
}

function text(params: URLSearchParams, name: string): string {
  return (params.get(name) ?? '').slice(0, 200);
}

export function parseMapPosition(value: string | null): MapPosition | null {
  if (value === null) return null;
  const parts = value.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lon, lat, zoom] = parts as [number, number, number];
  if (lon < -180 || lon > 180 || lat < -85 || lat > 85 || zoom < 0 || zoom > 22) return null;
  return { lon, lat, zoom };
}

export function formatMapPosition(position: MapPosition): string {
  const round = (n: number, digits: number): string => String(Number(n.toFixed(digits)));
  return `${round(position.lon, 4)},${round(position.lat, 4)},${round(position.zoom, 2)}`;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const segments = pathname.split('/').filter((s) => s !== '');
  const [first, second, ...rest] = segments;

  if (first === undefined || (first === 'index.html' && second === undefined)) {
    return { view: 'portal', territory: pick(params, 'territory', TERRITORY_ID) };
  }
  if (first === 'observatories' && second === 'foncier-eco' && rest.length === 1 && rest[0] === 'zae') {
    const asOf = params.get('asOf');
    return foncierRoute({
      territory: pick(params, 'territory', TERRITORY_ID),
      park: pickId(params, 'park'),
      lot: pickId(params, 'lot'),
      asOf: asOf !== null && DATE.test(asOf) && !Number.isNaN(Date.parse(asOf)) ? asOf : null,
    });
  }
  if (first === 'connexion' && second === undefined) {
    return { view: 'signIn', next: safeNext(params.get('next')) };
  }
  if (first === 'observatories' && second !== undefined && rest.length === 0) {
    const slug = decodeSegment(second);
    if (slug !== null && SLUG.test(slug)) {
      const level = params.get('level') === 'epci' ? 'epci' : 'commune';
      const method = params.get('method');
      const classes = Number(params.get('classes'));
      return {
        view: 'dashboard',
        observatory: slug,
        indicator: pick(params, 'indicator', CODE),
        period: pick(params, 'period', PERIOD),
        level,
        zone: pick(params, 'zone', TERRITORY_ID) ?? DEFAULT_ZONE,
        method: method === 'jenks' || method === 'equal' || method === 'quantile' ? method : DEFAULT_METHOD,
        classes: Number.isInteger(classes) && classes >= MIN_CLASSES && classes <= MAX_CLASSES ? classes : DEFAULT_CLASSES,
        index: params.get('index') === '1' ? true : params.get('index') === '0' ? false : null,
        layers: (params.get('layers') ?? '')
          .split(',')
          .filter((l) => LAYER.test(l))
          .filter((l, i, all) => all.indexOf(l) === i),
        map: parseMapPosition(params.get('map')),
        selected: pick(params, 'selected', TERRITORY_ID),
      };
    }
  }
  if (first === 'territories' && rest.length === 0) {
    if (second === undefined) return { view: 'profile', territory: null, q: text(params, 'q') };
    const id = decodeSegment(second);
    if (id !== null && TERRITORY_ID.test(id)) return { view: 'profile', territory: id, q: '' };
  }
  if (first === 'catalogue' && second === undefined) {
    return {
      view: 'catalogue',
      q: text(params, 'q'),
      observatory: pick(params, 'observatory', SLUG),
      source: params.get('source') ? text(params, 'source') : null,
      item: pick(params, 'item', ITEM),
    };
  }
  if (first === 'friches' && second === undefined) return parseFriches(params);
  if (first === 'zan' && second === undefined) {
    return {
      view: 'zan',
      territory: pick(params, 'territory', ZAN_TERRITORY) ?? DEFAULT_ZONE,
      per: params.get('per') === 'job' ? 'job' : 'inhabitant',
    };
  }
  return { view: 'notFound', path: pathname };
}

const FRICHE_STATUS = /^(identifiee|verifiee_terrain|caracterisee|en_projet|reconvertie|abandonnee)$/;
const ZAN_TERRITORY = /^(commune|epci|groupement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;
const CRITERION = /^[a-z][a-z_]{0,40}$/;

function number(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
}

/** "pollution:5,area:0" → { pollution: 5, area: 0 }; malformed pairs are dropped. Weights are 0–100. */
export function parseWeights(value: string | null): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const pair of (value ?? '').split(',')) {
    const [key, raw, ...more] = pair.split(':');
    if (key === undefined || raw === undefined || more.length > 0 || !CRITERION.test(key) || raw.trim() === '') continue;
    const weight = Number(raw);
    if (Number.isFinite(weight) && weight >= 0 && weight <= 100) weights[key] = weight;
  }
  return weights;
}

/** The inverse of parseWeights, criteria in alphabetical order so that one simulation has one URL. */
export function formatWeights(weights: Record<string, number>): string {
  return Object.keys(weights)
    .sort()
    .map((key) => `${key}:${String(Number(weights[key]!.toFixed(2)))}`)
    .join(',');
}

function parseFriches(params: URLSearchParams): FrichesRoute {
  const site = Number(params.get('site'));
  return {
    view: 'friches',
    epci: pick(params, 'epci', /^epci:[0-9]{9}$/),
    commune: pick(params, 'commune', /^commune:[0-9AB]{5}$/),
    status: pick(params, 'status', FRICHE_STATUS),
    minArea: number(params, 'minArea', 0, 100_000),
    minScore: number(params, 'minScore', 0, 100),
    colour: params.get('colour') === 'status' ? 'status' : 'score',
    site: params.get('site') !== null && Number.isInteger(site) && site > 0 ? site : null,
    weights: parseWeights(params.get('weights')),
    map: parseMapPosition(params.get('map')),
  };
}

/** A brownfield view with every default (all sites, coloured by score, no sheet, no simulation). */
export function frichesRoute(changes: Partial<Omit<FrichesRoute, 'view'>> = {}): FrichesRoute {
  return {
    view: 'friches',
    epci: null,
    commune: null,
    status: null,
    minArea: null,
    minScore: null,
    colour: 'score',
    site: null,
    weights: {},
    map: null,
    ...changes,
  };
}

/** The ZAN counter of a territory (AULA by default). */
export function zanRoute(territory: string = DEFAULT_ZONE, per: ZanRoute['per'] = 'inhabitant'): ZanRoute {
  return { view: 'zan', territory: ZAN_TERRITORY.test(territory) ? territory : DEFAULT_ZONE, per };
}

/** Query string from ordered pairs, leaving out nulls; ':' and ',' kept readable (both are legal in a query). */
function query(pairs: [string, string | null | undefined | false][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of pairs) {
    if (value === null || value === undefined || value === false || value === '') continue;
    params.set(key, value);
  }
  const qs = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return qs === '' ? '' : `?${qs}`;
}

/** The URL (path and query) of a route. Defaults are left out, so that URLs stay short. */
export function routeToUrl(route: Route): string {
  switch (route.view) {
    case 'portal':
      return `/${query([['territory', route.territory]])}`;
    case 'dashboard':
      return `/observatories/${encodeURIComponent(route.observatory)}${query([
        ['indicator', route.indicator],
        ['period', route.period],
        ['level', route.level === 'commune' ? null : route.level],
        ['zone', route.zone === DEFAULT_ZONE ? null : route.zone],
        ['method', route.method === DEFAULT_METHOD ? null : route.method],
        ['classes', route.classes === DEFAULT_CLASSES ? null : String(route.classes)],
        ['index', route.index === null ? null : route.index ? '1' : '0'],
        ['layers', route.layers.length > 0 ? route.layers.join(',') : null],
        ['map', route.map ? formatMapPosition(route.map) : null],
        ['selected', route.selected],
      ])}`;
    case 'profile':
      return route.territory ? `/territories/${route.territory}` : `/territories${query([['q', route.q]])}`;
    case 'foncier':
      return `${FONCIER_PATH}${query([
        ['territory', route.territory],
        ['park', route.park === null ? null : String(route.park)],
        ['lot', route.lot === null ? null : String(route.lot)],
        ['asOf', route.asOf],
      ])}`;
    case 'signIn': {
      // The return path stays readable: only what a query needs is encoded.
      return route.next ? `/connexion?next=${encodeURIComponent(route.next).replace(/%2F/gi, '/').replace(/%3A/gi, ':')}` : '/connexion';
    }
    case 'catalogue':
      return `/catalogue${query([
        ['q', route.q],
        ['observatory', route.observatory],
        ['source', route.source],
        ['item', route.item],
      ])}`;
    case 'friches':
      return `/friches${query([
        ['epci', route.epci],
        ['commune', route.commune],
        ['status', route.status],
        ['minArea', route.minArea === null ? null : String(route.minArea)],
        ['minScore', route.minScore === null ? null : String(route.minScore)],
        ['colour', route.colour === 'score' ? null : route.colour],
        ['site', route.site === null ? null : String(route.site)],
        ['weights', Object.keys(route.weights).length > 0 ? formatWeights(route.weights) : null],
        ['map', route.map ? formatMapPosition(route.map) : null],
      ])}`;
    case 'zan':
      return `/zan${query([
        ['territory', route.territory === DEFAULT_ZONE ? null : route.territory],
        ['per', route.per === 'inhabitant' ? null : route.per],
      ])}`;
    case 'notFound':
      return route.path;
  }
}

/** A dashboard route with every default, for links from the portal and the profile. */
export function dashboardRoute(observatory: string, changes: Partial<Omit<DashboardRoute, 'view' | 'observatory'>> = {}): DashboardRoute {
  return {
    view: 'dashboard',
    observatory,
    indicator: null,
    period: null,
    level: 'commune',
    zone: DEFAULT_ZONE,
    method: DEFAULT_METHOD,
    classes: DEFAULT_CLASSES,
    index: null,
    layers: [],
    map: null,
    selected: null,
    ...changes,
  };
}

/** Two routes that show the same view instance (only its parameters differ): the view updates instead of rebuilding. */
export function sameView(a: Route, b: Route): boolean {
  if (a.view !== b.view) return false;
  if (a.view === 'dashboard' && b.view === 'dashboard') return a.observatory === b.observatory;
  if (a.view === 'profile' && b.view === 'profile') return a.territory === b.territory;
  return true;
}
