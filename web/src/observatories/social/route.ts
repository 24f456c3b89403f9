/**
 * The Social page in the URL: /social/deciles?territory=epci:200072460&year=2021 (the income deciles of a commune,
 * EPCI, groupement, département or région against its département and région; the CABBALR by default).
 */
import { pick, query, type Route } from '../../platform/routes';

/** The CABBALR, whose observatoire social the agency runs. */
export const CABBALR = 'epci:200072460';

const TERRITORY = /^(commune|epci|groupement|departement|region):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;
const YEAR = /^20[0-9]{2}$/;

export interface DecilesRoute {
  view: 'social/deciles';
  /** A commune, EPCI, groupement, département or région; default the CABBALR. */
  territory: string;
  /** The Filosofi vintage; null for the latest. */
  year: number | null;
}

export function decilesRoute(territory: string = CABBALR, year: number | null = null): DecilesRoute {
  return { view: 'social/deciles', territory: TERRITORY.test(territory) ? territory : CABBALR, year };
}

export function parseDeciles(segments: readonly string[], params: URLSearchParams): DecilesRoute | null {
  if (segments.length !== 2 || segments[0] !== 'social' || segments[1] !== 'deciles') return null;
  const year = pick(params, 'year', YEAR);
  return decilesRoute(pick(params, 'territory', TERRITORY) ?? CABBALR, year === null ? null : Number(year));
}

export function decilesUrl(route: DecilesRoute): string {
  return `/social/deciles${query([
    ['territory', route.territory === CABBALR ? null : route.territory],
    ['year', route.year === null ? null : String(route.year)],
  ])}`;
}

export function isDecilesRoute(route: Route): route is DecilesRoute {
  return route.view === 'social/deciles';
}
