/**
 * The lots of the park chosen, at the date chosen: a sortable table (status, area, the occupant for those who may
 * see it, when each changed, where it came from), the lot chosen marked; hidden without a park.
 */
import { formatDate, formatDecimal } from '../../platform/format';
import { loading, sortableTable, type Column } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { LotItem } from './api';
import { statusLabel } from './data';
import { dayLabel } from './figures';
import { statusCell } from './lotSheet';
import { foncierEcoUrl } from './route';
import { selectedPark, type PageState } from './state';

export interface LotsSection {
  section: HTMLElement;
  title: HTMLElement;
  slot: HTMLElement;
}

/** Whether the lots come with their occupants (the API gives them to the territory's partners and the agency only). */
export function showsOccupants(items: readonly LotItem[]): boolean {
  return items.some((l) => l.occupantName !== null || l.occupantSiret !== null);
}

/**
 * The table's remark on a lot: where it came from, and, at a past date, that it has no outline today (`drawn`: the
 * lots drawn today, null while the map's layer is not read).
 */
export function lotRemark(lot: LotItem, asOf: string | null, drawn: ReadonlySet<number> | null): string {
  return [
    lot.splitFrom !== null ? `issu du lot n° ${lot.splitFrom}` : null,
    asOf !== null && drawn && !drawn.has(lot.id) ? 'découpé ou retiré depuis (pas de tracé aujourd’hui)' : null,
  ]
    .filter(Boolean)
    .join(' ; ');
}

export function renderLotsTable(parts: LotsSection, state: PageState): void {
  const { route, data } = state;
  const park = selectedPark(state);
  parts.section.hidden = park === null;
  if (!park) return;
  const when = route.asOf ? ` au ${dayLabel(route.asOf)}` : '';
  // A park's name has no article to contract ("Zone industrielle …", "ZAE du …"): it follows a colon, not "de".
  parts.title.textContent = `Les lots${when} : ${park.name}`;
  if (!data.parkLots) {
    replaceContent(parts.slot, loading('Chargement des lots…'));
    return;
  }
  const items = data.parkLots.items;
  const occupants = showsOccupants(items);
  const drawn = data.lotFeatures ? new Set(data.lotFeatures.features.map((f) => Number(f.id))) : null;
  const columns: Column<LotItem>[] = [
    {
      key: 'id',
      label: 'Lot',
      rowHeader: true,
      sort: (l) => l.id,
      cell: (l) => h('a', { href: foncierEcoUrl({ ...route, lot: l.id }), 'data-nav': '', 'data-lot': l.id }, `n° ${l.id}`),
    },
    { key: 'status', label: 'Statut', sort: (l) => statusLabel(l.status), cell: (l) => statusCell(l.status) },
    { key: 'area', label: 'Surface (ha)', numeric: true, sort: (l) => l.areaHa, cell: (l) => formatDecimal(l.areaHa, 2) },
    ...(occupants
      ? [
          { key: 'occupant', label: 'Occupant', sort: (l: LotItem) => l.occupantName, cell: (l: LotItem) => l.occupantName ?? '—' },
          { key: 'siret', label: 'SIRET', sort: (l: LotItem) => l.occupantSiret, cell: (l: LotItem) => l.occupantSiret ?? '—' },
        ]
      : []),
    { key: 'updated', label: 'Mis à jour le', sort: (l) => l.updatedAt, cell: (l) => formatDate(l.updatedAt) },
    { key: 'note', label: 'Remarque', cell: (l) => lotRemark(l, route.asOf, drawn) },
  ];
  const table = sortableTable(
    `Lots${when} : ${park.name} — statut, surface${occupants ? ', occupant' : ''}`,
    columns,
    [...items],
    { key: 'id', direction: 'ascending' },
    (l) => ({ 'data-lot-row': String(l.id), ...(l.id === route.lot ? { class: 'is-selected', 'aria-current': 'true' } : {}) }),
  );
  replaceContent(
    parts.slot,
    occupants
      ? null
      : h(
          'p',
          { class: 'note' },
          'Les occupants (raison sociale, SIRET) sont des données partenaires : ils ne sont montrés qu’aux partenaires du territoire et à l’agence.',
        ),
    table.element,
  );
}
