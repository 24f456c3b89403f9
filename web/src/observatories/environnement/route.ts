/** The overheating page in the URL: /environnement/surchauffe?territory=epci:200072460&annee=2022&map=lon,lat,zoom. */
import { DEFAULT_ZONE, formatMapPosition, parseMapPosition, pick, query, type MapPosition, type Route } from '../../platform/routes';

export interface SurchauffeRoute {
  view: 'environnement/surchauffe';
  /** A commune, EPCI or groupement; default the AULA perimeter. */
  territory: string;
  /** The image's year; null: the newest. */
  year: number | null;
  map: MapPosition | null;
}

const TERRITORY = /^(commune|epci|groupement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;
const YEAR = /^(19[89][0-9]|20[0-9]{2})$/;

export function surchauffeRoute(changes: Partial<Omit<SurchauffeRoute, 'view'>> = {}): SurchauffeRoute {
  const route: SurchauffeRoute = { view: 'environnement/surchauffe', territory: DEFAULT_ZONE, year: null, map: null, ...changes };
  if (!TERRITORY.test(route.territory)) route.territory = DEFAULT_ZONE;
  if (route.year !== null && !YEAR.test(String(route.year))) route.year = null;
  return route;
}

export function parseSurchauffe(segments: readonly string[], params: URLSearchParams): SurchauffeRoute | null {
  if (segments.length !== 2 || segments[0] !== 'environnement' || segments[1] !== 'surchauffe') return null;
  const year = pick(params, 'annee', YEAR);
  return surchauffeRoute({
    territory: pick(params, 'territory', TERRITORY) ?? DEFAULT_ZONE,
    year: year === null ? null : Number(year),
    map: parseMapPosition(params.get('map')),
  });
}

export function surchauffeUrl(route: SurchauffeRoute): string {
  return `/environnement/surchauffe${query([
    ['territory', route.territory === DEFAULT_ZONE ? null : route.territory],
    ['annee', route.year === null ? null : String(route.year)],
    ['map', route.map ? formatMapPosition(route.map) : null],
  ])}`;
}

export function isSurchauffeRoute(route: Route): route is SurchauffeRoute {
  return route.view === 'environnement/surchauffe';
}
