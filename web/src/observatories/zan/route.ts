/** The ZAN counter in the URL: /zan?territory=epci:200072460&per=job. */
import { DEFAULT_ZONE, pick, query, type Route } from '../../platform/routes';

export interface ZanRoute {
  view: 'zan/counter';
  /** Commune, EPCI or groupement; default the AULA perimeter. */
  territory: string;
  /** The ranking of communes divides by new inhabitants (default) or new private jobs. */
  per: 'inhabitant' | 'job';
}

const ZAN_TERRITORY = /^(commune|epci|groupement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;

/** The ZAN counter of a territory (AULA by default, and for a level the counter is not offered for). */
export function zanRoute(territory: string = DEFAULT_ZONE, per: ZanRoute['per'] = 'inhabitant'): ZanRoute {
  return { view: 'zan/counter', territory: ZAN_TERRITORY.test(territory) ? territory : DEFAULT_ZONE, per };
}

export function parseZan(segments: readonly string[], params: URLSearchParams): ZanRoute | null {
  if (segments.length !== 1 || segments[0] !== 'zan') return null;
  return zanRoute(pick(params, 'territory', ZAN_TERRITORY) ?? DEFAULT_ZONE, params.get('per') === 'job' ? 'job' : 'inhabitant');
}

export function zanUrl(route: ZanRoute): string {
  return `/zan${query([
    ['territory', route.territory === DEFAULT_ZONE ? null : route.territory],
    ['per', route.per === 'inhabitant' ? null : route.per],
  ])}`;
}

export function isZanRoute(route: Route): route is ZanRoute {
  return route.view === 'zan/counter';
}
