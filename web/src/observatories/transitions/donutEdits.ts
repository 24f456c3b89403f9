/**
 * The agency's edits of the Donut's dimensions as the web client prepares them (no DOM): a dimension from what the
 * dialog holds, the checks that can be made before sending (in French, by the API's field names), the whole set the
 * PUT replaces (the API takes the set as one object), the API's field errors brought back to the dialog's fields, and
 * what another editor changed (for a save that came back 412). The API still decides.
 */
import { conflictMessage } from '../../platform/ui/formDialog';
import type { DonutDimension, DonutSet } from './api';

/** The dialog's values of a dimension (strings as typed). */
export interface DimensionFields {
  code: string;
  label: string;
  ring: string;
  indicator: string;
  direction: string;
  bound: string;
  source: string;
}

/** Field errors by the API's field names (code, label, ring, indicator, direction, bound, source), in French. */
export type FieldProblems = Record<string, string>;

/** The dialog's fields, in the order of the API's dimension. */
export const DIMENSION_FIELDS = ['code', 'label', 'ring', 'indicator', 'direction', 'bound', 'source'] as const;

/** The API's limits (SetDonutDimensions' validator). */
export const MAX_DIMENSIONS = 24;
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A code from a label: "Accès au logement social" → "acces-au-logement-social" (at most 40 characters, whole words). */
export function codeOf(label: string): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let code = '';
  for (const word of words) {
    const next = code === '' ? word : `${code}-${word}`;
    if (next.length > 40) break;
    code = next;
  }
  return code === '' ? (words[0]?.slice(0, 40) ?? '') : code;
}

/** A number typed the French way or not ("1 234,5", "14.5"); null when empty, NaN when not a number. */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** The dialog's values of a dimension (empty for a new one: a social floor, higher is better). */
export function dimensionFields(d: DonutDimension | null): DimensionFields {
  if (!d) return { code: '', label: '', ring: 'social', indicator: '', direction: 'up', bound: '', source: '' };
  return { ...d, bound: String(d.bound).replace('.', ',') };
}

/**
 * The dimension the dialog describes, or the problems of the form. `others` are the set's other dimensions (a new
 * code must not be one of theirs).
 */
export function checkDimension(f: DimensionFields, others: readonly DonutDimension[]): { dimension: DonutDimension | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  const code = f.code.trim();
  if (!(code.length <= 40 && CODE.test(code)))
    problems['code'] = 'Le code est fait de lettres minuscules sans accent et de chiffres, en mots reliés par des tirets (40 caractères au plus).';
  else if (others.some((d) => d.code === code)) problems['code'] = 'Une autre dimension porte déjà ce code.';
  const label = f.label.trim();
  if (label === '' || label.length > 200) problems['label'] = 'Saisissez ce que mesure la dimension (200 caractères au plus).';
  if (f.ring !== 'social' && f.ring !== 'ecological') problems['ring'] = 'Choisissez un plancher social ou un plafond écologique.';
  if (f.indicator === '') problems['indicator'] = 'Choisissez un indicateur annuel du catalogue.';
  if (f.direction !== 'up' && f.direction !== 'down') problems['direction'] = 'Choisissez le sens : plus haut est mieux, ou plus bas est mieux.';
  const bound = parseNumber(f.bound);
  if (bound === null || Number.isNaN(bound) || bound <= 0 || bound > 1e12)
    problems['bound'] = 'Le seuil est un nombre au-dessus de 0, dans l’unité de l’indicateur.';
  const source = f.source.trim();
  if (source === '' || source.length > 500)
    problems['source'] = 'Dites d’où vient le seuil (une loi, un chiffre national, un choix de l’agence ; 500 caractères au plus).';
  if (Object.keys(problems).length > 0) return { dimension: null, problems };
  return { dimension: { code, label, ring: f.ring, indicator: f.indicator, direction: f.direction, bound: bound!, source }, problems };
}

