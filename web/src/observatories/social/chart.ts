/**
 * The deciles' chart (Observable Plot, loaded with the page): for each published territory, its nine deciles as a line
 * from D1 to D9, the median marked; a territory without a published distribution draws nothing. One image named by
 * what it shows; its values are in the table after it.
 */
import * as Plot from '@observablehq/plot';
import { asImage, HIDDEN_MARK } from '../../platform/charts/accessible';
import { seriesStyle } from '../../platform/charts/palette';
import { formatCompact, formatInteger } from '../../platform/format';
import type { Deciles } from './api';

interface Point {
  territory: string;
  decile: number;
  value: number;
}

export function decilesChart(deciles: Deciles, { width }: { width: number }): Element {
  const published = deciles.territories.filter((t) => t.status === 'published');
  const marks: Plot.Markish[] = [];
  const points: Point[] = [];
  published.forEach((t, i) => {
    const style = seriesStyle(i);
    const data = t.deciles.filter((d) => d.value != null).map((d) => ({ territory: t.territory.name, decile: d.decile, value: d.value! }));
    points.push(...data);
    marks.push(
      Plot.lineY(data, { x: 'decile', y: 'value', stroke: style.colour, strokeWidth: 2.2, ...(style.dash ? { strokeDasharray: style.dash } : {}) }),
      Plot.dot(data, { x: 'decile', y: 'value', fill: style.colour, r: (p: Point) => (p.decile === 5 ? 5 : 3) }),
    );
  });
  marks.push(
    Plot.tip(
      points,
      Plot.pointer({ x: 'decile', y: 'value', title: (p: Point) => `${p.territory}\nD${p.decile} : ${formatInteger(p.value)} €`, ...HIDDEN_MARK }),
    ),
  );
  const chart = Plot.plot({
    width,
    height: 280,
    marginLeft: 56,
    style: { fontSize: '13px', color: '#161616' },
    x: { label: 'décile', domain: [1, 9], ticks: 9, tickFormat: (d: number) => (d === 5 ? 'D5 (médiane)' : `D${d}`) },
    y: { grid: true, label: '€ par an et unité de consommation', zero: true, tickFormat: (d: number) => formatCompact(d) },
    marks,
  });
  return asImage(
    chart,
    `Déciles du niveau de vie en ${deciles.year} : ${published.map((t) => t.territory.name).join(', ')}`,
    'Chaque ligne relie les neuf déciles d’un territoire, du premier (D1) au neuvième (D9) ; le gros point est la médiane. Les valeurs sont dans le tableau qui suit le graphique.',
  );
}
