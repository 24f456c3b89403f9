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
 *   /connexion                                   editor sign-in            ?next=/observatories/…
 *   /donnees, /donnees/{id}                      technicians' datasets     ?q=…&observatory=…&theme=…&source=…&level=…&periodicity=…
 *                                                   &licence=…&access=…&updatedSince=2024-01-01&watch=1&offset=20
 *
 * An observatory's own pages (its map, its counter...) are PageRoutes that its folder parses and writes itself
 * (src/observatories/<slug>/route.ts); the router tries the platform's paths first, then the pages of the registry.
 * Unknown or malformed values are dropped (the view then uses its default), never trusted.
 */

import { pick, pickDate, pickId, safeNext, text } from './params';

export { pick, pickDate, pickId, safeNext };

export type MapLevel = 'commune' | 'epci';
export type ClassMethod = 'quantile' | 'jenks' | 'equal' | 'fixed';
/** How the dashboard's projection extends the zone's series (GET …/projection?method=). */
export type ProjectionMethod = 'linear' | 'compound' | 'bounded';

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
  /** null (absent): the indicator's default, its fixed classes when it has some, else quantiles. */
  method: ClassMethod | null;
  classes: number;
  /**
   * Base 100 at the first period of the chart: true (index=1), false (index=0), or null (absent: the dashboard
   * decides, base 100 for counts, whose territories differ in size by orders of magnitude).
   */
  index: boolean | null;
  /** The projection's method; null (absent): the API's default, bounded for a share, linear otherwise. */
  projection: ProjectionMethod | null;
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

/** The facets of the datasets' search, each one value at most (the API's filters). */
export const DATASET_FACETS = ['observatory', 'theme', 'source', 'level', 'periodicity', 'licence', 'access'] as const;
export type DatasetFacet = (typeof DATASET_FACETS)[number];

/** The technicians' data catalogue: the datasets found by text and facets, or (id) one dataset's page. */
export interface DatasetsRoute {
  view: 'datasets';
  q: string;
  facets: Partial<Record<DatasetFacet, string>>;
  /** yyyy-mm-dd: modified on or after. */
  updatedSince: string | null;
  /** The agency's "À surveiller" section: stale datasets and refused imports. */
  watch: boolean;
  offset: number;
}

export interface DatasetRoute {
  view: 'dataset';
  id: string;
}

export interface NotFoundRoute {
  view: 'notFound';
  path: string;
}

/** The editor's sign-in form; next: the page to go back to (a path of this site). */
export interface SignInRoute {
  view: 'signIn';
  next: string | null;
}

/** A page of an observatory: its view is "<slug>/<page>" (e.g. "zan/counter"); the rest is the page's own state. */
export interface PageRoute {
  readonly view: `${string}/${string}`;
}

export type PlatformRoute = PortalRoute | DashboardRoute | ProfileRoute | CatalogueRoute | DatasetsRoute | DatasetRoute | SignInRoute | NotFoundRoute;
export type Route = PlatformRoute | PageRoute;

export function isPageRoute(route: Route): route is PageRoute {
  return route.view.includes('/');
}

export const TERRITORY_ID = /^(commune|epci|groupement|departement|region):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;
const SLUG = /^[a-z0-9][a-z0-9_-]{0,60}$/;
const CODE = /^[a-z0-9][a-z0-9_.-]{0,100}$/;
const PERIOD = /^\d{4}(-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/;
const LAYER = /^[a-z0-9][a-z0-9_-]{0,80}$/;
const ITEM = /^(indicator|layer):[a-z0-9][a-z0-9_.-]{0,100}$/;
const DATASET_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,150}$/;
const FACET_VALUE = /^\P{Cc}{1,200}$/u;

