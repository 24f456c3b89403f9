/**
 * The chart panel ("Évolution"): the base 100 checkbox, then the series of the zone, the selected territory and the
 * references (Observable Plot, loaded on demand) with their legend and their table; redrawn when its width changes.
 * Plot (about 75 kB compressed) loads only when the chart nears the screen; the series are asked for at once (small).
 */
import type { IndicatorSummary, SeriesResponse } from '../../api/types';
import type { SeriesChartInput } from '../../charts/seriesChart';
import { coverageNote, formatDecimal, formatPeriod, formatRate, formatValue } from '../../format';
import { checkboxField, loading, showError, simpleTable, tableAlternative } from '../../ui/components';
import { h, replaceContent, type Child } from '../../ui/dom';
import { nearViewport } from '../../ui/nearViewport';
import { explain } from './data';

type SeriesChart = (input: SeriesChartInput, size: { width: number }) => Element;

/** The chart's title: "Population, base 100 en 2015" or "Population (habitants)". */
export function chartTitle(answer: Pick<SeriesResponse, 'indexPeriod'>, ind: IndicatorSummary): string {
  return `${ind.label}${answer.indexPeriod !== null ? `, base 100 en ${formatPeriod(answer.indexPeriod)}` : ` (${ind.unit})`}`;
}

/** The chart's table: a row per period (of any series), a column per series; '—' without a point, 'secret' for one. */
export function seriesRows(answer: SeriesResponse, ind: IndicatorSummary): Child[][] {
  const index = answer.indexPeriod !== null;
  const periods = [...new Set(answer.series.flatMap((s) => s.points.map((p) => p.period)))];
  return periods.map((period) => [
    formatPeriod(period),
    ...answer.series.map((s) => {
      const p = s.points.find((x) => x.period === period);
      if (!p) return '—';
      if (p.status === 'secret') return 'secret';
      return index ? formatDecimal(p.index, 1) : formatValue(p.value, ind.decimals);
    }),
  ]);
}

function seriesLegend(answer: SeriesResponse): HTMLElement {
  return h(
    'ul',
    { class: 'chart__legend', 'aria-hidden': 'true' },
    ...answer.series.map((s, i) =>
      h(
        'li',
        {},
        h('span', { class: `chart__key chart__key--${i}` }),
        s.territory.name,
        coverageNote(s.coverage) ? ` (${coverageNote(s.coverage)})` : '',
        s.annualGrowth !== null ? ` (${formatRate(s.annualGrowth)} par an)` : '',
      ),
    ),
  );
}

export interface ChartPanel {
  readonly element: HTMLElement;
  /** The indicator in the title, and whether base 100 is on. */
  show(ind: IndicatorSummary, baseHundred: boolean): void;
  /** Shows the series once they come (unless newer ones were asked meanwhile); a failure with a retry. */
  load(series: Promise<SeriesResponse>, ind: IndicatorSummary, zone: string, retry: () => void): Promise<void>;
  destroy(): void;
}

/** `onIndex` receives the base 100 checkbox's changes. */
export function mountChartPanel(onIndex: (checked: boolean) => void): ChartPanel {
  const title = h('h2', { id: 'chart-title' }, 'Évolution');
  const options = h('div', { class: 'chart-options' });
  const slot = h('div', { class: 'chart' }, loading('Chargement de la série…'));
  const element = h('section', { class: 'block', 'aria-labelledby': 'chart-title' }, title, options, slot);
  let generation = 0;
  let resize: ResizeObserver | null = null;
  const nearness = nearViewport(slot);

  function draw(answer: SeriesResponse, ind: IndicatorSummary, seriesChart: SeriesChart): void {
    const index = answer.indexPeriod !== null;
    const titleText = chartTitle(answer, ind);
    const figure = h('figure', { class: 'chart__figure' });
    const table = simpleTable(titleText, ['Période', ...answer.series.map((s) => s.territory.name)], seriesRows(answer, ind));
    const render = (): void => {
      const width = Math.max(280, Math.floor(slot.clientWidth || 600));
      figure.replaceChildren(seriesChart({ series: answer.series, index, unit: ind.unit, decimals: ind.decimals, title: titleText }, { width }));
    };
    replaceContent(slot, seriesLegend(answer), figure, tableAlternative('Afficher les données du graphique sous forme de tableau', table));
    render();
    resize?.disconnect();
    let last = slot.clientWidth;
    resize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (Math.abs(slot.clientWidth - last) < 24) return;
            last = slot.clientWidth;
            render();
          });
    resize?.observe(slot);
  }

  return {
    element,
    show(ind, baseHundred) {
      title.textContent = `Évolution : ${ind.label}`;
      replaceContent(options, checkboxField('Base 100 à la première période', 'index', baseHundred, onIndex));
    },
    async load(series, ind, zone, retry) {
      const mine = ++generation;
      replaceContent(slot, loading('Chargement de la série…'));
      try {
        const [answer, charts] = await Promise.all([series, nearness.near.then(() => import('../../charts/seriesChart'))]);
        if (mine === generation) draw(answer, ind, charts.seriesChart);
      } catch (error) {
        if (mine === generation) showError(slot, explain(error, zone), retry);
      }
    },
    destroy() {
      generation++;
      nearness.cancel();
      resize?.disconnect();
    },
  };
}
