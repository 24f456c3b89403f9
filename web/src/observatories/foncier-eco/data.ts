/**
 * The Foncier économique view's pure logic (no DOM): lot statuses and their colours, the figures of a set of parks
 * or of lots, the map's features, the French messages of the API's field errors and of a conflict (412).
 */
import type { LotItem, ParkFigures, ParkTotals } from './api';
import type { Feature, FeatureCollection, MultiPolygonGeometry, PolygonGeometry } from '../../platform/api/types';

export const STATUSES = ['occupe', 'disponible_amenage', 'en_commercialisation', 'reserve_non_amenagee', 'friche'] as const;
export type LotStatus = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<LotStatus, string> = {
  occupe: 'Occupé',
  disponible_amenage: 'Disponible aménagé',
  en_commercialisation: 'En commercialisation',
  reserve_non_amenagee: 'Réserve non aménagée',
  friche: 'Friche',
};

/**
 * Okabe–Ito colours, told apart with the common colour-vision deficiencies; the free land stands out (green,
 * blue), occupied land stays quiet (grey). The map is never the only way: tooltips, legend and tables say it too.
 */
export const STATUS_COLOURS: Record<LotStatus, string> = {
  occupe: '#8a8fa3',
  disponible_amenage: '#009e73',
  en_commercialisation: '#56b4e9',
  reserve_non_amenagee: '#e69f00',
  friche: '#cc79a7',
};

/** Lots drawn today that did not exist yet at the date shown. */
export const ABSENT_COLOUR = '#f2f2f2';

export function isStatus(value: string): value is LotStatus {
  return (STATUSES as readonly string[]).includes(value);
}

export function statusLabel(status: string): string {
  return isStatus(status) ? STATUS_LABELS[status] : status;
}

