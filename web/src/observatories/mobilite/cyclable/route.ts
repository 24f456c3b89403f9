/** The cycling network page in the URL: /mobilite/cyclable?territory=epci:246200364. */
import { DEFAULT_ZONE, pick, query, type Route } from '../../../platform/routes';

export interface CyclableRoute {
  view: 'mobilite/cyclable';
  /** A commune, EPCI or groupement; default the AULA perimeter. */
  territory: string;
}

const CYCLABLE_TERRITORY = /^(commune|epci|groupement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;

export function cyclableRoute(territory: string = DEFAULT_ZONE): CyclableRoute {
  return { view: 'mobilite/cyclable', territory: CYCLABLE_TERRITORY.test(territory) ? territory : DEFAULT_ZONE };
}

export function parseCyclable(segments: readonly string[], params: URLSearchParams): CyclableRoute | null {
  if (segments.length !== 2 || segments[0] !== 'mobilite' || segments[1] !== 'cyclable') return null;
  return cyclableRoute(pick(params, 'territory', CYCLABLE_TERRITORY) ?? DEFAULT_ZONE);
}

export function cyclableUrl(route: CyclableRoute): string {
  return `/mobilite/cyclable${query([['territory', route.territory === DEFAULT_ZONE ? null : route.territory]])}`;
}

export function isCyclableRoute(route: Route): route is CyclableRoute {
  return route.view === 'mobilite/cyclable';
}
