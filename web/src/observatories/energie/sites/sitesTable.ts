/** The table of the sites: the map's alternative, sortable; a site's name opens its sheet. */
import { formatDecimal } from '../../../platform/format';
import { sortableTable, type Column } from '../../../platform/ui/components';
import { h } from '../../../platform/ui/dom';
import type { SiteFeature } from './api';
import { formatCapacity, formatGwh, STATUS_LABELS } from './domain';
import { symbolSvg } from './symbols';

export function renderSitesTable(features: SiteFeature[], selected: string | null, onChoose: (id: string) => void): HTMLElement {
  const columns: Column<SiteFeature>[] = [
    {
      key: 'name',
      label: 'Site',
      rowHeader: true,
      sort: (f) => f.properties.name,
      cell: (f) => {
        const button = h(
          'button',
          { type: 'button', class: 'link-button', 'data-site': f.id, 'aria-pressed': f.id === selected ? 'true' : 'false' },
          f.properties.name,
        );
        button.addEventListener('click', () => onChoose(f.id));
        return h('span', { class: 'energie-sites__name' }, button, f.properties.confidential ? h('span', { class: 'badge' }, 'confidentiel') : null);
      },
    },
    {
      key: 'kind',
      label: 'Filière',
      sort: (f) => f.properties.kindLabel,
      cell: (f) => h('span', { class: 'energie-sites__kind' }, symbolSvg(f.properties.kind, 16), f.properties.kindLabel),
    },
    { key: 'commune', label: 'Commune', sort: (f) => f.properties.communeName, cell: (f) => f.properties.communeName },
    {
      key: 'year',
      label: 'Mise en service',
      numeric: true,
      sort: (f) => f.properties.commissionedYear ?? null,
      cell: (f) => (f.properties.commissionedYear ? String(f.properties.commissionedYear) : '—'),
    },
    {
      key: 'capacity',
      label: 'Puissance',
      numeric: true,
      sort: (f) => f.properties.capacity ?? f.properties.s3renrCapacityMw ?? null,
      cell: (f) =>
        f.properties.kind === 'poste_source'
          ? `${formatDecimal(f.properties.s3renrCapacityMw ?? null, 0)} MW (S3RENR)`
          : formatCapacity(f.properties.capacity, f.properties.capacityUnit),
    },
    {
      key: 'production',
      label: 'Production annuelle',
      numeric: true,
      sort: (f) => f.properties.productionGwh ?? null,
      cell: (f) => formatGwh(f.properties.productionGwh),
    },
    { key: 'status', label: 'Statut', sort: (f) => f.properties.status, cell: (f) => STATUS_LABELS[f.properties.status] ?? f.properties.status },
  ];
  return sortableTable(`Sites de production (${features.length})`, columns, features, { key: 'kind', direction: 'ascending' }, (f) =>
    f.id === selected ? { 'data-id': f.id, class: 'is-selected' } : { 'data-id': f.id },
  ).element;
}