export function statusColour(status: string): string {
  return isStatus(status) ? STATUS_COLOURS[status] : '#bdbdbd';
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** The figures of a set of parks, computed as the API computes its totals (GET /parks). */
export function totalsOf(parks: readonly ParkFigures[]): ParkTotals {
  const sum = (f: (p: ParkFigures) => number): number => parks.reduce((s, p) => s + f(p), 0);
  const total = sum((p) => p.totalHa);
  const occupied = sum((p) => p.occupiedHa);
  return {
    parks: parks.length,
    totalHa: round(total, 2),
    occupiedHa: round(occupied, 2),
    availableHa: round(
      sum((p) => p.availableHa + p.marketedHa),
      2,
    ),
    reserveHa: round(
      sum((p) => p.reserveHa),
      2,
    ),
    brownfieldHa: round(
      sum((p) => p.brownfieldHa),
      2,
    ),
    occupancyRate: total > 0 ? round((100 * occupied) / total, 1) : null,
    establishments: sum((p) => p.establishments),
  };
}

/** A park's figures from its lots (now or at a date): what the park list gives today, for any date. */
export function totalsOfLots(lots: readonly Pick<LotItem, 'status' | 'areaHa'>[]): ParkTotals {
  const by = (status: LotStatus): number => lots.filter((l) => l.status === status).reduce((s, l) => s + l.areaHa, 0);
  const total = lots.reduce((s, l) => s + l.areaHa, 0);
  const occupied = by('occupe');
  return {
    parks: 1,
    totalHa: round(total, 2),
    occupiedHa: round(occupied, 2),
    availableHa: round(by('disponible_amenage') + by('en_commercialisation'), 2),
    reserveHa: round(by('reserve_non_amenagee'), 2),
    brownfieldHa: round(by('friche'), 2),
    occupancyRate: total > 0 ? round((100 * occupied) / total, 1) : null,
    establishments: lots.filter((l) => l.status === 'occupe').length,
  };
}

export type LotGeometry = PolygonGeometry | MultiPolygonGeometry;

/** Properties of the OGC layer foncier-eco-lots. */
export interface OgcLotProperties {
  zae: number;
  commune: string;
  status: string;
  area_ha: number;
  updated_at: string;
}

/** Properties of the lots the map draws. */
export interface MapLotProperties {
  id: number;
  zae: number;
  status: string;
  colour: string;
  areaHa: number;
  /** False: drawn today, but it did not exist at the date shown. */
  existed: boolean;
  label: string;
}

/**
 * The lots to draw: today's geometries (OGC layer), coloured by their status today, or, for the park shown at a
 * past date, by the status they had then (lots created since are drawn blank).
 */
export function mapLots(
  features: readonly Feature<LotGeometry, OgcLotProperties>[],
  pastPark: { park: number; lots: readonly LotItem[] } | null,
): FeatureCollection<LotGeometry, MapLotProperties> {
  const past = pastPark ? new Map(pastPark.lots.map((l) => [l.id, l])) : null;
  return {
    type: 'FeatureCollection',
    features: features.map((f) => {
      const id = Number(f.id);
      const then = past && f.properties.zae === pastPark!.park ? (past.get(id) ?? null) : undefined;
      const status = then === undefined ? f.properties.status : then === null ? 'absent' : then.status;
      const existed = then !== null;
      return {
        type: 'Feature',
        id,
        geometry: f.geometry,
        properties: {
          id,
          zae: f.properties.zae,
          status,
          colour: existed ? statusColour(status) : ABSENT_COLOUR,
          areaHa: then ? then.areaHa : f.properties.area_ha,
          existed,
          label: existed ? statusLabel(status) : 'n’existait pas à cette date',
        },
      };
    }),
  };
}

const FIELD_MESSAGES: Record<string, (reason: string) => string> = {
  status: () => 'Choisissez un statut dans la liste.',
  occupantName: (reason) =>
    /needs/i.test(reason)
      ? 'Un lot occupé doit avoir le nom de son occupant.'
      : /length|characters/i.test(reason)
        ? 'Le nom est trop long (200 caractères au plus).'
        : reason,
  occupantSiret: () => 'Le SIRET compte 14 chiffres, sans espace.',
  cutLine: (reason) => cutLineMessage(reason),
  geometry: (reason) => geometryMessage(reason),
  parts: (reason) => geometryMessage(reason),
};

function cutLineMessage(reason: string): string {
  if (/does not meet/i.test(reason)) return 'La ligne ne touche pas le lot : tracez-la en travers du lot.';
  if (/cross the lot/i.test(reason)) return 'La ligne doit traverser le lot de part en part : commencez et finissez hors du lot.';
  if (/pieces/i.test(reason)) return 'La ligne coupe le lot en plus de deux morceaux : tracez une ligne qui le coupe en deux.';
  if (/crosses itself/i.test(reason)) return 'La ligne se recoupe elle-même.';
  return geometryMessage(reason);
}

function geometryMessage(reason: string): string {
  if (/inside its park/i.test(reason)) return 'Le lot doit être entièrement à l’intérieur de sa zone d’activités.';
  if (/overlaps lot/i.test(reason))
    return `Le tracé chevauche un autre lot (${reason.match(/lot\(s\) ([\d, ]+)/)?.[1]?.trim() ?? '?'}) : découpez-le ou retirez-le d’abord.`;
  if (/not valid/i.test(reason)) return 'Le polygone n’est pas valide (ses côtés se croisent).';
  if (/cover the original/i.test(reason)) return 'Les deux parties doivent couvrir exactement le lot d’origine.';
  if (/overlap/i.test(reason)) return 'Les deux parties se chevauchent.';
  return reason;
}

/** The French message of a field error of the API (problem details' errors), by field. */
export function fieldMessage(field: string, reason: string): string {
  const key = Object.keys(FIELD_MESSAGES).find((k) => k.toLowerCase() === field.toLowerCase().replace(/^parts\[\d+\]\./, ''));
  return key ? FIELD_MESSAGES[key]!(reason) : reason;
}

/** A SIRET as 14 digits (spaces typed to read it are dropped), or the text as typed (the API says what is wrong). */
export function normaliseSiret(value: string): string {
  const compact = value.replace(/[\s\u00a0]/g, '');
  return /^\d{14}$/.test(compact) ? compact : value.trim();
}

/** "lot-1101-v3" → 3 (the version in a lot's ETag). */
export function versionOf(etag: string | null): number | null {
  const match = etag?.match(/-v(\d+)"?$/);
  return match ? Number(match[1]) : null;
}

/** Today in the user's time zone, yyyy-mm-dd (the max of the date field). */
export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The bounding box [w, s, e, n] of polygons. */
export function bboxOf(geometries: readonly (LotGeometry | null)[]): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const g of geometries) {
    if (!g) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const polygon of polygons)
      for (const ring of polygon)
        for (const [x, y] of ring) {
          if (x < w) w = x;
          if (x > e) e = x;
          if (y < s) s = y;
          if (y > n) n = y;
        }
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
