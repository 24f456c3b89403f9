/** The PLH page's sentences: the review's summary, an objective's target, figures and share of the way done. */
import { formatCount, formatDecimal, formatWithUnit, MISSING } from '../../../platform/format';
import type { PlhObjective, PlhSummary } from '../api';

/** "2 objectifs sur 4 dans la trajectoire" (achieved, ahead and on track count as in it). */
export function summarySentence(summary: PlhSummary): string {
  if (summary.objectives === 0) return 'Aucun objectif du programme n’est défini pour ce territoire.';
  return `${formatCount(summary.onCourse, 'objectif')} sur ${summary.objectives} dans la trajectoire`;
}

/** The detail: "dont 1 atteint et 1 en avance ; 2 en retard ; 1 sans donnée." */
export function summaryDetail(summary: PlhSummary): string {
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

/** The status capitalised for a badge: "En retard", "Objectif atteint". */
export function statusWords(objective: PlhObjective): string {
  return objective.statusLabel.charAt(0).toUpperCase() + objective.statusLabel.slice(1);
}

/** A value of the objective's indicator with its unit and decimals: "850 logements", "14 %". */
export function valueWords(objective: PlhObjective, value: number | null | undefined): string {
  return formatWithUnit(value, objective.indicator?.decimals ?? 1, objective.indicator?.unit ?? '');
}

/** The target: "850 logements par an de 2023 à 2028 (5 100 au total)", or "14 % en 2028". */
export function targetWords(o: PlhObjective): string {
  return o.kind === 'yearly'
    ? `${valueWords(o, o.targetValue)} par an de ${o.baselineYear} à ${o.horizonYear} (${formatDecimal(o.targetTotal, 0)} au total)`
    : `${valueWords(o, o.targetValue)} en ${o.horizonYear}`;
}

/** What is done: a trajectory's latest value, a yearly objective's sum since T0. */
export function doneWords(o: PlhObjective): string {
  if (o.done == null) return MISSING;
  return o.kind === 'yearly' && o.latest ? `${valueWords(o, o.done)} de ${o.baselineYear} à ${o.latest.year}` : valueWords(o, o.done);
}

/** A share of the way: 0.2937 → "29 %". */
export function shareWords(share: number | null | undefined): string {
  return share == null ? MISSING : `${formatDecimal(share * 100, 0)}\u00a0%`;
}

/** "28 % du chemin parcouru, 33 % attendu en 2024" — or why it cannot be said. */
export function progressWords(o: PlhObjective): string {
  if (o.status === 'no_data') return 'Pas de donnée pour situer l’objectif.';
  if (o.progress == null) return 'La valeur actuelle n’est pas sur le chemin de l’objectif.';
  const done = o.kind === 'yearly' ? 'du total du programme réalisé' : 'du chemin parcouru';
  return `${shareWords(o.progress)} ${done}, ${shareWords(o.expectedProgress)} attendu en ${o.latest?.year ?? MISSING}`;
}

export interface ChartPoint {
  year: number;
  value: number;
}

/**
 * What the objective's chart draws: a trajectory's values and its straight path from the baseline at T0 to the
 * target; a yearly objective's running total since T0 and the programme's (the target every year, up to its total
 * at the horizon).
 */
export function chartLines(o: PlhObjective): { values: ChartPoint[]; path: ChartPoint[] } {
  if (o.kind === 'yearly') {
    let total = 0;
    const values = o.series.filter((p) => p.year >= o.baselineYear && p.year <= o.horizonYear).map((p) => ({ year: p.year, value: (total += p.value) }));
    return {
      values,
      path: [
        { year: o.baselineYear, value: o.targetValue },
        { year: o.horizonYear, value: o.targetTotal ?? o.targetValue * (o.horizonYear - o.baselineYear + 1) },
      ],
    };
  }
  return {
    values: o.series.map((p) => ({ year: p.year, value: p.value })),
    path:
      o.baselineValue == null
        ? []
        : [
            { year: o.baselineYear, value: o.baselineValue },
            { year: o.horizonYear, value: o.targetValue },
          ],
  };
}
