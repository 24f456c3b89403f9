/**
 * The brownfield rules as the client shows them, in plain functions (no DOM): the follow-up statuses (their labels,
 * colours and order, which are still in the stock), the five classes of the mutability score, the vocations, the
 * criteria, the breakdown's total and the weights a simulation moves. The rules themselves (the score, the
 * vocations, the allowed moves) are the API's; the client only says them.
 */
import type { ScoreLine, SiteItem, SiteScore, StatusStep, StatusTotal } from './api';
import { formatDate, formatInteger } from '../../platform/format';

// --- the follow-up statuses ------------------------------------------------------------------------------------------

/** The statuses in the order of the workflow (identified → … → recycled; abandoned at any step before). */
export const STATUSES = ['identifiee', 'verifiee_terrain', 'caracterisee', 'en_projet', 'reconvertie', 'abandonnee'] as const;

export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<string, string> = {
  identifiee: 'Identifiée',
  verifiee_terrain: 'Vérifiée sur le terrain',
  caracterisee: 'Caractérisée',
  en_projet: 'En projet',
  reconvertie: 'Reconvertie',
  abandonnee: 'Abandonnée',
};

/** Status colours: distinct hues, each at least 3:1 against the map's background and white (RGAA, graphics). */
export const STATUS_COLOURS: Record<string, string> = {
  identifiee: '#8a4f9e',
  verifiee_terrain: '#0063cb',
  caracterisee: '#007c6e',
  en_projet: '#b36b00',
  reconvertie: '#18753c',
  abandonnee: '#666666',
};

/** The colour of a status the client does not know. */
export const UNKNOWN_COLOUR = '#666';

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

export function statusColour(status: string): string {
  return STATUS_COLOURS[status] ?? UNKNOWN_COLOUR;
}

/** A status's place in the workflow, to sort by status (-1 for a status the client does not know). */
export function statusRank(status: string): number {
  return STATUSES.indexOf(status as Status);
}

/** Still a brownfield (counted in the stock): neither recycled nor abandoned. */
export function isActive(status: string): boolean {
  return status !== 'reconvertie' && status !== 'abandonnee';
}

/** One line of a site's status history: "28 mai 2023 : Identifiée → Caractérisée" (the first step has no "from"). */
export function historyStepText(step: Pick<StatusStep, 'from' | 'to' | 'on'>): string {
  return `${formatDate(step.on)} : ${step.from ? `${statusLabel(step.from)} → ` : ''}${statusLabel(step.to)}`;
}

/** The summary's area of every site listed, and the number and area of those still in the stock (active). */
export function stockTotals(byStatus: readonly StatusTotal[]): { areaHa: number; activeCount: number; activeAreaHa: number } {
  const active = byStatus.filter((s) => isActive(s.status));
  return {
    areaHa: byStatus.reduce((sum, s) => sum + s.areaHa, 0),
    activeCount: active.reduce((n, s) => n + s.count, 0),
    activeAreaHa: active.reduce((sum, s) => sum + s.areaHa, 0),
  };
}

// --- the mutability score --------------------------------------------------------------------------------------------

/** Score classes: fixed bounds (0–100), from "hard to recycle" (red) to "easy" (blue). */
export const SCORE_CLASSES: readonly { lower: number; upper: number; colour: string; label: string }[] = [
  { lower: 0, upper: 20, colour: '#b2182b', label: 'moins de 20' },
  { lower: 20, upper: 40, colour: '#d6604d', label: 'de 20 à moins de 40' },
  { lower: 40, upper: 60, colour: '#b58a1b', label: 'de 40 à moins de 60' },
  { lower: 60, upper: 80, colour: '#4393c3', label: 'de 60 à moins de 80' },
  { lower: 80, upper: 100.01, colour: '#2166ac', label: '80 et plus' },
];

/** The class of a score (0–4); a score out of 0–100 goes to the nearest end. */
export function scoreClass(score: number): number {
  const i = SCORE_CLASSES.findIndex((c) => score >= c.lower && score < c.upper);
  return i < 0 ? (score < 0 ? 0 : SCORE_CLASSES.length - 1) : i;
}

/** What colours a site on the map and in the legend: its score class or its status. */
export function siteColour(item: Pick<SiteItem, 'score' | 'status'>, colour: 'score' | 'status'): string {
  return colour === 'status' ? statusColour(item.status) : SCORE_CLASSES[scoreClass(item.score)]!.colour;
}

/** The score the breakdown adds up to: Σ contributions, rounded as the API rounds the score (one decimal). */
export function breakdownTotal(lines: readonly ScoreLine[]): number {
  return Math.round(lines.reduce((sum, l) => sum + l.contribution, 0) * 10) / 10;
}

/** The sum of the weights (the breakdown's footer). */
export function weightTotal(lines: readonly ScoreLine[]): number {
  return lines.reduce((sum, l) => sum + l.weight, 0);
}

/** How far a simulated score is from the stored one, rounded to one decimal as the scores are. */
export function scoreChange(score: Pick<SiteScore, 'current' | 'whatIf'>): number {
  return Math.round((score.whatIf - score.current) * 10) / 10;
}

// --- the criteria and their weights ----------------------------------------------------------------------------------

/** The criteria's names before a sheet brings the API's own labels. */
export const CRITERIA_FALLBACK: Record<string, string> = {
  pollution: 'Pollution des sols',
  ownership: 'Maîtrise foncière',
  buildings: 'Bâti existant',
  planning_zone: 'Zonage du document d’urbanisme',
  road_access: 'Desserte routière',
  station_access: 'Proximité d’une gare',
  constraints: 'Contraintes (inondation, protection)',
  area: 'Surface',
};

/** A criterion's name: the API's label when a sheet gave it, else ours, else its code. */
export function criterionLabel(criterion: string, labels: ReadonlyMap<string, string>): string {
  return labels.get(criterion) ?? CRITERIA_FALLBACK[criterion] ?? criterion;
}

/** Only the weights that differ from the defaults: what the URL and the what-if request carry. */
export function changedWeights(weights: Record<string, number>, defaults: Record<string, number>): Record<string, number> {
  const changed: Record<string, number> = {};
  for (const [key, value] of Object.entries(weights)) if (key in defaults && defaults[key] !== value) changed[key] = value;
  return changed;
}

// --- the vocations ---------------------------------------------------------------------------------------------------

export const VOCATION_LABELS: Record<string, string> = {
  habitat: 'Habitat',
  activite_economique: 'Activité économique',
  renaturation: 'Renaturation',
  energie_solaire: 'Énergie solaire',
  equipement: 'Équipement public',
};

export function vocationLabel(code: string): string {
  return VOCATION_LABELS[code] ?? code;
}

/** The width of a vocation's bar, in percent: its suitability, kept within 0–100. */
export function suitabilityWidth(suitability: number): number {
  return Math.max(0, Math.min(100, suitability));
}

// --- words -----------------------------------------------------------------------------------------------------------

/** "1 friche", "12 friches" (French number format, no-break space). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(n)}\u00a0${n > 1 ? pluralForm : singular}`;
}