export function isTerritoryId(value: string | null | undefined): value is string {
  return typeof value === 'string' && TERRITORY_ID.test(value);
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

/** The platform's route of a path, or null when the path is none of the platform's (an observatory's page, or unknown). */
function parsePlatformRoute(pathname: string, params: URLSearchParams): PlatformRoute | null {
  const segments = pathname.split('/').filter((s) => s !== '');
  const [first, second, ...rest] = segments;

  if (first === undefined || (first === 'index.html' && second === undefined)) {
    return { view: 'portal', territory: pick(params, 'territory', TERRITORY_ID) };
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
      const projection = params.get('projection');
      return {
        view: 'dashboard',
        observatory: slug,
        indicator: pick(params, 'indicator', CODE),
        period: pick(params, 'period', PERIOD),
        level,
        zone: pick(params, 'zone', TERRITORY_ID) ?? DEFAULT_ZONE,
        method: method === 'jenks' || method === 'equal' || method === 'quantile' || method === 'fixed' ? method : null,
        classes: Number.isInteger(classes) && classes >= MIN_CLASSES && classes <= MAX_CLASSES ? classes : DEFAULT_CLASSES,
        index: params.get('index') === '1' ? true : params.get('index') === '0' ? false : null,
        projection: projection === 'linear' || projection === 'compound' || projection === 'bounded' ? projection : null,
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
  if (first === 'donnees' && rest.length === 0) {
    if (second === undefined) {
      const facets: Partial<Record<DatasetFacet, string>> = {};
      for (const facet of DATASET_FACETS) {
        const value = pick(params, facet, FACET_VALUE);
        if (value !== null) facets[facet] = value;
      }
      const offset = Number(params.get('offset'));
      return {
        view: 'datasets',
        q: text(params, 'q'),
        facets,
        updatedSince: pickDate(params, 'updatedSince'),
        watch: params.get('watch') === '1',
        offset: Number.isInteger(offset) && offset > 0 && offset <= 100_000 ? offset : 0,
      };
    }
    const id = decodeSegment(second);
    if (id !== null && DATASET_ID.test(id)) return { view: 'dataset', id };
  }
  return null;
}

/** A number within [min, max], or null. */
export function number(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
}

/** Query string from ordered pairs, leaving out nulls; ':' and ',' kept readable (both are legal in a query). */
export function query(pairs: [string, string | null | undefined | false][]): string {
  const params = new URLSearchParams();
  for (const [key, value] of pairs) {
    if (value === null || value === undefined || value === false || value === '') continue;
    params.set(key, value);
  }
  const qs = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return qs === '' ? '' : `?${qs}`;
}

/** The URL (path and query) of a route. Defaults are left out, so that URLs stay short. */
export function routeToUrl(route: PlatformRoute): string {
  switch (route.view) {
    case 'portal':
      return `/${query([['territory', route.territory]])}`;
    case 'dashboard':
      return `/observatories/${encodeURIComponent(route.observatory)}${query([
        ['indicator', route.indicator],
        ['period', route.period],
        ['level', route.level === 'commune' ? null : route.level],
        ['zone', route.zone === DEFAULT_ZONE ? null : route.zone],
        ['method', route.method],
        ['classes', route.classes === DEFAULT_CLASSES ? null : String(route.classes)],
        ['index', route.index === null ? null : route.index ? '1' : '0'],
        ['projection', route.projection],
        ['layers', route.layers.length > 0 ? route.layers.join(',') : null],
        ['map', route.map ? formatMapPosition(route.map) : null],
        ['selected', route.selected],
      ])}`;
    case 'profile':
      return route.territory ? `/territories/${route.territory}` : `/territories${query([['q', route.q]])}`;
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
    case 'datasets':
      return `/donnees${query([
        ['q', route.q],
        ...DATASET_FACETS.map((facet): [string, string | undefined] => [facet, route.facets[facet]]),
        ['updatedSince', route.updatedSince],
        ['watch', route.watch && '1'],
        ['offset', route.offset > 0 ? String(route.offset) : null],
      ])}`;
    case 'dataset':
      return `/donnees/${encodeURIComponent(route.id).replace(/%3A/gi, ':')}`;
    case 'notFound':
      return route.path;
  }
}

/** The datasets' search with no filter. */
export function datasetsRoute(changes: Partial<Omit<DatasetsRoute, 'view'>> = {}): DatasetsRoute {
  return { view: 'datasets', q: '', facets: {}, updatedSince: null, watch: false, offset: 0, ...changes };
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
    method: null,
    classes: DEFAULT_CLASSES,
    index: null,
    projection: null,
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
  if (a.view === 'dataset' && b.view === 'dataset') return a.id === b.id;
  return true;
}

/** What the router needs of an observatory's page: its view, and how it reads and writes its URLs. */
export interface PageUrls {
  readonly view: string;
  /** The page's route of a path (its segments) and query, or null when the path is not the page's. */
  parse(segments: readonly string[], params: URLSearchParams): PageRoute | null;
  toUrl(route: PageRoute): string;
}

export interface Router {
  parse(pathname: string, search: string): Route;
  toUrl(route: Route): string;
}

/** Routes over the platform's paths and the pages of the observatories registered. */
export function createRouter(pages: readonly PageUrls[]): Router {
  const byView = new Map(pages.map((page) => [page.view, page]));
  return {
    parse(pathname, search) {
      const params = new URLSearchParams(search);
      const platform = parsePlatformRoute(pathname, params);
      if (platform) return platform;
      const segments = pathname.split('/').filter((s) => s !== '');
      for (const page of pages) {
        const route = page.parse(segments, params);
        if (route) return route;
      }
      return { view: 'notFound', path: pathname };
    },
    toUrl(route) {
      if (!isPageRoute(route)) return routeToUrl(route);
      const page = byView.get(route.view);
      if (!page) throw new Error(`No page ${route.view} is registered`);
      return page.toUrl(route);
    },
  };
}
