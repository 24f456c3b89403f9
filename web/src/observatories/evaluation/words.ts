/** The evaluation's words: scores as shares, the summary of a project, an indicator's values and progress. */
import { formatCount, formatDecimal, formatWithUnit } from '../../platform/format';
import type { Indicator, Summary } from './api';

/** A score or a share of the way: 0.2937 → "29 %"; none → "—". */
export function scoreWords(score: number | null | undefined): string {
  return score == null ? '—' : `${formatDecimal(score * 100, 0)}\u00a0%`;
}

/** "8 indicateurs sur 18 dans la trajectoire" (achieved, ahead and on track count as in it). */
export function summarySentence(summary: Summary): string {
  if (summary.indicators === 0) return 'Aucun indicateur n’est encore défini.';
  return `${formatCount(summary.onCourse, 'indicateur')} sur ${summary.indicators} dans la trajectoire`;
}

/** "dont 1 atteint et 2 en avance ; 9 en retard ; 1 aux données réservées." */
export function summaryDetail(summary: Summary): string {
  const list = (parts: string[]): string => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)!}`);
  const within = list([
    ...(summary.achieved > 0 ? [`${summary.achieved} ${summary.achieved > 1 ? 'atteints' : 'atteint'}`] : []),
    ...(summary.ahead > 0 ? [`${summary.ahead} en avance`] : []),
  ]);
  const parts = [
    ...(within ? [`dont ${within}`] : []),
    ...(summary.behind > 0 ? [`${summary.behind} en retard`] : []),
    ...(summary.noData > 0 ? [`${summary.noData} sans donnée`] : []),
    ...(summary.restricted > 0 ? [`${summary.restricted} aux données réservées`] : []),
  ];
  return parts.length === 0 ? '' : `${parts.join(' ; ')}.`;
}

/** The status in words for a badge, with the bounds' flags: "Atteint (objectif dépassé)", "En retard (recul)". */
export function statusWords(indicator: Indicator): string {
  const label = indicator.statusLabel.charAt(0).toUpperCase() + indicator.statusLabel.slice(1);
  if (indicator.beyondTarget) return `${label} (objectif dépassé)`;
  if (indicator.setback) return `${label} (recul)`;
  return label;
}

/** A value with the indicator's unit and decimals: "48 846 salariés", "19,2 %"; "—" without one. */
export function valueWords(indicator: Indicator, value: number | null | undefined): string {
  return formatWithUnit(value, indicator.decimals, indicator.unit);
}

/** "29 % du chemin parcouru, 25 % attendu en 2024" — or why it cannot be said. */
export function progressWords(indicator: Indicator): string {
  if (indicator.status === 'restricted') return 'Données réservées : elles ne sont pas comptées dans les scores.';
  if (indicator.progress == null) return 'Pas de valeur depuis le T0 : l’indicateur n’est pas compté dans les scores.';
  const raw = indicator.rawProgress ?? indicator.progress;
  const done =
    raw > 1
      ? `objectif dépassé (${scoreWords(raw)} du chemin)`
      : raw < 0
        ? `recul (${scoreWords(raw)} du chemin), compté 0 %`
        : `${scoreWords(raw)} du chemin parcouru`;
  return `${done}, ${scoreWords(indicator.expectedProgress)} attendu en ${indicator.latest?.year ?? '—'}`;
}

/** "Plus haut est mieux" / "Plus bas est mieux". */
export function directionWords(indicator: Indicator): string {
  return indicator.direction === 'down' ? 'baisse attendue' : 'hausse attendue';
}
