/** The business parks' land in the URL: /observatories/foncier-eco/zae?territory=epci:…&park=11&lot=1101&asOf=2025-06-30. */
import { pick, pickDate, pickId, query, TERRITORY_ID, type Route } from '../../platform/routes';

/** The availability of the business parks: territory, park, lot, and the date shown. */
export interface FoncierEcoRoute {
  view: 'foncier-eco/zae';
  /** EPCI or groupement whose parks are shown; null: all. */
  territory: string | null;
  park: number | null;
  /** The lot open in the side panel (its sheet, and its editing form for an editor). */
  lot: number | null;
  /** yyyy-mm-dd: the park as it stood at the end of that day; null: today. */
  asOf: string | null;
}

const PATH = ['observatories', 'foncier-eco', 'zae'];

export function foncierEcoRoute(changes: Partial<Omit<FoncierEcoRoute, 'view'>> = {}): FoncierEcoRoute {
  return { view: 'foncier-eco/zae', territory: null, park: null, lot: null, asOf: null, ...changes };
}

export function parseFoncierEco(segments: readonly string[], params: URLSearchParams): FoncierEcoRoute | null {
  if (segments.length !== PATH.length || PATH.some((part, i) => segments[i] !== part)) return null;
  return foncierEcoRoute({
    territory: pick(params, 'territory', TERRITORY_ID),
    park: pickId(params, 'park'),
    lot: pickId(params, 'lot'),
    asOf: pickDate(params, 'asOf'),
  });
}

export function foncierEcoUrl(route: FoncierEcoRoute): string {
  return `/${PATH.join('/')}${query([
    ['territory', route.territory],
    ['park', route.park === null ? null : String(route.park)],
    ['lot', route.lot === null ? null : String(route.lot)],
    ['asOf', route.asOf],
  ])}`;
}

export function isFoncierEcoRoute(route: Route): route is FoncierEcoRoute {
  return route.view === 'foncier-eco/zae';
}
