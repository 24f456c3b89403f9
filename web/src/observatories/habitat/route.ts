/**
 * The Habitat pages in the URL: /habitat?territory=epci:246200364 (key figures), /habitat/prix?territory=…&year=2023
 * &type=appartement (property prices; a custom zone custom:62119+62498 too, as the API computes prices over any zone)
 * and /habitat/plh?territory=epci:246200364 (the PLH follow-up, the CALL's by default).
 */
import { DEFAULT_ZONE, pick, query, type Route } from '../../platform/routes';
import { PROPERTY_TYPES, type PropertyType } from './api';

/** The CALL, whose Programme Local de l'Habitat the observatory follows. */
export const CALL = 'epci:246200364';

const TERRITORY = /^(commune|epci|groupement|departement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;
const ZONE = /^((commune|epci|groupement|departement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}|custom:[0-9AB]{5}(\+[0-9AB]{5}){0,99})$/;
const EPCI = /^epci:[0-9]{9}$/;
const YEAR = /^20[0-9]{2}$/;

export interface ChiffresRoute {
  view: 'habitat/chiffres';
  /** Commune, EPCI, groupement or the département; default the AULA perimeter. */
  territory: string;
}

export interface PrixRoute {
  view: 'habitat/prix';
  /** A territory or a custom zone; default the AULA perimeter. */
  territory: string;
  /** The distribution's year; null for the latest with sales. */
  year: number | null;
  /** The distribution's type of dwelling. */
  type: PropertyType;
}

export interface PlhRoute {
  view: 'habitat/plh';
  /** The EPCI whose programme is followed; default the CALL. */
  territory: string;
}

export function chiffresRoute(territory: string = DEFAULT_ZONE): ChiffresRoute {
  return { view: 'habitat/chiffres', territory: TERRITORY.test(territory) ? territory : DEFAULT_ZONE };
}

export function prixRoute(territory: string = DEFAULT_ZONE, year: number | null = null, type: PropertyType = 'maison'): PrixRoute {
  return { view: 'habitat/prix', territory: ZONE.test(territory) ? territory : DEFAULT_ZONE, year, type };
}

export function plhRoute(territory: string = CALL): PlhRoute {
  return { view: 'habitat/plh', territory: EPCI.test(territory) ? territory : CALL };
}

export function parseChiffres(segments: readonly string[], params: URLSearchParams): ChiffresRoute | null {
  if (segments.length !== 1 || segments[0] !== 'habitat') return null;
  return chiffresRoute(pick(params, 'territory', TERRITORY) ?? DEFAULT_ZONE);
}

export function parsePrix(segments: readonly string[], params: URLSearchParams): PrixRoute | null {
  if (segments.length !== 2 || segments[0] !== 'habitat' || segments[1] !== 'prix') return null;
  const year = pick(params, 'year', YEAR);
  const type = params.get('type');
  // A "+" typed in the address is a space once the query is decoded: custom:62119+62498 is meant.
  const territory = params.get('territory')?.replace(/ /g, '+') ?? null;
  return prixRoute(
    territory !== null && ZONE.test(territory) ? territory : DEFAULT_ZONE,
    year === null ? null : Number(year),
    PROPERTY_TYPES.find((t) => t === type) ?? 'maison',
  );
}

export function parsePlh(segments: readonly string[], params: URLSearchParams): PlhRoute | null {
  if (segments.length !== 2 || segments[0] !== 'habitat' || segments[1] !== 'plh') return null;
  return plhRoute(pick(params, 'territory', EPCI) ?? CALL);
}

export function chiffresUrl(route: ChiffresRoute): string {
  return `/habitat${query([['territory', route.territory === DEFAULT_ZONE ? null : route.territory]])}`;
}

export function prixUrl(route: PrixRoute): string {
  return `/habitat/prix${query([
    ['territory', route.territory === DEFAULT_ZONE ? null : route.territory],
    ['year', route.year === null ? null : String(route.year)],
    ['type', route.type === 'maison' ? null : route.type],
  ])}`;
}

export function plhUrl(route: PlhRoute): string {
  return `/habitat/plh${query([['territory', route.territory === CALL ? null : route.territory]])}`;
}

export function isChiffresRoute(route: Route): route is ChiffresRoute {
  return route.view === 'habitat/chiffres';
}

export function isPrixRoute(route: Route): route is PrixRoute {
  return route.view === 'habitat/prix';
}

export function isPlhRoute(route: Route): route is PlhRoute {
  return route.view === 'habitat/plh';
}
