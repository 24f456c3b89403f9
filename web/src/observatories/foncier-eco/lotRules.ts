/**
 * The rules of a lot as the web client applies them (no DOM): which fields an editor changes, when a lot has an
 * occupant, what a write sends, what the panel offers whom, and the split along a drawn line. The API applies the
 * same rules and has the last word (its field errors are shown next to the fields).
 */
import type { Identity } from '../../platform/auth/session';
import type { Position } from '../../platform/api/types';
import type { Lot, PartPreview } from './api';
import { normaliseSiret, statusColour, statusLabel, type LotGeometry, type LotStatus } from './data';
import type { PreviewPart } from './lotsMap';

/** The status that has an occupant: only an occupied lot has one (name, SIRET); any other status erases it. */
export const OCCUPIED: LotStatus = 'occupe';

/** A new lot is free developed land until the editor says otherwise. */
export const NEW_LOT_STATUS: LotStatus = 'disponible_amenage';

/** The fields an editor changes, as typed in the form. */
export interface LotFieldValues {
  status: string;
  occupantName: string;
  occupantSiret: string;
}

/** What a write sends of those fields (PATCH of a lot, POST of a new lot). */
export interface LotChange {
  status: string;
  occupantName: string | null;
  occupantSiret: string | null;
}

/** Whether the occupant's fields apply (are shown) for a status. */
export function hasOccupant(status: string): boolean {
  return status === OCCUPIED;
}

/** The form's values for a lot: its status and occupant (empty when it has none). */
export function lotFieldValues(lot: Pick<Lot, 'status' | 'occupantName' | 'occupantSiret'>): LotFieldValues {
  return { status: lot.status, occupantName: lot.occupantName ?? '', occupantSiret: lot.occupantSiret ?? '' };
}

/** The form's values for a new lot. */
export function newLotFieldValues(): LotFieldValues {
  return { status: NEW_LOT_STATUS, occupantName: '', occupantSiret: '' };
}

/**
 * What the form sends: the status, and the occupant only for an occupied lot (the name trimmed, the SIRET without
 * the spaces typed to read it; empty: none). Another status sends no occupant, which erases it.
 */
export function lotChange(values: LotFieldValues): LotChange {
  const occupied = hasOccupant(values.status);
  return {
    status: values.status,
    occupantName: occupied ? values.occupantName.trim() || null : null,
    occupantSiret: occupied && values.occupantSiret.trim() !== '' ? normaliseSiret(values.occupantSiret) : null,
  };
}

/** The change in words, for the conflict box: « statut « Occupé », occupant « Transports Leclercq » ». */
export function describeChange(change: LotChange): string {
  return `statut « ${statusLabel(change.status)} »${change.occupantName ? `, occupant « ${change.occupantName} »` : ''}`;
}

/**
 * What the panel offers for the park shown: the park at a past date is read only for everyone; an editor whose key
 * does not cover the park reads it only (and is told so); an editor whose key covers it edits its lots today.
 */
export type PanelMode = 'past' | 'out-of-scope' | 'editor' | 'reader';

export function panelMode(asOf: string | null, identity: Identity | null, canWrite: boolean): PanelMode {
  if (asOf !== null) return 'past';
  if (identity?.editor && !canWrite) return 'out-of-scope';
  return canWrite ? 'editor' : 'reader';
}

/** "3 points", "1 point". */
export function pointCount(count: number): string {
  return `${count} point${count > 1 ? 's' : ''}`;
}

// --- a new lot, drawn ------------------------------------------------------------------------------------------------

/** A new lot's outline needs three points at least. */
export const OUTLINE_MIN_POINTS = 3;

/** The GeoJSON Polygon of the points clicked (the ring closed on its first point). */
export function outlinePolygon(points: readonly Position[]): { type: 'Polygon'; coordinates: Position[][] } {
  return { type: 'Polygon', coordinates: [[...points, points[0]!]] };
}

/** The body of a new lot: its outline and its fields. */
export function newLotBody(points: readonly Position[], values: LotFieldValues): LotChange & { geometry: ReturnType<typeof outlinePolygon> } {
  return { geometry: outlinePolygon(points), ...lotChange(values) };
}

// --- the split along a line ------------------------------------------------------------------------------------------

/** A cut line needs two points at least: one outside the lot on each side. */
export const CUT_MIN_POINTS = 2;

/** The cut line of the points clicked, as the split route takes it. */
export function cutLine(points: readonly Position[]): { type: 'LineString'; coordinates: Position[] } {
  return { type: 'LineString', coordinates: [...points] };
}

/** The split's body: the cut line, and for the split itself (not the preview) each part's status, in the preview's order. */
export function splitBody(
  points: readonly Position[],
  statuses: readonly string[] | null,
): { cutLine: ReturnType<typeof cutLine>; parts?: { status: string }[] } {
  return statuses === null ? { cutLine: cutLine(points) } : { cutLine: cutLine(points), parts: statuses.map((status) => ({ status })) };
}

/** Both parts start with the lot's status. */
export function initialPartStatuses(lot: Pick<Lot, 'status'>): [string, string] {
  return [lot.status, lot.status];
}

/** The parts of a preview as the map hatches them: coloured by the status chosen for each, "Partie 1", "Partie 2". */
export function previewParts(parts: readonly PartPreview[], statuses: readonly string[]): PreviewPart[] {
  return parts.map((p, i) => ({ geometry: p.geometry as LotGeometry, colour: statusColour(statuses[i] ?? p.status), label: `Partie ${i + 1}` }));
}

/** "Lot n° 1101 découpé en lots n° 1201 et n° 1202." */
export function splitMessage(lot: number, parts: readonly number[]): string {
  return `Lot n° ${lot} découpé en lots n° ${parts.join(' et n° ')}.`;
}
