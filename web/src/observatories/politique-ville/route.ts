/**
 * The politique de la ville's pages in the URL: /politique-ville (the QPVs and the NPNRU programmes),
 * /politique-ville/qpv?code=QN06201M (a QPV's sheet) and /politique-ville/npnru?id=npnru-cabbalr (a programme against its T0).
 */
import { pick, query } from '../../platform/routes';

export interface HomeRoute {
  view: 'politique-ville/home';
}

export interface QpvRoute {
  view: 'politique-ville/qpv';
  /** The QPV's code; null: none or malformed (the page then links to the list). */
  code: string | null;
}

export interface ProgrammeRoute {
  view: 'politique-ville/npnru';
  /** The programme's id; null: none or malformed. */
  id: string | null;
}

const QPV_CODE = /^[A-Za-z0-9]{1,20}$/;
const PROGRAMME_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const homeRoute = (): HomeRoute => ({ view: 'politique-ville/home' });

export const qpvRoute = (code: string | null): QpvRoute => ({
  view: 'politique-ville/qpv',
  code: code !== null && QPV_CODE.test(code) ? code : null,
});

export const programmeRoute = (id: string | null): ProgrammeRoute => ({
  view: 'politique-ville/npnru',
  id: id !== null && PROGRAMME_ID.test(id) && id.length <= 60 ? id : null,
});

export function parseHome(segments: readonly string[]): HomeRoute | null {
  return segments.length === 1 && segments[0] === 'politique-ville' ? homeRoute() : null;
}

export function parseQpv(segments: readonly string[], params: URLSearchParams): QpvRoute | null {
  if (segments.length !== 2 || segments[0] !== 'politique-ville' || segments[1] !== 'qpv') return null;
  return qpvRoute(pick(params, 'code', QPV_CODE));
}

export function parseProgramme(segments: readonly string[], params: URLSearchParams): ProgrammeRoute | null {
  if (segments.length !== 2 || segments[0] !== 'politique-ville' || segments[1] !== 'npnru') return null;
  return programmeRoute(pick(params, 'id', PROGRAMME_ID));
}

export const homeUrl = (_route: HomeRoute): string => '/politique-ville';
export const qpvUrl = (route: QpvRoute): string => `/politique-ville/qpv${query([['code', route.code]])}`;
export const programmeUrl = (route: ProgrammeRoute): string => `/politique-ville/npnru${query([['id', route.id]])}`;
