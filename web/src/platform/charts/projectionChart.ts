/**
 * A projection's chart: the observed values as a solid line with points, the projection dashed in another colour over
 * its 95 % band, and the targets as diamonds. A projection is never drawn like data: dashed, lighter, and said so in
 * the chart's name. One image for assistive technologies; the values are in the table that follows it.
 */
import * as Plot from '@observablehq/plot';
import type { JsonResponse } from '../api/types';
import { formatCompact, formatDecimal, formatPeriod, formatValue, periodStart } from '../format';
import { asImage, HIDDEN_MARK } from './accessible';

export type ProjectionResponse = JsonResponse<'/api/v1/indicators/{code}/projection'>;

const OBSERVED = '#000091';
const PROJECTED = '#a94645';
const TARGET = '#18753c';

interface Row {
  date: Date;
  period: string;
  y: number;
  low?: number;
  high?: number;
  kind: 'observé' | 'projeté' | 'objectif';
  label?: string;
}

/** The chart's rows: observed, projected (from the last observed point, so that the dashes join it), and targets. */
export function projectionRows(answer: ProjectionResponse): Row[] {
  const rows: Row[] = [];
  const add = (period: string, row: Omit<Row, 'date' | 'period'>): void => {
    const date = periodStart(period);
    if (date) rows.push({ date, period, ...row });
  };
  for (const o of answer.observed) add(o.period, { y: o.value, kind: 'observé' });
  const last = answer.observed[answer.observed.length - 1];
  if (last) add(last.period, { y: last.value, low: last.value, high: last.value, kind: 'projeté' });
  for (const p of answer.projection) add(p.period, { y: p.value, low: p.low, high: p.high, kind: 'projeté' });
  for (const t of answer.targets) add(t.period, { y: t.value, kind: 'objectif', label: t.label });
  return rows;
}

export function projectionChart(answer: ProjectionResponse, { width }: { width: number }): Element {
  const { unit, decimals } = answer.indicator;
  const rows = projectionRows(answer);
  const observed = rows.filter((r) => r.kind === 'observé');
  const projected = rows.filter((r) => r.kind === 'projeté');
  const targets = rows.filter((r) => r.kind === 'objectif');
  const chart = Plot.plot({
    width,
    height: Math.max(220, Math.min(360, Math.round(width * 0.45))),
    marginLeft: 64,
    marginRight: 16,
    style: { fontSize: '13px', color: '#161616' },
    x: { type: 'utc', label: null, ticks: Math.max(3, Math.floor(width / 90)), tickFormat: (d: Date) => String(d.getUTCFullYear()) },
    y: { grid: true, label: unit, tickFormat: (d: number) => (Math.abs(d) >= 10_000 ? formatCompact(d) : formatDecimal(d, Math.min(decimals, 1))) },
    marks: [
      Plot.areaY(projected, { x: 'date', y1: 'low', y2: 'high', fill: PROJECTED, fillOpacity: 0.12 }),
      Plot.lineY(projected, { x: 'date', y: 'y', stroke: PROJECTED, strokeWidth: 2, strokeDasharray: '6 4' }),
      Plot.lineY(observed, { x: 'date', y: 'y', stroke: OBSERVED, strokeWidth: 2.2 }),
      Plot.dot(observed, { x: 'date', y: 'y', fill: OBSERVED, r: 2.5 }),
      Plot.dot(targets, { x: 'date', y: 'y', symbol: 'diamond', fill: TARGET, r: 5 }),
      Plot.tip(
        rows,
        Plot.pointer({
          x: 'date',
          y: 'y',
          title: (r: Row) => `${r.label ?? r.kind}\n${formatPeriod(r.period)} : ${formatValue(r.y, decimals)} ${unit}`,
          ...HIDDEN_MARK,
        }),
      ),
    ],
  });
  return asImage(
    chart,
    `Projection (pas une donnée) : ${answer.indicator.label}, ${answer.territory.name}, ${answer.method.label.toLowerCase()}`,
    'Les valeurs observées, projetées et les objectifs sont dans le tableau qui suit le graphique.',
  );
}
