/** The networks page in the URL: /trames?masquer=noire,agricole (the networks hidden on the map and in the list). */
import { query, type Route } from '../../platform/routes';

export const NETWORKS = ['verte', 'bleue', 'noire', 'agricole'] as const;
export type Network = (typeof NETWORKS)[number];

export interface TramesRoute {
  view: 'trames/carte';
  /** Networks hidden, in the order of NETWORKS; unknown or repeated codes are dropped. */
  hidden: Network[];
}

export function isNetwork(value: string): value is Network {
  return (NETWORKS as readonly string[]).includes(value);
}

export function tramesRoute(hidden: readonly string[] = []): TramesRoute {
  return { view: 'trames/carte', hidden: NETWORKS.filter((n) => hidden.includes(n)) };
}

export function parseTrames(segments: readonly string[], params: URLSearchParams): TramesRoute | null {
  if (segments.length !== 1 || segments[0] !== 'trames') return null;
  return tramesRoute((params.get('masquer') ?? '').split(',').filter(isNetwork));
}

export function tramesUrl(route: TramesRoute): string {
  return `/trames${query([['masquer', route.hidden.length > 0 ? route.hidden.join(',') : null]])}`;
}

export function isTramesRoute(route: Route): route is TramesRoute {
  return route.view === 'trames/carte';
}
