/** The stations page in the URL: /mobilite/gares?territory=epci:246200364&gare=lens. */
import { DEFAULT_ZONE, pick, query, type Route } from '../../../platform/routes';

export interface GaresRoute {
  view: 'mobilite/gares';
  /** A commune, EPCI or groupement; default the AULA perimeter. */
  territory: string;
  /** The station whose sheet is open, by its id; null: none. */
  station: string | null;
}

const GARES_TERRITORY = /^(commune|epci|groupement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;
const STATION = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function garesRoute(changes: Partial<Omit<GaresRoute, 'view'>> = {}): GaresRoute {
  const route: GaresRoute = { view: 'mobilite/gares', territory: DEFAULT_ZONE, station: null, ...changes };
  if (!GARES_TERRITORY.test(route.territory)) route.territory = DEFAULT_ZONE;
  if (route.station !== null && (!STATION.test(route.station) || route.station.length > 60)) route.station = null;
  return route;
}

export function parseGares(segments: readonly string[], params: URLSearchParams): GaresRoute | null {
  if (segments.length !== 2 || segments[0] !== 'mobilite' || segments[1] !== 'gares') return null;
  return garesRoute({ territory: pick(params, 'territory', GARES_TERRITORY) ?? DEFAULT_ZONE, station: pick(params, 'gare', STATION) });
}

export function garesUrl(route: GaresRoute): string {
  return `/mobilite/gares${query([
    ['territory', route.territory === DEFAULT_ZONE ? null : route.territory],
    ['gare', route.station],
  ])}`;
}

export function isGaresRoute(route: Route): route is GaresRoute {
  return route.view === 'mobilite/gares';
}
