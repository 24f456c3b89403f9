/**
 * The key figures: the territory's parks today, and the park chosen, today or at the date chosen (from its lots
 * then). The formats of areas and dates the other parts share.
 */
import { formatDate, formatDecimal, formatInteger } from '../../platform/format';
import { loading } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { ParkTotals } from './api';
import { totalsOf, totalsOfLots } from './data';
import { parksShown, selectedPark, territoryName, type PageState } from './state';

/** "2,35 ha". */
export function ha(value: number | null | undefined): string {
  return `${formatDecimal(value ?? null, 2)} ha`;
}

/** The French date "30 juin 2025" of a yyyy-mm-dd. */
export function dayLabel(day: string): string {
  return formatDate(`${day}T12:00:00`);
}

/** The tiles of a set of figures: key (data-figure), label and value as shown. */
export function figureItems(totals: ParkTotals): [key: string, label: string, value: string][] {
  return [
    ['total', 'Surface totale', ha(totals.totalHa)],
    ['occupied', 'Occupée', ha(totals.occupiedHa)],
    ['available', 'Disponible aménagée', ha(totals.availableHa)],
    ['reserve', 'Réserves non aménagées', ha(totals.reserveHa)],
    ['brownfield', 'Friches', ha(totals.brownfieldHa)],
    ['rate', 'Taux d’occupation', totals.occupancyRate === null ? '—' : `${formatDecimal(totals.occupancyRate, 1)} %`],
    ['establishments', 'Établissements', formatInteger(totals.establishments)],
  ];
}

export function figureTiles(totals: ParkTotals, prefix: 'territory' | 'park'): HTMLElement {
  return h(
    'dl',
    { class: 'figures', 'data-figures': prefix },
    ...figureItems(totals).map(([key, label, value]) =>
      h(
        'div',
        { class: `figures__item figures__item--${key}`, 'data-figure': key },
        h('dt', { class: 'figures__label' }, label),
        h('dd', { class: 'figures__value' }, value),
      ),
    ),
  );
}

/** The park's figures: today's from the park list, a past date's from its lots then (null: not read yet). */
export function parkTotals(state: PageState): ParkTotals | null {
  const park = selectedPark(state);
  if (!park) return null;
  const { asOf } = state.route;
  const lots = state.data.parkLots;
  if (asOf === null) return totalsOf([park]);
  return lots ? totalsOfLots(lots.items) : null;
}

/** Fills the two slots: the territory's figures, and the park's (empty without a park). */
export function renderFigures(territorySlot: HTMLElement, parkSlot: HTMLElement, state: PageState): void {
  const totals = totalsOf(parksShown(state));
  replaceContent(
    territorySlot,
    h('h3', { class: 'figures__title' }, `${formatInteger(totals.parks)} zones d’activités — ${territoryName(state)}, aujourd’hui`),
    figureTiles(totals, 'territory'),
  );
  const park = selectedPark(state);
  if (!park) {
    replaceContent(parkSlot);
    return;
  }
  const { asOf } = state.route;
  const figures = parkTotals(state);
  replaceContent(
    parkSlot,
    h('h3', { class: 'figures__title' }, `${park.name} — ${asOf ? `au ${dayLabel(asOf)}` : 'aujourd’hui'}`),
    figures ? figureTiles(figures, 'park') : loading('Chargement de la zone à cette date…'),
  );
}
