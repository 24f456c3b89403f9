/**
 * The commerce charts (Observable Plot, loaded on demand): outlets by activity, a centrality's vacancy over the
 * surveys, and the vacancy rates of a programme's centralities with the one shown highlighted (darker bar, its name
 * in bold and marked "▶", not colour alone). Pure functions (data, { width }) → element; each is one image named by
 * what it shows, its values in the table that follows it (platform/charts/accessible.ts).
 */
import * as Plot from '@observablehq/plot';
import { asImage, HIDDEN_MARK } from '../../platform/charts/accessible';
import { formatDecimal, formatInteger } from '../../platform/format';
import type { CentralityHistoryPoint, Peer } from './api';
import { ACTIVITY_COLOURS, type Activity } from './words';

export interface ActivityBar {
  activity: string;
  label: string;
  count: number;
}

export function activityChart(rows: readonly ActivityBar[], { width, title }: { width: number; title: string }): Element {
  const chart = Plot.plot({
    width,
    height: 40 + rows.length * 30,
    marginLeft: Math.min(220, Math.round(width * 0.4)),
    marginRight: 48,
    style: { fontSize: '13px', color: '#161616' },
    x: { grid: true, label: 'cellules actives', tickFormat: (d: number) => formatInteger(d) },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [
      Plot.barX(rows, { y: 'label', x: 'count', fill: (r: ActivityBar) => ACTIVITY_COLOURS[r.activity as Activity] ?? ACTIVITY_COLOURS.autre }),
      Plot.text(rows, { y: 'label', x: 'count', text: (r: ActivityBar) => formatInteger(r.count), dx: 6, textAnchor: 'start', ...HIDDEN_MARK }),
      Plot.ruleX([0]),
    ],
  });
  return asImage(chart, `${title} : ${rows.map((r) => `${r.label} ${formatInteger(r.count)}`).join(', ')}`);
}

export function vacancyChart(history: readonly CentralityHistoryPoint[], { width, title }: { width: number; title: string }): Element {
  const rows = history.filter((p) => p.vacancyRate != null).map((p) => ({ label: p.label, rate: p.vacancyRate! }));
  const top = Math.max(10, ...rows.map((r) => r.rate)) * 1.2;
  const chart = Plot.plot({
    width,
    height: 240,
    marginLeft: 48,
    marginBottom: 40,
    style: { fontSize: '13px', color: '#161616' },
    x: { label: null, domain: rows.map((r) => r.label), padding: 0.4 },
    y: { domain: [0, top], grid: true, label: 'taux de vacance (%)', tickFormat: (d: number) => formatDecimal(d, 0) },
    marks: [
      Plot.barY(rows, { x: 'label', y: 'rate', fill: '#6a6af4' }),
      Plot.text(rows, { x: 'label', y: 'rate', text: (r: { rate: number }) => `${formatDecimal(r.rate, 1)} %`, dy: -8, ...HIDDEN_MARK }),
      Plot.ruleY([0]),
    ],
  });
  return asImage(chart, `${title} : ${rows.map((r) => `${r.label} ${formatDecimal(r.rate, 1)} %`).join(', ')}`);
}

export function peersChart(
  peers: readonly Peer[],
  current: { id: string; name: string; vacancyRate: number | null },
  { width, title }: { width: number; title: string },
): Element {
  const all = [...peers.filter((p) => p.id !== current.id), current]
    .filter((p) => p.vacancyRate != null)
    .sort((a, b) => b.vacancyRate! - a.vacancyRate! || a.name.localeCompare(b.name, 'fr'));
  const label = (p: Peer): string => (p.id === current.id ? `▶ ${p.name}` : p.name);
  const chart = Plot.plot({
    width,
    height: 40 + all.length * 26,
    marginLeft: Math.min(260, Math.round(width * 0.45)),
    marginRight: 56,
    style: { fontSize: '13px', color: '#161616' },
    x: { grid: true, label: 'taux de vacance (%)', tickFormat: (d: number) => formatDecimal(d, 0) },
    y: { label: null, domain: all.map(label), tickFormat: (d: string) => d },
    marks: [
      Plot.barX(all, { y: label, x: 'vacancyRate', fill: (p: Peer) => (p.id === current.id ? '#000091' : '#bcbcf2') }),
      ...[false, true].map((highlighted) =>
        Plot.text(
          all.filter((p) => (p.id === current.id) === highlighted),
          {
            y: label,
            x: 'vacancyRate',
            text: (p: Peer) => `${formatDecimal(p.vacancyRate, 1)} %`,
            dx: 6,
            textAnchor: 'start',
            fontWeight: highlighted ? 700 : 400,
            ...HIDDEN_MARK,
          },
        ),
      ),
      Plot.ruleX([0]),
    ],
  });
  return asImage(
    chart,
    `${title} : ${all.map((p) => `${p.name}${p.id === current.id ? ' (cette centralité)' : ''} ${formatDecimal(p.vacancyRate, 1)} %`).join(', ')}`,
  );
}
