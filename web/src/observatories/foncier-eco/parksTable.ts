/**
 * The parks of the territory as a sortable table (also the map's table alternative: the share available with the
 * symbol's colour), the park chosen marked.
 */
import { formatDecimal, formatInteger } from '../../platform/format';
import { sortableTable, type Column } from '../../platform/ui/components';
import { h } from '../../platform/ui/dom';
import type { ParkFigures } from './api';
import { availabilityClass, availableShare, shareLabel } from './availability';
import { foncierEcoUrl } from './route';
import { epciName, parksShown, territoryOf, type PageState } from './state';

export function parksTable(state: PageState): HTMLElement {
  const { route, data } = state;
  const hectares = (value: (p: ParkFigures) => number): Pick<Column<ParkFigures>, 'numeric' | 'sort' | 'cell'> => ({
    numeric: true,
    sort: value,
    cell: (p) => formatDecimal(value(p), 2),
  });
  const columns: Column<ParkFigures>[] = [
    {
      key: 'name',
      label: 'Zone',
      rowHeader: true,
      sort: (p) => p.name,
      cell: (p) => h('a', { href: foncierEcoUrl({ ...route, park: p.id, lot: null, asOf: null }), 'data-nav': '', 'data-park': p.id }, p.name),
    },
    { key: 'epci', label: 'Intercommunalité', sort: (p) => epciName(data, p.epciId), cell: (p) => epciName(data, p.epciId) },
    { key: 'total', label: 'Surface (ha)', ...hectares((p) => p.totalHa) },
    { key: 'occupied', label: 'Occupée (ha)', ...hectares((p) => p.occupiedHa) },
    { key: 'available', label: 'Disponible aménagée (ha)', ...hectares((p) => p.availableHa + p.marketedHa) },
    {
      key: 'share',
      label: 'Part disponible',
      numeric: true,
      sort: (p) => availableShare(p),
      cell: (p) => {
        const share = availableShare(p);
        const c = availabilityClass(share);
        return h(
          'span',
          { class: 'status-cell', 'data-availability': c.key },
          h('span', { class: 'legend__swatch legend__swatch--round', style: `background:${c.colour}`, 'aria-hidden': 'true' }),
          ` ${shareLabel(share)}`,
        );
      },
    },
    { key: 'reserve', label: 'Réserves (ha)', ...hectares((p) => p.reserveHa) },
    { key: 'brownfield', label: 'Friches (ha)', ...hectares((p) => p.brownfieldHa) },
    {
      key: 'rate',
      label: 'Taux d’occupation',
      numeric: true,
      sort: (p) => p.occupancyRate,
      cell: (p) => (p.occupancyRate === null ? '—' : `${formatDecimal(p.occupancyRate, 1)} %`),
    },
    { key: 'establishments', label: 'Établissements', numeric: true, sort: (p) => p.establishments, cell: (p) => formatInteger(p.establishments) },
  ];
  return sortableTable(
    `Zones d’activités ${territoryOf(state)} : surfaces par statut des lots (aujourd’hui)`,
    columns,
    parksShown(state),
    { key: 'available', direction: 'descending' },
    (p) => (p.id === route.park ? { class: 'is-selected', 'aria-current': 'true' } : {}),
  ).element;
}
