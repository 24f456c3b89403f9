/**
 * The brownfield map in the URL: /friches?epci=…&commune=…&status=…&minArea=1&minScore=50&colour=status&site=12
 * &weights=pollution:5,area:0&map=lon,lat,zoom. Malformed values are dropped.
 */
import { formatMapPosition, number, parseMapPosition, pick, pickId, query, type MapPosition, type Route } from '../../platform/routes';

export interface FrichesRoute {
  view: 'friches/map';
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

const FRICHE_STATUS = /^(identifiee|verifiee_terrain|caracterisee|en_projet|reconvertie|abandonnee)$/;
const CRITERION = /^[a-z][a-z_]{0,40}$/;

/** A brownfield view with every default (all sites, coloured by score, no sheet, no simulation). */
export function frichesRoute(changes: Partial<Omit<FrichesRoute, 'view'>> = {}): FrichesRoute {
  return {
    view: 'friches/map',
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

export function parseFriches(segments: readonly string[], params: URLSearchParams): FrichesRoute | null {
  if (segments.length !== 1 || segments[0] !== 'friches') return null;
  return frichesRoute({
    epci: pick(params, 'epci', /^epci:[0-9]{9}$/),
    commune: pick(params, 'commune', /^commune:[0-9AB]{5}$/),
    status: pick(params, 'status', FRICHE_STATUS),
    minArea: number(params, 'minArea', 0, 100_000),
    minScore: number(params, 'minScore', 0, 100),
    colour: params.get('colour') === 'status' ? 'status' : 'score',
    site: pickId(params, 'site'),
    weights: parseWeights(params.get('weights')),
    map: parseMapPosition(params.get('map')),
  });
}

export function frichesUrl(route: FrichesRoute): string {
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
}

export function isFrichesRoute(route: Route): route is FrichesRoute {
  return route.view === 'friches/map';
}
