/**
 * The failures in base 100 in 2013 of the territory and the Pas-de-Calais, from the platform's series route (each
 * index is a territory's own sum ÷ its 2013 sum): the platform's series chart, loaded on demand, and its table.
 */
import type { ChartPanelDeps } from '../../../platform/charts/panels';
import { loadCharts } from '../../../platform/charts/panels';
import { seriesStyle } from '../../../platform/charts/palette';
import type { SeriesResponse } from '../../../platform/api/types';
import { formatDecimal, formatInteger } from '../../../platform/format';
import { simpleTable, tableAlternative } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';

export type Charts = typeof import('../../../platform/charts/seriesChart');

export async function renderIndex(slot: HTMLElement, answer: SeriesResponse, deps: ChartPanelDeps<Charts>): Promise<void> {
  const charts = await loadCharts(slot, deps);
  if (!charts) return;
  const figure = h('div', { class: 'entreprises-chart' });
  const periods = answer.series[0]?.points.map((p) => p.period) ?? [];
  const table = simpleTable(
    'Défaillances d’entreprises par année, en nombre et en base 100 en 2013',
    ['Année', ...answer.series.flatMap((s) => [`${s.territory.name}`, `${s.territory.name} (base 100)`])],
    periods.map((period, i) => [
      period,
      ...answer.series.flatMap((s) => {
        const point = s.points[i];
        return [formatInteger(point?.value), point?.index == null ? '—' : formatDecimal(point.index, 1)];
      }),
    ]),
  );
  // Which line is which: the platform's styles, named by their colour-free pattern too.
  const legend = h(
    'ul',
    { class: 'entreprises-legend' },
    ...answer.series.map((s, i) =>
      h(
        'li',
        {},
        h('span', {
          class: 'entreprises-legend__swatch',
          style: `border-top-color: ${seriesStyle(i).colour}; border-top-style: ${seriesStyle(i).dash ? 'dashed' : 'solid'}`,
        }),
        `${s.territory.name} (${seriesStyle(i).label})`,
      ),
    ),
  );
  replaceContent(slot, legend, figure, tableAlternative('Voir les valeurs en tableau', table));
  deps.redraws.draw(slot, figure, (width) =>
    charts.seriesChart(
      { series: answer.series, index: true, unit: 'défaillances', decimals: 0, title: 'Défaillances d’entreprises, base 100 en 2013' },
      { width },
    ),
  );
}
