/**
 * The prices' charts (Observable Plot, loaded on demand): the median € per m² by year for each type of dwelling, its
 * line over the band from the first to the third quartile (a secret year is a gap, never a point), and the chosen
 * year's distribution in bars whose ends are open. Each is one image named by what it shows; its values are in the
 * table after it.
 */
import * as Plot from '@observablehq/plot';
import { asImage, HIDDEN_MARK } from '../../../platform/charts/accessible';
import { seriesStyle } from '../../../platform/charts/palette';
import { formatCompact, formatInteger } from '../../../platform/format';
import type { Distribution, Prices } from '../api';
import { binTick, priceRows, type PriceRow } from './prices';

export function priceChart(prices: Prices, { width }: { width: number }): Element {
  const rows = priceRows(prices);
  const marks: Plot.Markish[] = [];
  prices.series.forEach((s, i) => {
    const style = seriesStyle(i);
    const data = rows.filter((r) => r.type === s.type);
    marks.push(
      Plot.areaY(data, { x: 'year', y1: 'q1', y2: 'q3', fill: style.colour, fillOpacity: 0.15 }),
      Plot.lineY(data, { x: 'year', y: 'median', stroke: style.colour, strokeWidth: 2.2, ...(style.dash ? { strokeDasharray: style.dash } : {}) }),
      Plot.dot(data, { x: 'year', y: 'median', fill: style.colour, r: 3 }),
    );
  });
  marks.push(
    Plot.tip(
      rows.filter((r) => r.median != null),
      Plot.pointer({
        x: 'year',
        y: 'median',
        title: (r: PriceRow) =>
          `${r.label} ${r.year}\nmédiane ${formatInteger(r.median)} €/m²\n1er–3e quartile : ${formatInteger(r.q1)}–${formatInteger(r.q3)} €/m²`,
        ...HIDDEN_MARK,
      }),
    ),
  );
  const chart = Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    style: { fontSize: '13px', color: '#161616' },
    x: { label: null, tickFormat: (d: number) => String(d), ticks: Math.min(prices.to - prices.from + 1, Math.floor(width / 70)) },
    y: { grid: true, label: '€/m²', zero: true, tickFormat: (d: number) => formatCompact(d) },
    marks,
  });
  return asImage(
    chart,
    `Prix médian au m² par année : ${prices.series.map((s) => s.label.toLowerCase()).join(' et ')}, ${prices.territory.name}`,
    'Les lignes sont les prix médians, les bandes vont du premier au troisième quartile ; une année sous le secret statistique n’a pas de point. Les valeurs sont dans le tableau qui suit le graphique.',
  );
}

export function distributionChart(d: Distribution, { width }: { width: number }): Element {
  const bars = d.bins.map((b) => ({ label: binTick(b), count: b.count }));
  const chart = Plot.plot({
    width,
    height: 260,
    marginLeft: 56,
    marginBottom: 64,
    style: { fontSize: '12px', color: '#161616' },
    x: { label: '€/m²', labelAnchor: 'right', domain: bars.map((b) => b.label), tickRotate: width < bars.length * 110 ? -30 : 0 },
    y: { grid: true, label: 'ventes' },
    marks: [
      Plot.barY(bars, { x: 'label', y: 'count', fill: '#000091' }),
      Plot.ruleY([0]),
      Plot.text(bars, { x: 'label', y: 'count', text: (b: { count: number }) => formatInteger(b.count), dy: -8 }),
    ],
  });
  return asImage(
    chart,
    `Répartition des ventes de ${d.label.toLowerCase()} en ${d.year} par prix au m², ${d.territory.name}`,
    'Chaque barre compte les ventes d’une tranche de prix ; la première est ouverte vers le bas, la dernière vers le haut. Les valeurs sont dans le tableau qui suit le graphique.',
  );
}
