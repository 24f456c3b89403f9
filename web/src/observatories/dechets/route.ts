/**
 * The Déchets page in the URL: /dechets?territory=epci:200069672 (the waste streams of an EPCI or a groupement against
 * the plans' targets; the CC du Ternois, whose observatory the agency runs, by default).
 */
import { pick, query, type Route } from '../../platform/routes';

/** The CC du Ternois (Ternois Com). */
export const TERNOIS = 'epci:200069672';

const TERRITORY = /^(epci|groupement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;

export interface StreamsRoute {
  view: 'dechets/flux';
  /** An EPCI or a groupement; default the CC du Ternois. */
  territory: string;
}

export function streamsRoute(territory: string = TERNOIS): StreamsRoute {
  return { view: 'dechets/flux', territory: TERRITORY.test(territory) ? territory : TERNOIS };
}

export function parseStreams(segments: readonly string[], params: URLSearchParams): StreamsRoute | null {
  if (segments.length !== 1 || segments[0] !== 'dechets') return null;
  return streamsRoute(pick(params, 'territory', TERRITORY) ?? TERNOIS);
}

export function streamsUrl(route: StreamsRoute): string {
  return `/dechets${query([['territory', route.territory === TERNOIS ? null : route.territory]])}`;
}

export function isStreamsRoute(route: Route): route is StreamsRoute {
  return route.view === 'dechets/flux';
}
