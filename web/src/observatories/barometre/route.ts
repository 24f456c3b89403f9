/** The barometer's page in the URL: /barometre?territory=epci:200072460&quarter=2024-Q3. */
import { pick, query, TERRITORY_ID, type Route } from '../../platform/routes';

export interface BarometreRoute {
  view: 'barometre/publication';
  /** The Pôle Métropolitain de l'Artois, the PETR Ternois 7 Vallées or an EPCI; default the PMA. */
  territory: string;
  /** The quarter shown ("2024-Q3"); null for the latest the barometer has. */
  quarter: string | null;
}

export const DEFAULT_TERRITORY = 'groupement:pma';
/** The groupements the barometer is published for (its EPCIs are the perimeter's). */
export const BAROMETRE_GROUPEMENTS: readonly string[] = ['groupement:pma', 'groupement:petr-ternois-7-vallees'];
const QUARTER = /^(19|20)[0-9]{2}-Q[1-4]$/;

export function barometreRoute(territory: string = DEFAULT_TERRITORY, quarter: string | null = null): BarometreRoute {
  return {
    view: 'barometre/publication',
    territory: TERRITORY_ID.test(territory) ? territory : DEFAULT_TERRITORY,
    quarter: quarter !== null && QUARTER.test(quarter) ? quarter : null,
  };
}

export function parseBarometre(segments: readonly string[], params: URLSearchParams): BarometreRoute | null {
  if (segments.length !== 1 || segments[0] !== 'barometre') return null;
  return barometreRoute(pick(params, 'territory', TERRITORY_ID) ?? DEFAULT_TERRITORY, pick(params, 'quarter', QUARTER));
}

export function barometreUrl(route: BarometreRoute): string {
  return `/barometre${query([
    ['territory', route.territory === DEFAULT_TERRITORY ? null : route.territory],
    ['quarter', route.quarter],
  ])}`;
}

export function isBarometreRoute(route: Route): route is BarometreRoute {
  return route.view === 'barometre/publication';
}

/** The PDF of a quarter's barometer (the API's route, the same rights as the page's JSON); ids and quarters are URL-safe. */
export function pdfUrl(territory: string, quarter: string): string {
  return `/api/v1/barometre/${territory}/${quarter}.pdf`;
}