/** The set with `dimension` in place of `replacing` (same position), or added at the end (a new one, or one another editor removed). */
export function withDimension(dimensions: readonly DonutDimension[], replacing: string | null, dimension: DonutDimension): DonutDimension[] {
  const at = replacing === null ? -1 : dimensions.findIndex((d) => d.code === replacing);
  return at < 0 ? [...dimensions, dimension] : dimensions.map((d, i) => (i === at ? dimension : d));
}

export function withoutDimension(dimensions: readonly DonutDimension[], code: string): DonutDimension[] {
  return dimensions.filter((d) => d.code !== code);
}

/**
 * The API's field errors of the dimension at `index` of the set sent (dimensions[2].bound → bound, any case); the
 * others (another dimension, the whole set) apart. Its messages are English: each field's is said in French.
 */
export function apiFieldErrors(errors: Record<string, string[]>, index: number): { byField: Map<string, string>; general: string[] } {
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const [name, messages] of Object.entries(errors)) {
    const match = /^dimensions\[(\d+)\]\.(\w+)$/i.exec(name);
    const field = match && Number(match[1]) === index ? DIMENSION_FIELDS.find((f) => f === match[2]!.toLowerCase()) : undefined;
    if (field) byField.set(field, field === 'indicator' ? INDICATOR_REFUSED : FRENCH[field]);
    else general.push(`Refusé par l’API (${name}) : ${messages.join(' ; ')}`);
  }
  return { byField, general };
}

const INDICATOR_REFUSED = 'Cet indicateur n’est pas dans le catalogue, ou n’a pas une valeur par an : choisissez-en un autre.';
const FRENCH: Record<(typeof DIMENSION_FIELDS)[number], string> = {
  code: 'Code refusé : lettres minuscules sans accent et chiffres, en mots reliés par des tirets, unique dans la liste.',
  label: 'Saisissez ce que mesure la dimension (200 caractères au plus).',
  ring: 'Choisissez un plancher social ou un plafond écologique.',
  indicator: INDICATOR_REFUSED,
  direction: 'Choisissez le sens : plus haut est mieux, ou plus bas est mieux.',
  bound: 'Le seuil est un nombre au-dessus de 0, dans l’unité de l’indicateur.',
  source: 'Dites d’où vient le seuil (500 caractères au plus).',
};

const RING = (d: DonutDimension): string => (d.ring === 'social' ? 'plancher social' : 'plafond écologique');

/** What differs between two versions of the set, in French, one line a change (for a save that came back 412). */
export function setChanges(before: DonutSet, after: DonutSet): string[] {
  const changes: string[] = [];
  const old = new Map(before.dimensions.map((d) => [d.code, d]));
  const now = new Set(after.dimensions.map((d) => d.code));
  for (const d of after.dimensions) {
    const was = old.get(d.code);
    if (!was) changes.push(`dimension ajoutée : « ${d.label} »`);
    else {
      if (was.label !== d.label) changes.push(`« ${was.label} » renommée « ${d.label} »`);
      if (was.bound !== d.bound || was.direction !== d.direction || was.ring !== d.ring)
        changes.push(`seuil de « ${d.label} » : ${RING(was)} ${was.bound} → ${RING(d)} ${d.bound}`);
      if (was.indicator !== d.indicator) changes.push(`indicateur de « ${d.label} » : ${d.indicator}`);
      if (was.source !== d.source) changes.push(`source du seuil de « ${d.label} » modifiée`);
    }
  }
  for (const d of before.dimensions) if (!now.has(d.code)) changes.push(`dimension supprimée : « ${d.label} »`);
  const order = (s: DonutSet): string => s.dimensions.map((d) => d.code).join(' ');
  if (changes.length === 0 && order(before) !== order(after)) changes.push('ordre des dimensions modifié');
  return changes;
}

/** The message of a 412: what changed, and that the input is kept. */
export function conflictWords(before: DonutSet, current: DonutSet): string {
  return conflictMessage('Les dimensions ont été modifiées', current.version, setChanges(before, current), 6);
}
