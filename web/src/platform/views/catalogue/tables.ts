/** The catalogue's two tables, indicators and layers, sortable, each row with a button that opens its sheet. */
import type { IndicatorSummary } from '../../api/types';
import { sortableTable, type Column } from '../../ui/components';
import { h } from '../../ui/dom';
import { sourceName, splitItem, type LayerEntry } from './model';

export interface TableProps {
  /** An observatory's name from its slug. */
  observatoryName(slug: string | null): string;
  /** The entry whose sheet is open ("indicator:<code>", "layer:<id>"), if any. */
  open: string | null;
  /** A sheet's button was pressed. */
  onToggle(item: string): void;
}

function sheetButton(item: string, { open, onToggle }: TableProps): HTMLElement {
  const button = h('button', { type: 'button', class: 'link-button', 'aria-expanded': String(open === item) }, 'Fiche');
  button.setAttribute('aria-label', `Fiche de ${splitItem(item).key}`);
  button.addEventListener('click', () => onToggle(item));
  return button;
}

export function indicatorsTable(indicators: IndicatorSummary[], props: TableProps): HTMLElement {
  if (indicators.length === 0) return h('p', {}, 'Aucun indicateur ne correspond à ces filtres.');
  const name = props.observatoryName;
  const columns: Column<IndicatorSummary>[] = [
    { key: 'label', label: 'Indicateur', rowHeader: true, cell: (i) => i.label, sort: (i) => i.label },
    { key: 'code', label: 'Code', cell: (i) => h('code', {}, i.code), sort: (i) => i.code },
    { key: 'obs', label: 'Observatoire', cell: (i) => name(i.observatory), sort: (i) => name(i.observatory) },
    { key: 'source', label: 'Source', cell: (i) => sourceName(i.source), sort: (i) => sourceName(i.source) },
    { key: 'unit', label: 'Unité', cell: (i) => i.unit },
    { key: 'sheet', label: 'Détails', cell: (i) => sheetButton(`indicator:${i.code}`, props) },
  ];
  return sortableTable('Indicateurs du catalogue', columns, indicators, { key: 'label', direction: 'ascending' }).element;
}

export function layersTable(layers: LayerEntry[], props: TableProps): HTMLElement {
  if (layers.length === 0) return h('p', {}, 'Aucune couche ne correspond à ces filtres.');
  const name = props.observatoryName;
  const columns: Column<LayerEntry>[] = [
    { key: 'title', label: 'Couche', rowHeader: true, cell: (l) => l.title, sort: (l) => l.title },
    { key: 'id', label: 'Identifiant', cell: (l) => h('code', {}, l.id), sort: (l) => l.id },
    { key: 'obs', label: 'Observatoire', cell: (l) => name(l.observatory), sort: (l) => name(l.observatory) },
    { key: 'sheet', label: 'Détails', cell: (l) => sheetButton(`layer:${l.id}`, props) },
  ];
  return sortableTable('Couches du catalogue', columns, layers, { key: 'title', direction: 'ascending' }).element;
}
