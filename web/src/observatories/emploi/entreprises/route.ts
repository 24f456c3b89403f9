/** The business demography page in the URL: /emploi/entreprises?territory=epci:200072460&year=2023. */
import { DEFAULT_ZONE, pick, query, type Route } from '../../../platform/routes';

export interface EntreprisesRoute {
  view: 'emploi/entreprises';
  /** Commune, EPCI, groupement, département or région; default the AULA perimeter. */
  territory: string;
  /** The year shown; null for the latest the API has. */
  year: number | null;
}

const TERRITORY = /^(commune|epci|groupement|departement|region):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;
const YEAR = /^20[0-9]{2}$/;

export function entreprisesRoute(territory: string = DEFAULT_ZONE, year: number | null = null): EntreprisesRoute {
  return { view: 'emploi/entreprises', territory: TERRITORY.test(territory) ? territory : DEFAULT_ZONE, year };
}

export function parseEntreprises(segments: readonly string[], params: URLSearchParams): EntreprisesRoute | null {
  if (segments.length !== 2 || segments[0] !== 'emploi' || segments[1] !== 'entreprises') return null;
  const year = pick(params, 'year', YEAR);
  return entreprisesRoute(pick(params, 'territory', TERRITORY) ?? DEFAULT_ZONE, year === null ? null : Number(year));
}

export function entreprisesUrl(route: EntreprisesRoute): string {
  return `/emploi/entreprises${query([
    ['territory', route.territory === DEFAULT_ZONE ? null : route.territory],
    ['year', route.year === null ? null : String(route.year)],
  ])}`;
}

export function isEntreprisesRoute(route: Route): route is EntreprisesRoute {
  return route.view === 'emploi/entreprises';
}
