/** The Toile énergétique® in the URL: /energie/toile?distance=15&node=101. Malformed values are dropped. */
import { pickId, query, type Route } from '../../../platform/routes';

export interface ToileRoute {
  view: 'energie/toile';
  /** The synergy candidates' largest distance, km (1 to 100; default 10). */
  distance: number;
  /** The node whose neighbourhood is open. */
  node: number | null;
}

export const DEFAULT_DISTANCE = 10;
/** The distances offered by the synergies' filter, km. */
export const DISTANCES = [2, 5, 10, 15, 20, 30, 50] as const;

export function toileRoute(changes: Partial<Omit<ToileRoute, 'view'>> = {}): ToileRoute {
  return { view: 'energie/toile', distance: DEFAULT_DISTANCE, node: null, ...changes };
}

export function parseToile(segments: readonly string[], params: URLSearchParams): ToileRoute | null {
  if (segments.length !== 2 || segments[0] !== 'energie' || segments[1] !== 'toile') return null;
  const distance = Number(params.get('distance'));
  return toileRoute({
    distance: Number.isInteger(distance) && distance >= 1 && distance <= 100 ? distance : DEFAULT_DISTANCE,
    node: pickId(params, 'node'),
  });
}

export function toileUrl(route: ToileRoute): string {
  return `/energie/toile${query([
    ['distance', route.distance === DEFAULT_DISTANCE ? null : String(route.distance)],
    ['node', route.node === null ? null : String(route.node)],
  ])}`;
}

export function isToileRoute(route: Route): route is ToileRoute {
  return route.view === 'energie/toile';
}
