/**
 * The ZAN counter's charts (Observable Plot, loaded on demand with the ZAN view): the trajectory 2011–2050 and the
 * yearly land take by destination. Pure functions (data, { width }) → element; the data rows are exported for the
 * tables that follow each chart. Each chart is one image named by its title (the territory in it), its marks hidden
 * from assistive technologies (platform/charts/accessible.ts).
 */
import * as Plot from '@observablehq/plot';
import type { YearConsumption, ZanCounter } from './api';
import { asImage, HIDDEN_MARK } from '../../platform/charts/accessible';
import { formatDecimal } from '../../platform/format';
import { COLOURS, DESTINATIONS } from './palette';

export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2050;

export type TrajectoryKind = 'reference' | 'consumed' | 'projection' | 'path';

export interface TrajectoryRow {
  year: number;
  kind: TrajectoryKind;
  /** Hectares consumed (reference, consumed), projected at the current pace, or allowed by the path to 2050. */
  ha: number;
}

/**
 * One row per year 2011–2050: what was consumed (2011–2020 the reference, 2021 onwards counted against the
 * envelope), the years left to 2030 at the current pace, and the allowance of the path 2031–2050.
 */
export function trajectoryRows(counter: ZanCounter, years: readonly YearConsumption[]): TrajectoryRow[] {
  const byYear = new Map(years.map((y) => [y.year, y.totalHa]));
  const rows: TrajectoryRow[] = [];
  for (let year = FIRST_YEAR; year <= counter.latestYear; year++) {
    rows.push({ year, kind: year <= 2020 ? 'reference' : 'consumed', ha: byYear.get(year) ?? 0 });
  }
  for (let year = Math.max(counter.latestYear + 1, 2021); year <= 2030; year++) {
    rows.push({ year, kind: 'projection', ha: counter.pacePerYearHa });
  }
  for (const step of counter.path) rows.push({ year: step.year, kind: 'path', ha: step.allowanceHa });
  return rows;
}

const KIND_COLOURS: Record<TrajectoryKind, string> = {
  reference: COLOURS.reference,
  consumed: COLOURS.consumed,
  projection: '#ffffff',
  path: '#b9dcc4',
};

