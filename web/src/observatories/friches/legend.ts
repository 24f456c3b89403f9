/** The map's legend: the five score classes or the six statuses, each with its colour and its number of sites listed. */
import { h } from '../../platform/ui/dom';
import { formatInteger } from '../../platform/format';
import type { SiteItem } from './api';
import { SCORE_CLASSES, scoreClass, STATUS_COLOURS, STATUS_LABELS, STATUSES } from './domain';

export interface LegendEntry {
  colour: string;
  label: string;
  count: number;
}

/** The legend's entries, in order, with the number of sites in each. */
export function legendEntries(items: readonly Pick<SiteItem, 'score' | 'status'>[], colour: 'score' | 'status'): LegendEntry[] {
  return colour === 'status'
    ? STATUSES.map((s) => ({ colour: STATUS_COLOURS[s]!, label: STATUS_LABELS[s]!, count: items.filter((i) => i.status === s).length }))
    : SCORE_CLASSES.map((c, k) => ({ colour: c.colour, label: c.label, count: items.filter((i) => scoreClass(i.score) === k).length }));
}

export function renderLegend(items: readonly SiteItem[], colour: 'score' | 'status'): HTMLElement {
  return h(
    'figure',
    { class: 'legend', 'data-legend': colour },
    h('figcaption', { class: 'legend__title' }, colour === 'status' ? 'Statut de suivi' : 'Score de mutabilité (sur 100)'),
    h(
      'ol',
      { class: 'legend__list' },
      ...legendEntries(items, colour).map((e) =>
        h(
          'li',
          { class: 'legend__class' },
          h('span', { class: 'legend__swatch', 'data-colour': e.colour, style: `background:${e.colour}` }),
          `${e.label} `,
          h('span', { class: 'legend__count' }, `(${formatInteger(e.count)})`),
        ),
      ),
    ),
    h('p', { class: 'legend__method' }, 'Sous le zoom 12, chaque site est aussi marqué d’un point.'),
  );
}
