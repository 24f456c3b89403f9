/** A lot's sheet in the panel (status, area, version, occupant for those who may see it, origin), and its pieces. */
import { formatDate } from '../../platform/format';
import { h } from '../../platform/ui/dom';
import type { Lot, LotItem } from './api';
import { statusColour, statusLabel } from './data';
import { ha } from './figures';
import { foncierEcoUrl, type FoncierEcoRoute } from './route';

export function swatch(status: string): HTMLElement {
  return h('span', { class: 'legend__swatch', style: `background:${statusColour(status)}`, 'aria-hidden': 'true' });
}

/** A status with its colour, as tables, sheets and the conflict box show it (data-status for tests and styles). */
export function statusCell(status: string): HTMLElement {
  return h('span', { class: 'status-cell', 'data-status': status }, swatch(status), ' ', statusLabel(status));
}

/** The sheet's rows: what is known of the lot (the occupant and the author only when the API gave them). */
export function lotSheetRows(lot: LotItem | Lot): [string, HTMLElement | string][] {
  const rows: [string, HTMLElement | string][] = [
    ['Statut', statusCell(lot.status)],
    ['Surface', ha(lot.areaHa)],
    ['Version', `${lot.version}, du ${formatDate(lot.updatedAt)}`],
  ];
  if (lot.occupantName !== null) rows.push(['Occupant', lot.occupantName]);
  if (lot.occupantSiret !== null) rows.push(['SIRET', lot.occupantSiret]);
  if (lot.splitFrom !== null) rows.push(['Origine', `issu du découpage du lot n° ${lot.splitFrom}`]);
  if ('changedBy' in lot && lot.changedBy) rows.push(['Modifié par', lot.changedBy]);
  return rows;
}

export function lotSheet(lot: LotItem | Lot, route: FoncierEcoRoute): HTMLElement {
  return h(
    'div',
    { class: 'lot-sheet', 'data-lot-sheet': lot.id, 'data-status': lot.status },
    h('h3', {}, `Lot n° ${lot.id}`),
    h('dl', { class: 'lot-sheet__list' }, ...lotSheetRows(lot).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h('a', { href: foncierEcoUrl({ ...route, lot: null }), 'data-nav': '', class: 'lot-sheet__close' }, 'Fermer la fiche'),
  );
}

/** The route's lot no longer exists (split or retired since): say so, with the way back to its park. */
export function lotGone(route: FoncierEcoRoute): HTMLElement {
  return h(
    'div',
    { class: 'alert alert--info', role: 'status' },
    h('p', { class: 'alert__title' }, `Le lot n° ${route.lot} n’existe plus : il a été découpé ou retiré.`),
    h('p', {}, h('a', { href: foncierEcoUrl({ ...route, lot: null }), 'data-nav': '' }, 'Revenir à la zone')),
  );
}
