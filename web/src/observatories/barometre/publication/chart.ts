/**
 * One indicator's 20-quarter series as the brief prints it (Observable Plot, SVG, drawn at a fixed size: the page is
 * A4 on screen as on paper). Marks that survive a black-and-white print: a quarter is a filled dot, the provisional one
 * a hollow circle with "p", a revised one a hollow square with "r" — shape and letter, not colour alone.
 */
import * as Plot from '@observablehq/plot';
import { asImage } from '../../../platform/charts/accessible';
import { formatCompact, formatDecimal, formatPeriod, formatValue, periodStart } from '../../../platform/format';
import type { Indicator, SeriesPoint } from './contract';

export const INK = '#1e1e5a';

interface Row {
  date: Date;
  period: string;
  value: number;
  mark: 'plain' | 'provisional' | 'revised';
}

/** The series' points with a value, each with its mark (provisional wins over revised: it is the newer news). */
export function chartRows(series: readonly SeriesPoint[]): Row[] {
  const rows: Row[] = [];
  for (const point of series) {
    const date = periodStart(point.period);
    if (point.status !== 'ok' || point.value === null || date === null) continue;
    rows.push({ date, period: point.period, value: point.value, mark: point.provisional ? 'provisional' : point.revised ? 'revised' : 'plain' });
  }
  return rows;
}

/** What a listener hears instead of the chart: every quarter's value, with its mark in words. */
export function chartDescription(indicator: Indicator): string {
  return chartRows(indicator.series)
    .map(
      (r) =>
        `${formatPeriod(r.period)} : ${formatValue(r.value, indicator.decimals)}${r.mark === 'provisional' ? ' (provisoire)' : r.mark === 'revised' ? ' (révisé)' : ''}`,
    )
    .join(' ; ');
}

export function indicatorChart(indicator: Indicator, { width, height }: { width: number; height: number }): Element {
  const rows = chartRows(indicator.series);
  const plain = rows.filter((r) => r.mark === 'plain');
  const provisional = rows.filter((r) => r.mark === 'provisional');
  const revised = rows.filter((r) => r.mark === 'revised');
  const label = { x: 'date', y: 'value', dy: -9, fontSize: 11, fontWeight: 'bold', fill: INK } as const;
  const chart = Plot.plot({
    width,
    height,
    marginLeft: 52,
    marginRight: 12,
    marginTop: 18,
    marginBottom: 24,
    style: { fontSize: '10px', color: '#161616', fontFamily: 'inherit' },
    x: { type: 'utc', label: null, ticks: 'year', tickFormat: (d: Date) => String(d.getUTCFullYear()) },
    y: {
      grid: true,
      label: null,
      nice: true,
      tickFormat: (d: number) => (Math.abs(d) >= 10_000 ? formatCompact(d) : formatDecimal(d, Math.min(indicator.decimals, 1))),
    },
    marks: [
      Plot.lineY(rows, { x: 'date', y: 'value', stroke: INK, strokeWidth: 1.8 }),
      Plot.dot(plain, { x: 'date', y: 'value', fill: INK, r: 2.2 }),
      Plot.dot(revised, { x: 'date', y: 'value', symbol: 'square', fill: 'white', stroke: INK, strokeWidth: 1.5, r: 3.6 }),
      Plot.text(revised, { ...label, text: () => 'r' }),
      Plot.dot(provisional, { x: 'date', y: 'value', fill: 'white', stroke: INK, strokeWidth: 1.5, r: 3.6 }),
      Plot.text(provisional, { ...label, text: () => 'p' }),
    ],
  });
  return asImage(chart, `${indicator.title}, ${indicator.unit}, sur 20 trimestres`, chartDescription(indicator));
}
