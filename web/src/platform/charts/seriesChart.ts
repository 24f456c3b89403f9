/**
 * Charts, with Observable Plot (SVG: crisp at any zoom, no canvas to describe). Each is one image for assistive
 * technologies, named by the indicator and the territories it shows (accessible.ts); its values are in the table
 * that follows it. Loaded on demand with the dashboard and the profile. Pure functions: (data, { width }) → element.
 */
import * as Plot from '@observablehq/plot';
import type { Series } from '../api/types';
import { formatCompact, formatDecimal, formatPeriod, formatValue, periodStart } from '../format';
import { asImage, HIDDEN_MARK } from './accessible';
import { seriesStyle } from './palette';

export interface SeriesChartInput {
  series: Series[];
  /** Plot the base-100 index instead of the values. */
  index: boolean;
  unit: string;
  decimals: number;
  /** What the chart shows (the indicator, and its base or unit): the start of its accessible name. */
  title: string;
}

interface Row {
  territory: string;
  date: Date;
  period: string;
  y: number;
}

export function rowsOf(series: Series[], index: boolean): Row[] {
  const rows: Row[] = [];
  for (const s of series) {
    for (const point of s.points) {
      const y = index ? point.index : point.value;
      const date = periodStart(point.period);
      if (y === null || date === null) continue;
      rows.push({ territory: s.territory.name, date, period: point.period, y });
    }
  }
  return rows;
}

export function seriesChart(input: SeriesChartInput, { width }: { width: number }): Element {
  const rows = rowsOf(input.series, input.index);
  const names = input.series.map((s) => s.territory.name);
  const yLabel = input.index ? 'Indice (base 100)' : input.unit;
  const marks: Plot.Markish[] = [];
  if (input.index) marks.push(Plot.ruleY([100], { stroke: '#929292' }));
  names.forEach((name, i) => {
    const style = seriesStyle(i);
    const data = rows.filter((r) => r.territory === name);
    marks.push(
      Plot.lineY(data, {
        x: 'date',
        y: 'y',
        stroke: style.colour,
        strokeWidth: 2.2,
        ...(style.dash ? { strokeDasharray: style.dash } : {}),
      }),
      Plot.dot(data, { x: 'date', y: 'y', fill: style.colour, r: 2.5 }),
    );
  });
  marks.push(
    Plot.tip(
      rows,
      Plot.pointer({
        x: 'date',
        y: 'y',
        title: (r: Row) =>
          `${r.territory}\n${formatPeriod(r.period)} : ${input.index ? formatDecimal(r.y, 1) : formatValue(r.y, input.decimals)}${
            input.index ? '' : ` ${input.unit}`
          }`,
        ...HIDDEN_MARK,
      }),
    ),
  );
  const chart = Plot.plot({
    width,
    height: Math.max(220, Math.min(360, Math.round(width * 0.45))),
    marginLeft: 64,
    marginRight: 16,
    style: { fontSize: '13px', color: '#161616' },
    x: { type: 'utc', label: null, ticks: Math.max(3, Math.floor(width / 90)), tickFormat: (d: Date) => String(d.getUTCFullYear()) },
    y: {
      grid: true,
      label: yLabel,
      tickFormat: (d: number) => (input.index ? formatDecimal(d, 0) : Math.abs(d) >= 10_000 ? formatCompact(d) : formatDecimal(d, Math.min(input.decimals, 1))),
    },
    marks,
  });
  return asImage(chart, seriesChartLabel(input), 'Les valeurs sont dans le tableau qui suit le graphique.');
}

/** The chart's accessible name: what it shows, then the territories of its series. */
export function seriesChartLabel(input: Pick<SeriesChartInput, 'series' | 'title'>): string {
  const names = input.series.map((s) => s.territory.name);
  return names.length === 0 ? input.title : `${input.title} : ${names.join(', ')}`;
}

export interface SparklineOptions {
  width: number;
  decimals: number;
  /** The indicator's label: each trend line of a profile is named by its indicator. */
  indicator: string;
  unit: string;
}

/** A small trend line without axes, for the profile's key figures. */
export function sparkline(series: Series, { width, decimals, indicator, unit }: SparklineOptions): Element {
  const rows = rowsOf([series], false);
  const chart = Plot.plot({
    width,
    height: 56,
    margin: 4,
    axis: null,
    marks: [Plot.lineY(rows, { x: 'date', y: 'y', stroke: '#000091', strokeWidth: 2 }), Plot.dot(rows.slice(-1), { x: 'date', y: 'y', fill: '#000091', r: 3 })],
  });
  return asImage(
    chart,
    sparklineLabel(series, indicator),
    rows.map((r) => `${formatPeriod(r.period)} : ${formatValue(r.y, decimals)} ${unit}`.trim()).join(' ; '),
  );
}

/** A trend line's accessible name: the indicator, the territory and the periods it spans. */
export function sparklineLabel(series: Series, indicator: string): string {
  const periods = series.points.map((p) => p.period);
  const span =
    periods.length === 0
      ? ''
      : periods.length === 1
        ? ` en ${formatPeriod(periods[0]!)}`
        : `, ${formatPeriod(periods[0]!)}–${formatPeriod(periods[periods.length - 1]!)}`;
  return `Tendance : ${indicator}, ${series.territory.name}${span}`;
}
