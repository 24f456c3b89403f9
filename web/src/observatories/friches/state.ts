/**
 * The brownfield page's state, what the view module keeps between routes: the route, the territories, the list the
 * filters keep, the weights in force, the criteria's names and the simulation; and what a new route redraws.
 */
import type { TerritoryChoices } from '../../platform/context';
import type { SiteScore, SitesResponse, WhatIfResponse } from './api';
import { filtersKey } from './data';
import type { FrichesRoute } from './route';

export interface FrichesState {
  route: FrichesRoute;
  choices: TerritoryChoices | null;
  /** The filters' key of the list asked for last. */
  listKey: string;
  /** The list the filters keep, and the filters' key it was loaded for. */
  sites: SitesResponse | null;
  sitesKey: string;
  /** The weights in force, by criterion. */
  defaults: Record<string, number> | null;
  /** The API's names of the criteria, from the last sheet shown. */
  labels: ReadonlyMap<string, string>;
  simulation: WhatIfResponse | null;
}

export function initialState(route: FrichesRoute): FrichesState {
  return { route, choices: null, listKey: '', sites: null, sitesKey: '', defaults: null, labels: new Map(), simulation: null };
}

/** The simulated scores by site, while a simulation of the route's weights is shown. */
export function simulatedScores(state: Pick<FrichesState, 'route' | 'simulation'>): Map<number, SiteScore> | null {
  return state.simulation && Object.keys(state.route.weights).length > 0 ? new Map(state.simulation.sites.map((s) => [s.id, s])) : null;
}

/** What redraws the filters form and the downloads when it changes. */
const FILTERS = ['epci', 'commune', 'status', 'minArea', 'minScore', 'colour'] as const;

export interface RouteChanges {
  /** The filters form and the downloads. */
  filters: boolean;
  /** The list: fetched again (other filters), recoloured (the legend, the map and the table), or as it is. */
  list: 'load' | 'recolour' | null;
  /** The sheet and the highlighted rows. */
  site: boolean;
}

/** What a route redraws after `previous` (null: everything), the list asked for last being that of `listKey`. */
export function routeChanges(previous: FrichesRoute | null, route: FrichesRoute, listKey: string): RouteChanges {
  return {
    filters: previous === null || FILTERS.some((k) => previous[k] !== route[k]),
    list: filtersKey(route) !== listKey ? 'load' : previous && previous.colour !== route.colour ? 'recolour' : null,
    site: previous === null || previous.site !== route.site,
  };
}

/** The two routes differ in the map's position only (nothing to redraw but the map). */
export function onlyMapMoved(previous: FrichesRoute, next: FrichesRoute): boolean {
  return JSON.stringify({ ...previous, map: null }) === JSON.stringify({ ...next, map: null });
}
