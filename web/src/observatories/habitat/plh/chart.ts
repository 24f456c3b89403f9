/**
 * An objective's small chart (Observable Plot, loaded on demand): the indicator's values (a yearly objective: their
 * running total since T0) solid with dots, the path to the target dashed, the target a labelled star. One image named
 * by the objective; its values are in the table after it.
 */
import * as Plot from '@observablehq/plot';
import { asImage, HIDDEN_MARK } from '../../../platform/charts/accessible';
import { formatCompact, formatValue } from '../../../platform/format';
import type { PlhObjective } from '../api';
import { chartLines, type ChartPoint } from './words';

export function objectiveChart(o: PlhObjective, { width }: { width: number }): Element {
  const decimals = o.indicator?.decimals ?? 1;
  const { values, path } = chartLines(o);
  const target = path.slice(1);
  const years = [...values.map((p) => p.year), o.baselineYear, o.horizonYear];
  const ys = [...values.map((p) => p.value), ...path.map((p) => p.value), 0];
  const chart = Plot.plot({
    width,
    height: 200,
    marginLeft: 52,
    marginRight: 24,
    marginTop: 22,
    style: { fontSize: '12px', color: '#161616' },
    x: { domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5], label: null, tickFormat: (d: number) => String(d), ticks: width >= 480 ? 8 : 4 },
    y: { domain: [0, Math.max(...ys) * 1.15 || 1], grid: true, label: o.indicator?.unit ?? null, tickFormat: (d: number) => formatCompact(d) },
    marks: [
      Plot.ruleY([0]),
      Plot.line(path, { x: 'year', y: 'value', stroke: '#3a3a3a', strokeWidth: 2, strokeDasharray: '6 4' }),
      Plot.line(values, { x: 'year', y: 'value', stroke: '#1f5fa8', strokeWidth: 2.5 }),
      Plot.dot(values, { x: 'year', y: 'value', fill: '#1f5fa8', r: 3 }),
      Plot.dot(target, { x: 'year', y: 'value', symbol: 'star', r: 7, fill: '#c4571b', stroke: '#161616' }),
      Plot.text(target, { x: 'year', y: 'value', text: () => 'objectif', dy: -14, fill: '#161616' }),
      Plot.tip(values, Plot.pointerX({ x: 'year', y: 'value', title: (p: ChartPoint) => `${p.year} : ${formatValue(p.value, decimals)}`, ...HIDDEN_MARK })),
    ],
  });
  const what = o.kind === 'yearly' ? 'Cumul depuis ' + String(o.baselineYear) + ' de l’indicateur' : 'Évolution de l’indicateur';
  return asImage(
    chart,
    `${what} « ${o.indicator?.label ?? o.label} » et trajectoire vers l’objectif`,
    o.kind === 'yearly'
      ? 'Trait plein : le cumul des valeurs annuelles depuis le début du programme ; pointillés : le cumul attendu à raison de l’objectif annuel, jusqu’au total du programme (étoile). Les valeurs sont dans le tableau qui suit le graphique.'
      : 'Trait plein : les valeurs de l’indicateur ; pointillés : la trajectoire en ligne droite du point de départ à l’objectif (étoile). Les valeurs sont dans le tableau qui suit le graphique.',
  );
}
