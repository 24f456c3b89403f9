/** The energy dashboard in the URL: /energie?territory=epci:200072460. */
import { DEFAULT_ZONE, pick, query, type Route } from '../../../platform/routes';

export interface BilanRoute {
  view: 'energie/bilan';
  /** Commune, EPCI, groupement, département or région; default the AULA perimeter. */
  territory: string;
}

const BILAN_TERRITORY = /^(commune|epci|groupement|departement|region):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;

export function bilanRoute(territory: string = DEFAULT_ZONE): BilanRoute {
  return { view: 'energie/bilan', territory: BILAN_TERRITORY.test(territory) ? territory : DEFAULT_ZONE };
}

export function parseBilan(segments: readonly string[], params: URLSearchParams): BilanRoute | null {
  if (segments.length !== 1 || segments[0] !== 'energie') return null;
  return bilanRoute(pick(params, 'territory', BILAN_TERRITORY) ?? DEFAULT_ZONE);
}

export function bilanUrl(route: BilanRoute): string {
  return `/energie${query([['territory', route.territory === DEFAULT_ZONE ? null : route.territory]])}`;
}

export function isBilanRoute(route: Route): route is BilanRoute {
  return route.view === 'energie/bilan';
}
