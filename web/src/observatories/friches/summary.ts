/** The summary above the map: how many sites and hectares the filters keep, how many are still brownfields, and by status. */
import type { Child } from '../../platform/ui/dom';
import { h } from '../../platform/ui/dom';
import { formatDecimal, formatInteger } from '../../platform/format';
import type { SitesResponse } from './api';
import { plural, statusColour, statusLabel, stockTotals } from './domain';

export function renderSummary(answer: SitesResponse): Child[] {
  const totals = stockTotals(answer.byStatus);
  return [
    h(
      'p',
      { class: 'friches-summary__total', 'data-total': answer.total },
      h('strong', {}, plural(answer.total, 'friche')),
      ` pour ${formatDecimal(totals.areaHa, 1)}\u00a0ha, dont ${plural(totals.activeCount, 'site')} encore en friche (${formatDecimal(totals.activeAreaHa, 1)}\u00a0ha).`,
    ),
    h(
      'ul',
      { class: 'status-chips', 'aria-label': 'Nombre et surface par statut' },
      ...answer.byStatus.map((s) =>
        h(
          'li',
          { class: 'status-chip', 'data-status': s.status },
          h('span', { class: 'legend__swatch', style: `background:${statusColour(s.status)}` }),
          `${statusLabel(s.status)} : ${formatInteger(s.count)} (${formatDecimal(s.areaHa, 1)}\u00a0ha)`,
        ),
      ),
    ),
  ];
}
