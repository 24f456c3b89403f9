/**
 * The accident map in the URL: /mobilite/accidents?from=2020&to=2024&month=6&hourBand=07-09&mode=velo,pieton
 * &severity=tue,hospitalise&agglomeration=oui&territory=epci:200072460&loi=pieton-cycliste&map=lon,lat,zoom.
 * Malformed values are dropped; lists keep the known values only, in a fixed order (one view, one URL).
 */
import { formatMapPosition, number, parseMapPosition, pick, query, type MapPosition, type Route } from '../../../platform/routes';

export const MODES = ['pieton', 'velo', 'edp', 'deux_roues_motorise', 'voiture', 'utilitaire', 'poids_lourd', 'bus_car', 'autre'] as const;
export const SEVERITIES = ['tue', 'hospitalise', 'blesse_leger', 'indemne'] as const;
export const HOUR_BANDS = ['00-06', '07-09', '10-15', '16-19', '20-23'] as const;
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;

export type Mode = (typeof MODES)[number];
export type Severity = (typeof SEVERITIES)[number];

export interface AccidentsRoute {
  view: 'mobilite/accidents';
  from: number;
  to: number;
  month: number | null;
  hourBand: string | null;
  modes: Mode[];
  severities: Severity[];
  /** In built-up areas (true), outside (false), both (null). */
  agglomeration: boolean | null;
  /** Commune, EPCI or groupement; null: the whole territory. */
  territory: string | null;
  /** The law's rule: at least one pedestrian or cyclist. */
  law: boolean;
  map: MapPosition | null;
}

const TERRITORY = /^(commune|epci|groupement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}$/;
const HOUR_BAND = /^(00-06|07-09|10-15|16-19|20-23)$/;

export function accidentsRoute(changes: Partial<Omit<AccidentsRoute, 'view'>> = {}): AccidentsRoute {
  return {
    view: 'mobilite/accidents',
    from: FIRST_YEAR,
    to: LAST_YEAR,
    month: null,
    hourBand: null,
    modes: [],
    severities: [],
    agglomeration: null,
    territory: null,
    law: false,
    map: null,
    ...changes,
  };
}

/** The known values of a comma-separated list, in the list's own order. */
export function pickList<T extends string>(value: string | null, known: readonly T[]): T[] {
  const given = new Set((value ?? '').split(','));
  return known.filter((k) => given.has(k));
}

export function parseAccidents(segments: readonly string[], params: URLSearchParams): AccidentsRoute | null {
  if (segments.length !== 2 || segments[0] !== 'mobilite' || segments[1] !== 'accidents') return null;
  const from = Math.floor(number(params, 'from', FIRST_YEAR, LAST_YEAR) ?? FIRST_YEAR);
  const to = Math.floor(number(params, 'to', FIRST_YEAR, LAST_YEAR) ?? LAST_YEAR);
  const month = number(params, 'month', 1, 12);
  const agglomeration = params.get('agglomeration');
  return accidentsRoute({
    from: Math.min(from, to),
    to: Math.max(from, to),
    month: month !== null && Number.isInteger(month) ? month : null,
    hourBand: pick(params, 'hourBand', HOUR_BAND),
    modes: pickList(params.get('mode'), MODES),
    severities: pickList(params.get('severity'), SEVERITIES),
    agglomeration: agglomeration === 'oui' ? true : agglomeration === 'non' ? false : null,
    territory: pick(params, 'territory', TERRITORY),
    law: params.get('loi') === 'pieton-cycliste',
    map: parseMapPosition(params.get('map')),
  });
}

export function accidentsUrl(route: AccidentsRoute): string {
  return `/mobilite/accidents${query([
    ['from', route.from === FIRST_YEAR ? null : String(route.from)],
    ['to', route.to === LAST_YEAR ? null : String(route.to)],
    ['month', route.month === null ? null : String(route.month)],
    ['hourBand', route.hourBand],
    ['mode', route.modes.length > 0 ? route.modes.join(',') : null],
    ['severity', route.severities.length > 0 ? route.severities.join(',') : null],
    ['agglomeration', route.agglomeration === null ? null : route.agglomeration ? 'oui' : 'non'],
    ['territory', route.territory],
    ['loi', route.law ? 'pieton-cycliste' : null],
    ['map', route.map ? formatMapPosition(route.map) : null],
  ])}`;
}

export function isAccidentsRoute(route: Route): route is AccidentsRoute {
  return route.view === 'mobilite/accidents';
}
