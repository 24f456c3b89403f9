/**
 * The Santé pages in the URL: /sante?territory=epci:246200364 (the CLS key figures; the CABBALR's CLS by default; a
 * commune, another EPCI, a groupement or a custom zone custom:62119+62126 too) and /sante/offre?category=pharmacie
 * (the care-supply map, every category by default).
 */
import { pick, query, type Route } from '../../platform/routes';

/** The CABBALR, whose CLS 2024-2028 diagnosis the agency wrote: each CLS covers its whole EPCI. */
export const CABBALR = 'epci:200072460';
export const CALL = 'epci:246200364';

/** The care-supply classes of the sante-offre-soins layer, in the legend's order, with their French label. */
export const CATEGORIES = [
  { code: 'pharmacie', label: 'Pharmacies' },
  { code: 'cabinet_generaliste', label: 'Cabinets de médecine générale' },
  { code: 'msp', label: 'Maisons de santé pluriprofessionnelles' },
  { code: 'centre_sante', label: 'Centres de santé' },
  { code: 'hopital', label: 'Établissements hospitaliers' },
  { code: 'urgences', label: 'Services d’urgences' },
] as const;
export type Category = (typeof CATEGORIES)[number]['code'];

const ZONE = /^((commune|epci|groupement):[0-9A-Za-z][0-9A-Za-z_-]{0,40}|custom:[0-9AB]{5}(\+[0-9AB]{5}){0,99})$/;

export interface ChiffresRoute {
  view: 'sante/chiffres';
  territory: string;
}

export interface OffreRoute {
  view: 'sante/offre';
  /** One category, or null for all. */
  category: Category | null;
}

export function chiffresRoute(territory: string = CABBALR): ChiffresRoute {
  return { view: 'sante/chiffres', territory: ZONE.test(territory) ? territory : CABBALR };
}

export function offreRoute(category: string | null = null): OffreRoute {
  return { view: 'sante/offre', category: CATEGORIES.find((c) => c.code === category)?.code ?? null };
}

export function parseChiffres(segments: readonly string[], params: URLSearchParams): ChiffresRoute | null {
  if (segments.length !== 1 || segments[0] !== 'sante') return null;
  // A "+" typed in the address is a space once the query is decoded: custom:62119+62126 is meant.
  return chiffresRoute(params.get('territory')?.replace(/ /g, '+') ?? CABBALR);
}

export function parseOffre(segments: readonly string[], params: URLSearchParams): OffreRoute | null {
  if (segments.length !== 2 || segments[0] !== 'sante' || segments[1] !== 'offre') return null;
  return offreRoute(pick(params, 'category', /^[a-z_]{1,30}$/));
}

export function chiffresUrl(route: ChiffresRoute): string {
  return `/sante${query([['territory', route.territory === CABBALR ? null : route.territory]])}`;
}

export function offreUrl(route: OffreRoute): string {
  return `/sante/offre${query([['category', route.category]])}`;
}

export function isChiffresRoute(route: Route): route is ChiffresRoute {
  return route.view === 'sante/chiffres';
}

export function isOffreRoute(route: Route): route is OffreRoute {
  return route.view === 'sante/offre';
}
