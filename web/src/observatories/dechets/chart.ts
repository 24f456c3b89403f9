/**
 * The targets' charts (Observable Plot, loaded with the page): an indicator's series as a solid line, and for each of
 * its targets the straight path from the base year's value to the target at its horizon, dashed, the target a ring.
 * One image named by what it shows; its values are in the tables after it.
 */
import * as Plot from '@observablehq/plot';
import { asImage, HIDDEN_MARK } from '../../platform/charts/accessible';
import { seriesStyle } from '../../platform/charts/palette';
import { formatDecimal } from '../../platform/format';
import type { TargetFigures, WasteStreams } from './api';

interface Point {
  year: number;
  value: number;
  what: string;
}

export function targetChart(
  series: WasteStreams['dmaKgPerInhabitant'],
  targets: readonly TargetFigures[],
  { width, label, unit }: { width: number; label: string; unit: string },
): Element {
  const observed: Point[] = series.filter((y) => y.value != null).map((y) => ({ year: y.year, value: y.value!, what: 'observé' }));
  const paths = targets
    .filter((t) => t.baseValue != null && t.value != null)
    .map((t) => [
      { year: t.baseYear, value: t.baseValue!, what: `trajectoire vers l’objectif ${t.horizon}` },
      { year: t.horizon, value: t.value!, what: `objectif ${t.horizon}` },
    ]);
  const line = seriesStyle(0);
  const path = seriesStyle(1);
  const chart = Plot.plot({
    width,
    height: 260,
    marginLeft: 52,
    style: { fontSize: '13px', color: '#161616' },
    x: { label: 'année', tickFormat: (d: number) => String(d) },
    y: { grid: true, label: unit, zero: true },
    marks: [
      ...paths.map((p) => Plot.lineY(p, { x: 'year', y: 'value', stroke: path.colour, strokeWidth: 2, strokeDasharray: '6 4' })),
      Plot.dot(
        paths.map((p) => p[1]!),
        { x: 'year', y: 'value', stroke: path.colour, r: 6, strokeWidth: 2 },
      ),
      Plot.lineY(observed, { x: 'year', y: 'value', stroke: line.colour, strokeWidth: 2.4 }),
      Plot.dot(observed, { x: 'year', y: 'value', fill: line.colour, r: 2.5 }),
      Plot.tip(
        [...observed, ...paths.flat()],
        Plot.pointer({ x: 'year', y: 'value', title: (p: Point) => `${p.year} — ${p.what} : ${formatDecimal(p.value)} ${unit}`, ...HIDDEN_MARK }),
      ),
    ],
  });
  const first = observed[0];
  const last = observed[observed.length - 1];
  return asImage(
    chart,
    `${label} : de ${formatDecimal(first?.value)} ${unit} en ${first?.year} à ${formatDecimal(last?.value)} ${unit} en ${last?.year}, ` +
      `objectifs ${targets.map((t) => `${formatDecimal(t.value)} ${unit} en ${t.horizon}`).join(', ')}`,
    'Ligne pleine : valeurs observées. Tirets : trajectoire droite de l’année de référence à chaque objectif ; cercle : l’objectif. Les valeurs sont dans les tableaux qui suivent.',
  );
}
