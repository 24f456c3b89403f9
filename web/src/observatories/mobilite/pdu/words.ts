/** The PDU page's sentences: the mid-term summary, an objective's target, status and share of the way done. */
import { formatCount, formatDecimal, formatSigned, formatWithUnit } from '../../../platform/format';
import type { PduObjective, PduSummary } from './api';

/** "3 objectifs sur 5 dans la trajectoire" (achieved, ahead and on track count as in it). */
export function summarySentence(summary: PduSummary): string {
  if (summary.objectives === 0) return 'Aucun objectif du plan n’est encore défini.';
  return `${formatCount(summary.onCourse, 'objectif')} sur ${summary.objectives} dans la trajectoire`;
}

/** The detail of the summary: "dont 1 atteint et 1 en avance ; 2 en retard ; 1 sans donnée." */
export function summaryDetail(summary: PduSummary): string {
  const list = (parts: string[]): string => (parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)!}`);
  const within = list([
    ...(summary.achieved > 0 ? [`${summary.achieved} ${summary.achieved > 1 ? 'atteints' : 'atteint'}`] : []),
    ...(summary.ahead > 0 ? [`${summary.ahead} en avance`] : []),
  ]);
  const parts = [
    ...(within ? [`dont ${within}`] : []),
    ...(summary.behind > 0 ? [`${summary.behind} en retard`] : []),
    ...(summary.noData > 0 ? [`${summary.noData} sans donnée`] : []),
  ];
  return parts.length === 0 ? '' : `${parts.join(' ; ')}.`;
}

/** The status in words, capitalised for a badge: "En retard", "Objectif atteint". */
export function statusWords(objective: PduObjective): string {
  return objective.statusLabel.charAt(0).toUpperCase() + objective.statusLabel.slice(1);
}

/** A value of the objective's indicator with its unit and decimals: "221,5 accidents", "310 km". */
export function valueWords(objective: PduObjective, value: number | null | undefined): string {
  const unit = objective.indicator?.unit ?? '';
  return formatWithUnit(value, objective.indicator?.decimals ?? 1, unit);
}

/** The target: "221,5 accidents (−50 % par rapport à 2019)" or "310 km". */
export function targetWords(objective: PduObjective): string {
  const value = objective.target.value == null ? 'à calculer depuis le point de départ' : valueWords(objective, objective.target.value);
  return objective.target.change == null
    ? value
    : `${value} (${formatSigned(objective.target.change * 100, 1)}\u00a0% par rapport à ${objective.baseline.year})`;
}

/** A share of the way: 0.2937 → "29 %". */
export function shareWords(share: number | null | undefined): string {
  return share == null ? '—' : `${formatDecimal(share * 100, 0)}\u00a0%`;
}

/** "29 % du chemin parcouru, 45 % attendu en 2024" — or why it cannot be said. */
export function progressWords(objective: PduObjective): string {
  if (objective.status === 'no_data') return 'Pas de donnée pour situer l’objectif.';
  if (objective.progress == null) return 'La valeur actuelle n’est pas sur le chemin de l’objectif.';
  return `${shareWords(objective.progress)} du chemin parcouru, ${shareWords(objective.expectedProgress)} attendu en ${objective.latest?.year ?? '—'}`;
}
