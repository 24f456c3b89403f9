/**
 * The map's legend: one line per class with its colour, bounds and count, then the secret and no-data lines. The
 * colours are the API's: sequential, or diverging around a midpoint the indicator declares (said under the title).
 */
import type { IndicatorSummary, Legend } from '../../api/types';
import { formatInteger, formatValue } from '../../format';
import { h } from '../../ui/dom';
import { classLabel, methodLabel } from './model';

export function legendFigure(legend: Legend, ind: IndicatorSummary, levelWords: string): HTMLElement {
  const items = legend.classes.map((c, i) =>
    h(
      'li',
      { class: 'legend__class', 'data-class': i },
      h('span', { class: 'legend__swatch', 'data-colour': c.colour, style: `background:${c.colour}` }),
      h('span', {}, `${classLabel(legend, i, ind.decimals)} `, h('span', { class: 'legend__count' }, `(${formatInteger(c.count)})`)),
    ),
  );
  if (legend.counts.secret > 0) {
    items.push(
      h(
        'li',
        { class: 'legend__other' },
        h('span', { class: 'legend__swatch legend__swatch--secret', style: `background:${legend.secretColour}` }),
        `Secret statistique (${formatInteger(legend.counts.secret)})`,
      ),
    );
  }
  if (legend.counts.noData > 0) {
    items.push(
      h(
        'li',
        { class: 'legend__other' },
        h('span', { class: 'legend__swatch', style: `background:${legend.noDataColour}` }),
        `Pas de donnée (${formatInteger(legend.counts.noData)})`,
      ),
    );
  }
  return h(
    'figure',
    { class: 'legend', 'data-classes': legend.classes.length },
    h(
      'figcaption',
      { class: 'legend__title' },
      `${ind.label} (${ind.unit})`,
      h('br'),
      h(
        'span',
        { class: 'legend__method' },
        `${methodLabel(legend.method, legend.scheme)}, ${legend.classes.length} classes — ${formatInteger(legend.counts.total)} ${levelWords}`,
        legend.midpoint !== null ? ` ; couleurs divergentes de part et d’autre de ${formatValue(legend.midpoint, ind.decimals)}` : '',
      ),
    ),
    h('ol', { class: 'legend__list' }, ...items),
  );
}