export function trajectoryChart(counter: ZanCounter, years: readonly YearConsumption[], { width, title }: { width: number; title: string }): Element {
  const rows = trajectoryRows(counter, years);
  const envelopePerYear = counter.envelopeHa / 10;
  const referencePerYear = counter.referenceHa / 10;
  const top = Math.max(...rows.map((r) => r.ha), referencePerYear, envelopePerYear) * 1.18 || 1;
  const chart = Plot.plot({
    width,
    height: Math.max(260, Math.min(380, Math.round(width * 0.42))),
    marginLeft: 56,
    marginRight: 12,
    marginTop: 28,
    style: { fontSize: '13px', color: '#161616' },
    x: {
      domain: [FIRST_YEAR - 0.5, LAST_YEAR + 0.5],
      label: null,
      ticks: [2011, 2015, 2020, 2025, 2030, 2035, 2040, 2045, 2050].filter((y) => width >= 520 || y % 10 === 0 || y === 2011),
      tickFormat: (d: number) => String(d),
    },
    y: { domain: [0, top], grid: true, label: 'ha par an', tickFormat: (d: number) => formatDecimal(d, 0) },
    marks: [
      Plot.rect(
        [
          { x1: 2010.5, x2: 2020.5 },
          { x1: 2030.5, x2: 2050.5 },
        ],
        { x1: 'x1', x2: 'x2', y1: 0, y2: top, fill: '#f3f3f3' },
      ),
      Plot.text(
        [
          { x: 2015.5, label: 'Référence 2011–2020' },
          { x: 2025.5, label: 'Enveloppe 2021–2030' },
          { x: 2040.5, label: 'Vers le zéro net 2031–2050' },
        ],
        { x: 'x', y: top, text: 'label', dy: -10, fontWeight: 700, fill: '#3a3a3a' },
      ),
      Plot.rectY(
        rows.filter((r) => r.kind !== 'projection'),
        {
          x1: (r: TrajectoryRow) => r.year - 0.38,
          x2: (r: TrajectoryRow) => r.year + 0.38,
          y: 'ha',
          fill: (r: TrajectoryRow) => KIND_COLOURS[r.kind],
          stroke: (r: TrajectoryRow) => (r.kind === 'path' ? COLOURS.path : 'none'),
        },
      ),
      Plot.rectY(
        rows.filter((r) => r.kind === 'projection'),
        {
          x1: (r: TrajectoryRow) => r.year - 0.38,
          x2: (r: TrajectoryRow) => r.year + 0.38,
          y: 'ha',
          fill: KIND_COLOURS.projection,
          stroke: COLOURS.projection,
          strokeDasharray: '3 2',
        },
      ),
      Plot.ruleY([referencePerYear], { x1: 2010.6, x2: 2020.4, stroke: '#3a3a3a', strokeDasharray: '6 3', strokeWidth: 1.5 }),
      Plot.ruleY([envelopePerYear], { x1: 2020.6, x2: 2030.4, stroke: COLOURS.envelope, strokeWidth: 2.5 }),
      Plot.ruleY([0]),
      Plot.tip(
        rows,
        Plot.pointerX({
          x: 'year',
          y: 'ha',
          title: (r: TrajectoryRow) =>
            `${r.year} : ${formatDecimal(r.ha, 1)} ha ${
              r.kind === 'path' ? 'autorisés' : r.kind === 'projection' ? 'au rythme actuel (projection)' : 'consommés'
            }`,
          ...HIDDEN_MARK,
        }),
      ),
    ],
  });
  return asImage(
    chart,
    title,
    'Consommation annuelle d’espaces de 2011 à la dernière année connue, projection au rythme actuel jusqu’en 2030, enveloppe annuelle moyenne 2021–2030 et trajectoire autorisée 2031–2050. Les valeurs sont dans le tableau qui suit le graphique.',
  );
}

export interface DestinationRow {
  year: number;
  destination: string;
  ha: number;
}

export function destinationRows(years: readonly YearConsumption[]): DestinationRow[] {
  return years.flatMap((y) => DESTINATIONS.map((d) => ({ year: y.year, destination: d.code, ha: y.byDestination[d.code] ?? 0 })));
}

export function destinationsChart(years: readonly YearConsumption[], { width, title }: { width: number; title: string }): Element {
  const rows = destinationRows(years);
  const chart = Plot.plot({
    width,
    height: Math.max(240, Math.min(340, Math.round(width * 0.38))),
    marginLeft: 56,
    marginRight: 12,
    style: { fontSize: '13px', color: '#161616' },
    x: { type: 'band', label: null, padding: 0.2, tickFormat: (d: number) => (width >= 640 || d % 2 === 1 ? String(d) : '') },
    y: { grid: true, label: 'hectares', tickFormat: (d: number) => formatDecimal(d, 0) },
    color: { domain: DESTINATIONS.map((d) => d.code), range: DESTINATIONS.map((d) => d.colour) },
    marks: [
      Plot.barY(rows, {
        x: 'year',
        y: 'ha',
        fill: 'destination',
        order: DESTINATIONS.map((d) => d.code),
        stroke: '#fff',
        strokeWidth: 0.5,
      }),
      Plot.ruleY([0]),
      Plot.tip(
        rows,
        Plot.pointer(
          Plot.stackY({
            x: 'year',
            y: 'ha',
            z: 'destination',
            order: DESTINATIONS.map((d) => d.code),
            title: (r: DestinationRow) =>
              `${r.year} — ${DESTINATIONS.find((d) => d.code === r.destination)?.label ?? r.destination} : ${formatDecimal(r.ha, 2)} ha`,
            ...HIDDEN_MARK,
          }),
        ),
      ),
    ],
  });
  return asImage(chart, title, 'Consommation annuelle d’espaces empilée par destination. Les valeurs sont dans le tableau qui suit le graphique.');
}
