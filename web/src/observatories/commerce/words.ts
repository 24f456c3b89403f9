/**
 * The commerce vocabulary in French and its colours: activities (the codes of the API, in the nomenclature's order),
 * statuses, kinds of change; and the figures in words (rates, changes in points).
 */
import { formatDecimal, formatInteger, formatSigned, MISSING } from '../../platform/format';
import { CHANGE_KINDS, type Activity, type Status } from './codes';

export { ACTIVITIES, CHANGE_KINDS, STATUSES, type Activity, type Status } from './codes';

export const ACTIVITY_LABELS: Record<Activity, string> = {
  alimentaire: 'Alimentaire',
  equipement_personne: 'Équipement de la personne',
  equipement_maison: 'Équipement de la maison',
  culture_loisirs: 'Culture et loisirs',
  hygiene_sante_beaute: 'Hygiène, santé, beauté',
  chr: 'Cafés, hôtels, restaurants',
  services: 'Services commerciaux',
  automobile: 'Automobile et cycles',
  autre: 'Autre',
};

/** Nine hues told apart by most colour-blind readers, dark enough for a white ring (the popup and table name them). */
export const ACTIVITY_COLOURS: Record<Activity, string> = {
  alimentaire: '#1b7837',
  equipement_personne: '#762a83',
  equipement_maison: '#d45d00',
  culture_loisirs: '#2166ac',
  hygiene_sante_beaute: '#c51b7d',
  chr: '#a50026',
  services: '#01665e',
  automobile: '#7f4f24',
  autre: '#4d4d4d',
};

export const STATUS_LABELS: Record<Status, string> = { active: 'Active', vacant: 'Vacante', travaux: 'En travaux' };

export const CHANGE_LABELS: Record<(typeof CHANGE_KINDS)[number], string> = {
  opening: 'Ouverture',
  closure: 'Fermeture',
  activity_change: 'Changement d’activité',
  new_cell: 'Nouvelle cellule',
  removed_cell: 'Cellule disparue',
};

export function changeLabel(kind: string): string {
  return CHANGE_LABELS[kind as (typeof CHANGE_KINDS)[number]] ?? kind;
}

export function activityLabel(code: string | null | undefined): string {
  if (!code) return MISSING;
  return ACTIVITY_LABELS[code as Activity] ?? code;
}

export function statusLabel(code: string | null | undefined): string {
  if (!code) return MISSING;
  return STATUS_LABELS[code as Status] ?? code;
}

/** A rate in %: "13,2 %". */
export function percent(value: number | null | undefined): string {
  return value == null ? MISSING : `${formatDecimal(value, 1)}\u00a0%`;
}

export function count(value: number | null | undefined): string {
  return value == null ? MISSING : formatInteger(value);
}

/** A change of a rate in percentage points: "+1,4 pt", "−2,5 pts", "0 pt". */
export function points(value: number | null | undefined): string {
  if (value == null) return MISSING;
  return `${formatSigned(value, 1)}\u00a0pt${Math.abs(value) >= 2 ? 's' : ''}`;
}

/** A count or rate's change, with its direction in words (never colour alone): "+12, en hausse". */
export function direction(value: number | null | undefined): string {
  if (value == null) return '';
  return value > 0 ? 'en hausse' : value < 0 ? 'en baisse' : 'stable';
}

/** "1 cellule", "12 cellules". */
export function plural(value: number, word: string, many = `${word}s`): string {
  return `${formatInteger(value)} ${Math.abs(value) >= 2 ? many : word}`;
}

/** A cell's state in words: "Active — Alimentaire", "Vacante", "absente". */
export function stateText(state: { status: string; activity: string | null } | null): string {
  if (!state) return 'absente du relevé';
  return state.activity ? `${statusLabel(state.status)} — ${activityLabel(state.activity)}` : statusLabel(state.status);
}
