/**
 * An objective's small chart (Observable Plot, loaded on demand): the indicator's yearly values for the territory
 * (solid line and dots), the straight path from the baseline at T0 to the target at the horizon (dashed) and the
 * target (a star, labelled). One image named by the objective; its values are in the table after it.
 */
import * as Plot from '@observablehq/plot';
import { asImage, HIDDEN_MARK } from '../../../platform/charts/accessible';
import { formatCompact, formatValue } from '../../../platform/format';
import type { PduObjective } from './api';

interface Point {
  year: number;
  value: number;
}

export function objectiveChart(objective: PduObjective, { width }: { width: number }): Element {
  const decimals = objective.indicator?.decimals ?? 1;
  const series: Point[] = objective.series.map((p) => ({ year: p.year, value: p.value }));
  const path: Point[] =
    objective.baseline.value != null && objective.target.value != null
      ? [
          { year: objective.baseline.year, value: objective.baseline.value },
          { year: objective.target.year, value: objective.target.value },
        ]
      : [];
  const target = path.slice(1);
  // A baseline the plan gives (not a value of the indicator): the path's start, hollow.
  const givenBaseline = objective.baseline.source === 'objective' ? path.slice(0, 1) : [];
  const years = [...series.map((p) => p.year), objective.baseline.year, objective.target.year];
  const values = [...series.map((p) => p.value), ...path.map((p) => p.value), 0];
  const chart = Plot.plot({
    width,
    height: 200,
    marginLeft: 52,
    marginRight: 24,
    marginTop: 22,
    style: { fontSize: '12px', color: '#161616' },
    x: { domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5], label: null, tickFormat: (d: number) => String(d), ticks: width >= 480 ? 8 : 4 },
    y: { domain: [0, Math.max(...values) * 1.15 || 1], grid: true, label: objective.indicator?.unit ?? null, tickFormat: (d: number) => formatCompact(d) },
    marks: [
      Plot.ruleY([0]),
      Plot.line(path, { x: 'year', y: 'value', stroke: '#3a3a3a', strokeWidth: 2, strokeDasharray: '6 4' }),
      Plot.line(series, { x: 'year', y: 'value', stroke: '#1f5fa8', strokeWidth: 2.5 }),
      Plot.dot(series, { x: 'year', y: 'value', fill: '#1f5fa8', r: 3 }),
      Plot.dot(givenBaseline, { x: 'year', y: 'value', r: 4, fill: '#fff', stroke: '#3a3a3a', strokeWidth: 2 }),
      Plot.dot(target, { x: 'year', y: 'value', symbol: 'star', r: 7, fill: '#c4571b', stroke: '#161616' }),
      Plot.text(target, { x: 'year', y: 'value', text: () => 'objectif', dy: -14, fill: '#161616' }),
      Plot.tip(series, Plot.pointerX({ x: 'year', y: 'value', title: (p: Point) => `${p.year} : ${formatValue(p.value, decimals)}`, ...HIDDEN_MARK })),
    ],
  });
  return asImage(
    chart,
    `Évolution de l’indicateur « ${objective.indicator?.label ?? objective.label} » et trajectoire vers l’objectif`,
    'Trait plein : les valeurs de l’indicateur ; pointillés : la trajectoire en ligne droite du point de départ (rond blanc quand le plan le fixe) à l’objectif (étoile). Les valeurs sont dans le tableau qui suit le graphique.',
  );
}
