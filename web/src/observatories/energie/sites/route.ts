/**
 * The production sites in the URL: /energie/sites?kind=methanisation&territory=epci:200069672&site=…&map=lon,lat,zoom.
 * Malformed values are dropped.
 */
import { formatMapPosition, parseMapPosition, pick, query, type MapPosition, type Route } from '../../../platform/routes';

export const SITE_KINDS = [
  'eolien',
  'pv_sol',
  'methanisation',
  'hydraulique',
  'valorisation_dechets',
  'reseau_chaleur',
  'gaz_de_mine',
  'poste_source',
] as const;
export type SiteKindCode = (typeof SITE_KINDS)[number];

export interface EnergieSitesRoute {
  view: 'energie/sites';
  /** Only the sites of this kind (null: all). */
  kind: SiteKindCode | null;
  /** Only the sites of this territory: an EPCI, a groupement or the département (null: all). */
  territory: string | null;
  /** The site whose sheet is open. */
  site: string | null;
  map: MapPosition | null;
}

const KIND = new RegExp(`^(${SITE_KINDS.join('|')})$`);
const TERRITORY = /^(epci:[0-9]{9}|groupement:[a-z0-9-]{1,40}|departement:[0-9AB]{2,3}|commune:[0-9AB]{5})$/;
const SITE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function energieSitesRoute(changes: Partial<Omit<EnergieSitesRoute, 'view'>> = {}): EnergieSitesRoute {
  return { view: 'energie/sites', kind: null, territory: null, site: null, map: null, ...changes };
}

export function parseEnergieSites(segments: readonly string[], params: URLSearchParams): EnergieSitesRoute | null {
  if (segments.length !== 2 || segments[0] !== 'energie' || segments[1] !== 'sites') return null;
  const site = params.get('site');
  return energieSitesRoute({
    kind: pick(params, 'kind', KIND) as SiteKindCode | null,
    territory: pick(params, 'territory', TERRITORY),
    site: site !== null && site.length <= 80 && SITE_ID.test(site) ? site : null,
    map: parseMapPosition(params.get('map')),
  });
}

export function energieSitesUrl(route: EnergieSitesRoute): string {
  return `/energie/sites${query([
    ['kind', route.kind],
    ['territory', route.territory],
    ['site', route.site],
    ['map', route.map ? formatMapPosition(route.map) : null],
  ])}`;
}

export function isEnergieSitesRoute(route: Route): route is EnergieSitesRoute {
  return route.view === 'energie/sites';
}
