/**
 * An indicator's small chart (Observable Plot, loaded with the dashboard's indicators): its yearly values for the
 * project's territory (solid line and dots), the T0 point (a ring), the straight path from T0 to the target at the
 * horizon (dashed) and the target (a star, labelled). One image named by the indicator; its values are in the table after it.
 */
import * as Plot from '@observablehq/plot';
import { asImage, HIDDEN_MARK } from '../../platform/charts/accessible';
import { formatCompact, formatValue } from '../../platform/format';
import type { Indicator } from './api';

interface Point {
  year: number;
  value: number;
}

export function indicatorChart(indicator: Indicator, { width }: { width: number }): Element {
  const series: Point[] = indicator.series.map((p) => ({ year: p.year, value: p.value }));
  const t0: Point[] = indicator.t0.value == null ? [] : [{ year: indicator.t0.year, value: indicator.t0.value }];
  const path: Point[] = t0.length > 0 && indicator.target.value != null ? [t0[0]!, { year: indicator.target.year, value: indicator.target.value }] : [];
  const target = path.slice(1);
  const years = [...series.map((p) => p.year), indicator.t0.year, indicator.target.year];
  const values = [...series.map((p) => p.value), ...path.map((p) => p.value), 0];
  const chart = Plot.plot({
    width,
    height: 180,
    marginLeft: 52,
    marginRight: 24,
    marginTop: 22,
    style: { fontSize: '12px', color: '#161616' },
    x: { domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5], label: null, tickFormat: (d: number) => String(d), ticks: width >= 480 ? 8 : 4 },
    y: { domain: [0, Math.max(...values) * 1.15 || 1], grid: true, label: indicator.unit || null, tickFormat: (d: number) => formatCompact(d) },
    marks: [
      Plot.ruleY([0]),
      Plot.line(path, { x: 'year', y: 'value', stroke: '#3a3a3a', strokeWidth: 2, strokeDasharray: '6 4' }),
      Plot.line(series, { x: 'year', y: 'value', stroke: '#1f5fa8', strokeWidth: 2.5 }),
      Plot.dot(series, { x: 'year', y: 'value', fill: '#1f5fa8', r: 3 }),
      Plot.dot(t0, { x: 'year', y: 'value', r: 6, fill: 'none', stroke: '#161616', strokeWidth: 2 }),
      Plot.text(t0, { x: 'year', y: 'value', text: () => 'T0', dy: -14, fill: '#161616' }),
      Plot.dot(target, { x: 'year', y: 'value', symbol: 'star', r: 7, fill: '#c4571b', stroke: '#161616' }),
      Plot.text(target, { x: 'year', y: 'value', text: () => 'cible', dy: -14, fill: '#161616' }),
      Plot.tip(
        series,
        Plot.pointerX({ x: 'year', y: 'value', title: (p: Point) => `${p.year} : ${formatValue(p.value, indicator.decimals)}`, ...HIDDEN_MARK }),
      ),
    ],
  });
  return asImage(
    chart,
    `Évolution de l’indicateur « ${indicator.label} » et trajectoire vers sa cible`,
    'Trait plein : les valeurs de l’indicateur ; cercle : le T0 ; pointillés : la trajectoire en ligne droite du T0 à la cible (étoile). Les valeurs sont dans le tableau qui suit le graphique.',
  );
}
