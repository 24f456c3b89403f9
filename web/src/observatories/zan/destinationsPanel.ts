/**
 * The land take by destination panel: a sentence naming the two largest destinations, the legend, the stacked chart
 * (Observable Plot) and the table of every year (data-year, data-destination, data-value, data-total for the tests).
 */
import type { ZanConsumption } from './api';
import { formatDecimal } from '../../platform/format';
import { tableAlternative } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { loadCharts, type ChartPanelDeps } from './chartPanel';
import { destinationsSentence, destinationTotals } from './counter';
import { DESTINATIONS } from './palette';

/** The table of the chart: a row per year, a column per destination, the total; the sums over the years below. */
function destinationsTable(data: ZanConsumption, caption: string): HTMLElement {
  const totals = destinationTotals(
    data.years,
    DESTINATIONS.map((d) => d.code),
  );
  const years = data.years;
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'table', 'data-testid': 'destinations-table' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Année'),
          ...DESTINATIONS.map((d) => h('th', { scope: 'col', class: 'num' }, d.label)),
          h('th', { scope: 'col', class: 'num' }, 'Total'),
        ),
      ),
      h(
        'tbody',
        {},
        ...years.map((y) =>
          h(
            'tr',
            { 'data-year': y.year },
            h('th', { scope: 'row' }, String(y.year)),
            ...DESTINATIONS.map((d) =>
              h('td', { class: 'num', 'data-destination': d.code, 'data-value': y.byDestination[d.code] ?? 0 }, formatDecimal(y.byDestination[d.code] ?? 0, 2)),
            ),
            h('td', { class: 'num', 'data-total': y.totalHa }, h('strong', {}, formatDecimal(y.totalHa, 2))),
          ),
        ),
      ),
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${years[0]?.year}–${years[years.length - 1]?.year}`),
          ...totals.byDestination.map((t) => h('td', { class: 'num' }, formatDecimal(t, 1))),
          h('td', { class: 'num' }, h('strong', {}, formatDecimal(totals.grand, 1))),
        ),
      ),
    ),
  );
}

/** Shows the yearly consumption by destination in `slot`, of the territory named `nameOf` after "de" ("du périmètre de l’AULA"). */
export async function renderDestinations(slot: HTMLElement, data: ZanConsumption, nameOf: string, deps: ChartPanelDeps): Promise<void> {
  const module = await loadCharts(slot, deps);
  if (!module) return;
  if (data.years.length === 0) {
    replaceContent(slot, h('p', {}, 'Pas de consommation enregistrée pour ce territoire.'));
    return;
  }
  const chartTitle = `Consommation d’espaces ${nameOf} par destination et par an (hectares)`;
  const legend = h(
    'ul',
    { class: 'chart__legend--zan', 'aria-hidden': 'true' },
    ...DESTINATIONS.map((d) => h('li', {}, h('span', { class: 'swatch', style: `background:${d.colour}` }), d.label)),
  );
  const figure = h('figure', { class: 'chart__figure' });
  replaceContent(
    slot,
    h('p', {}, destinationsSentence(data.years, DESTINATIONS, nameOf)),
    legend,
    figure,
    tableAlternative('Afficher la consommation par destination sous forme de tableau', destinationsTable(data, chartTitle)),
  );
  deps.redraws.draw(slot, figure, (width) => module.destinationsChart(data.years, { width, title: chartTitle }));
}
