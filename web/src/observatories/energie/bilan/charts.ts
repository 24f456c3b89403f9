/**
 * The energy dashboard's charts (Observable Plot, loaded on demand with the page): consumption by sector and by
 * carrier, production by source, as stacked bars per year, and the decarbonised balance of the territory against
 * the comparison territory and the objectives. Pure functions (rows, { width, title }) → element; each chart is one
 * image named by its title, its marks hidden (platform/charts/accessible.ts); its values are in the table after it.
 */
import * as Plot from '@observablehq/plot';
import { asImage, HIDDEN_MARK } from '../../../platform/charts/accessible';
import { formatDecimal } from '../../../platform/format';

export interface StackRow {
  year: number;
  code: string;
  label: string;
  value: number;
}

export interface Legend {
  codes: readonly string[];
  colours: readonly string[];
}

/** Stacked bars: one bar per year, one segment per code, in the legend's order. */
export function stackedChart(rows: readonly StackRow[], legend: Legend, { width, title, unit }: { width: number; title: string; unit: string }): Element {
  const chart = Plot.plot({
    width,
    height: Math.max(240, Math.min(340, Math.round(width * 0.4))),
    marginLeft: 64,
    marginRight: 12,
    style: { fontSize: '13px', color: '#161616' },
    x: { type: 'band', label: null, padding: 0.2, tickFormat: (d: number) => (width >= 640 || d % 2 === 0 ? String(d) : '') },
    y: { grid: true, label: unit, tickFormat: (d: number) => formatDecimal(d, 0) },
    color: { domain: [...legend.codes], range: [...legend.colours] },
    marks: [
      Plot.barY(rows, { x: 'year', y: 'value', fill: 'code', order: [...legend.codes], stroke: '#fff', strokeWidth: 0.5 }),
      Plot.ruleY([0]),
      Plot.tip(
        rows,
        Plot.pointer(
          Plot.stackY({
            x: 'year',
            y: 'value',
            z: 'code',
            order: [...legend.codes],
            title: (r: StackRow) => `${r.year} — ${r.label} : ${formatDecimal(r.value, 1)} ${unit}`,
            ...HIDDEN_MARK,
          }),
        ),
      ),
    ],
  });
  return asImage(chart, title, 'Barres empilées par année. Les valeurs sont dans le tableau qui suit le graphique.');
}

export interface BalancePoint {
  year: number;
  /** The balance in percent. */
  percent: number;
  series: string;
}

export interface TargetPoint {
  year: number;
  percent: number;
  document: string;
}

/** The balance of the territory (solid) and of the comparison (dashed) per year, the objectives as labelled marks. */
export function balanceChart(points: readonly BalancePoint[], targets: readonly TargetPoint[], { width, title }: { width: number; title: string }): Element {
  const years = [...points.map((p) => p.year), ...targets.map((t) => t.year)];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const top = Math.max(10, ...points.map((p) => p.percent), ...targets.map((t) => t.percent)) * 1.15;
  const series = [...new Set(points.map((p) => p.series))];
  const chart = Plot.plot({
    width,
    height: Math.max(240, Math.min(340, Math.round(width * 0.4))),
    marginLeft: 56,
    marginRight: 56,
    marginTop: 24,
    style: { fontSize: '13px', color: '#161616' },
    x: { domain: [first - 0.5, last + 0.5], label: null, tickFormat: (d: number) => String(d), ticks: width >= 640 ? 10 : 5 },
    y: { domain: [0, top], grid: true, label: '% de la consommation', tickFormat: (d: number) => formatDecimal(d, 0) },
    marks: [
      ...series.map((name, i) =>
        Plot.line(
          points.filter((p) => p.series === name),
          {
            x: 'year',
            y: 'percent',
            stroke: i === 0 ? '#1f5fa8' : '#3a3a3a',
            strokeWidth: i === 0 ? 3 : 2,
            ...(i === 0 ? {} : { strokeDasharray: '6 4' }),
            marker: i === 0 ? 'circle' : 'circle-stroke',
          },
        ),
      ),
      Plot.dot(targets, { x: 'year', y: 'percent', symbol: 'star', r: 7, fill: '#c4571b', stroke: '#161616' }),
      Plot.text(targets, { x: 'year', y: 'percent', text: (t: TargetPoint) => `objectif ${formatDecimal(t.percent, 0)} %`, dy: -14, fill: '#161616' }),
      Plot.ruleY([0]),
      Plot.tip(
        points,
        Plot.pointerX({ x: 'year', y: 'percent', title: (p: BalancePoint) => `${p.series}, ${p.year} : ${formatDecimal(p.percent, 1)} %`, ...HIDDEN_MARK }),
      ),
    ],
  });
  return asImage(
    chart,
    title,
    'Bilan décarboné par année (trait plein : le territoire ; pointillés : la comparaison) et objectifs (étoiles). Les valeurs sont dans le tableau qui suit le graphique.',
  );
}
