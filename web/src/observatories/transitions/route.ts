/** The transitions' pages in the URL: /transitions?territory=…, /transitions/donut?territory=epci:200072460 and /transitions/risques?within=epci:200072460&risk=inondation. */
import { pick, query, TERRITORY_ID, type Route } from '../../platform/routes';

export interface DonutRoute {
  view: 'transitions/donut';
  /** The territory whose Donut is drawn; default the AULA perimeter. */
  territory: string;
}

export interface RisksRoute {
  view: 'transitions/risks';
  /** The territory whose communes (or EPCIs, for a groupement) are the matrix' rows; default the AULA perimeter. */
  within: string;
  /** The risk mapped; null for the first. */
  risk: string | null;
}

export interface TransitionsDashboardRoute {
  view: 'transitions/dashboard';
  /** The territory whose indicators are projected; default the AULA perimeter. */
  territory: string;
}

export const DEFAULT_TERRITORY = 'groupement:aula';
const RISK = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function donutRoute(territory: string = DEFAULT_TERRITORY): DonutRoute {
  return { view: 'transitions/donut', territory: TERRITORY_ID.test(territory) ? territory : DEFAULT_TERRITORY };
}

export function risksRoute(within: string = DEFAULT_TERRITORY, risk: string | null = null): RisksRoute {
  return {
    view: 'transitions/risks',
    within: TERRITORY_ID.test(within) ? within : DEFAULT_TERRITORY,
    risk: risk !== null && RISK.test(risk) && risk.length <= 40 ? risk : null,
  };
}

export function parseDonut(segments: readonly string[], params: URLSearchParams): DonutRoute | null {
  if (segments.length !== 2 || segments[0] !== 'transitions' || segments[1] !== 'donut') return null;
  return donutRoute(pick(params, 'territory', TERRITORY_ID) ?? DEFAULT_TERRITORY);
}

export function parseRisks(segments: readonly string[], params: URLSearchParams): RisksRoute | null {
  if (segments.length !== 2 || segments[0] !== 'transitions' || segments[1] !== 'risques') return null;
  return risksRoute(pick(params, 'within', TERRITORY_ID) ?? DEFAULT_TERRITORY, pick(params, 'risk', RISK));
}

export function donutUrl(route: DonutRoute): string {
  return `/transitions/donut${query([['territory', route.territory === DEFAULT_TERRITORY ? null : route.territory]])}`;
}

export function risksUrl(route: RisksRoute): string {
  return `/transitions/risques${query([
    ['within', route.within === DEFAULT_TERRITORY ? null : route.within],
    ['risk', route.risk],
  ])}`;
}

export function isDonutRoute(route: Route): route is DonutRoute {
  return route.view === 'transitions/donut';
}

export function isRisksRoute(route: Route): route is RisksRoute {
  return route.view === 'transitions/risks';
}

export function dashboardRoute(territory: string = DEFAULT_TERRITORY): TransitionsDashboardRoute {
  return { view: 'transitions/dashboard', territory: TERRITORY_ID.test(territory) ? territory : DEFAULT_TERRITORY };
}

export function parseDashboard(segments: readonly string[], params: URLSearchParams): TransitionsDashboardRoute | null {
  if (segments.length !== 1 || segments[0] !== 'transitions') return null;
  return dashboardRoute(pick(params, 'territory', TERRITORY_ID) ?? DEFAULT_TERRITORY);
}

export function dashboardUrl(route: TransitionsDashboardRoute): string {
  return `/transitions${query([['territory', route.territory === DEFAULT_TERRITORY ? null : route.territory]])}`;
}

export function isDashboardRoute(route: Route): route is TransitionsDashboardRoute {
  return route.view === 'transitions/dashboard';
}
