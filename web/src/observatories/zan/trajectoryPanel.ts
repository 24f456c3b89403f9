/**
 * The trajectory 2011–2050 panel: its legend, the chart (Observable Plot, at the slot's width) and the table of its
 * rows. The figure carries data-first-year and data-last-year for the tests.
 */
import type { ZanConsumption, ZanCounter } from './api';
import { formatDecimal } from '../../platform/format';
import { simpleTable, tableAlternative } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { loadCharts, type ChartPanelDeps } from './chartPanel';
import { COLOURS } from './palette';
import { ha } from './words';

const KIND_LABEL: Record<string, string> = {
  reference: 'consommé (référence)',
  consumed: 'consommé (compté dans l’enveloppe)',
  projection: 'projection au rythme actuel',
  path: 'autorisé (trajectoire)',
};

/** The legend of the chart (hidden from screen readers: the table says the same). */
function legend(c: ZanCounter): HTMLElement {
  return h(
    'ul',
    { class: 'chart__legend--zan', 'aria-hidden': 'true' },
    h('li', {}, h('span', { class: 'swatch', style: `background:${COLOURS.reference}` }), 'Consommation 2011–2020'),
    h('li', {}, h('span', { class: 'swatch', style: `background:${COLOURS.consumed}` }), 'Consommation depuis 2021'),
    h('li', {}, h('span', { class: 'swatch', style: `background:#fff;border:1px dashed ${COLOURS.projection}` }), 'Projection au rythme actuel'),
    h(
      'li',
      { style: `color:${COLOURS.envelope}` },
      h('span', { class: 'swatch swatch--line' }),
      h('span', { style: 'color:#161616' }, `Enveloppe : ${ha(c.envelopeHa / 10)} par an en moyenne`),
    ),
    h('li', { style: 'color:#3a3a3a' }, h('span', { class: 'swatch swatch--line swatch--dashed' }), `Référence : ${ha(c.referenceHa / 10)} par an`),
    h('li', {}, h('span', { class: 'swatch', style: `background:#b9dcc4;border-color:${COLOURS.path}` }), 'Trajectoire autorisée 2031–2050'),
  );
}

/** Shows the trajectory (its counter and its yearly consumption) in `slot`, of the territory named `nameOf` after "de". */
export async function renderTrajectory(slot: HTMLElement, c: ZanCounter, data: ZanConsumption, nameOf: string, deps: ChartPanelDeps): Promise<void> {
  const module = await loadCharts(slot, deps);
  if (!module) return;
  const rows = module.trajectoryRows(c, data.years);
  const chartTitle = `Consommation d’espaces ${nameOf} et trajectoire 2011–2050 (hectares par an)`;
  const figure = h('figure', { class: 'chart__figure', 'data-first-year': rows[0]?.year ?? '', 'data-last-year': rows[rows.length - 1]?.year ?? '' });
  const table = simpleTable(
    chartTitle,
    ['Année', 'Hectares', 'Nature'],
    rows.map((r) => [String(r.year), formatDecimal(r.ha, 2), KIND_LABEL[r.kind] ?? r.kind]),
    1,
  );
  replaceContent(slot, legend(c), figure, tableAlternative('Afficher les données de la trajectoire sous forme de tableau', table));
  deps.redraws.draw(slot, figure, (width) => module.trajectoryChart(c, data.years, { width, title: chartTitle }));
}
