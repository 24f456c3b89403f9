/** The French words of the accident view: modes, severities, hour bands, counts. */
import { formatInteger } from '../../../platform/format';
import type { Mode, Severity } from './route';

export const MODE_LABELS: Record<Mode, string> = {
  pieton: 'Piéton',
  velo: 'Vélo (y compris à assistance électrique)',
  edp: 'Trottinette, EDP',
  deux_roues_motorise: 'Deux-roues motorisé',
  voiture: 'Voiture',
  utilitaire: 'Utilitaire',
  poids_lourd: 'Poids lourd',
  bus_car: 'Bus, car',
  autre: 'Autre',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  tue: 'Mortel (au moins un tué)',
  hospitalise: 'Grave (au moins un blessé hospitalisé)',
  blesse_leger: 'Léger (blessés légers)',
  indemne: 'Sans blessé',
};

export const SHORT_SEVERITY: Record<string, string> = {
  tue: 'mortel',
  hospitalise: 'grave',
  blesse_leger: 'léger',
  indemne: 'sans blessé',
};

export const HOUR_BAND_LABELS: Record<string, string> = {
  '00-06': 'La nuit (0 h – 6 h)',
  '07-09': 'Le matin (7 h – 9 h)',
  '10-15': 'La journée (10 h – 15 h)',
  '16-19': 'Le soir (16 h – 19 h)',
  '20-23': 'La soirée (20 h – 23 h)',
};

export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "1 accident", "12 accidents", "1 234 accidents". */
export function plural(count: number, word: string, plural = `${word}s`): string {
  return `${formatInteger(count)} ${count > 1 ? plural : word}`;
}

/** The modes of an accident in words: "vélo, voiture". */
export function modesText(modes: readonly string[]): string {
  return modes.map((m) => (m === 'velo' ? 'vélo' : (MODE_LABELS[m as Mode] ?? m).toLowerCase())).join(', ');
}
