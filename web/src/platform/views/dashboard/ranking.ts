/**
 * The ranking: the zone's value, then the sortable table of the territories (rank, name as a button that selects it,
 * value, status, share of the zone's total or gap to it, class of the legend). It is also the map's table
 * alternative: shown a page at a time (sorting applies to every row), every row a click away, all in the CSV.
 */
import type { IndicatorSummary, Legend, ValueItem, ValuesResponse } from '../../api/types';
import { coverageNote, formatFigure, formatInteger, formatPeriod, formatValue, levelLabel, statusLabel } from '../../format';
import type { MapLevel } from '../../routes';
import { sortableTable, type Column, type SortableTable } from '../../ui/components';
import { h } from '../../ui/dom';
import { classOf, comparisonCell, comparisonColumnLabel, comparisonKey } from './model';

/** Rows shown at first, and added by each "Afficher les N suivantes". */
export const RANKING_PAGE = 50;

export interface RankingProps {
  answer: ValuesResponse;
  ind: IndicatorSummary;
  level: MapLevel;
  /** The zone's name, when the API names no parent. */
  zoneWords: string;
  legend: Legend | null;
  /** The selected territory, read whenever the table is drawn (sorting redraws it). */
  selected(): string | null;
  /** A territory's button was pressed. */
  onToggle(id: string): void;
}

function columns({ answer, ind, level, legend, selected, onToggle }: RankingProps): Column<ValueItem>[] {
  const zone = answer.parent;
  return [
    { key: 'rank', label: 'Rang', numeric: true, cell: (r) => (r.rank === null ? '—' : formatInteger(r.rank)), sort: (r) => r.rank },
    {
      key: 'name',
      label: levelLabel(level) === 'EPCI' ? 'EPCI' : 'Commune',
      rowHeader: true,
      cell: (r) => {
        const button = h('button', { type: 'button', class: 'link-button', 'aria-pressed': String(r.territory.id === selected()) }, r.territory.name);
        button.addEventListener('click', () => onToggle(r.territory.id));
        return button;
      },
      sort: (r) => r.territory.name,
    },
    {
      key: 'value',
      label: `Valeur (${ind.unit})`,
      numeric: true,
      cell: (r) => (r.status === 'secret' ? h('span', { class: 'secret' }, 'secret') : formatValue(r.value, ind.decimals)),
      sort: (r) => r.value,
    },
    { key: 'status', label: 'Statut', cell: (r) => statusLabel(r.status), sort: (r) => statusLabel(r.status) },
    {
      key: 'compare',
      label: comparisonColumnLabel(ind, zone?.territory.names ?? null, coverageNote(zone?.coverage)),
      numeric: true,
      cell: (r) => comparisonCell(ind, r, zone),
      sort: (r) => comparisonKey(ind, r, zone),
    },
    {
      key: 'class',
      label: 'Classe',
      cell: (r) => {
        const k = classOf(legend, r);
        if (k === null) return r.status === 'secret' ? 'secret' : '—';
        const colour = legend?.classes[k]?.colour ?? '#fff';
        return h('span', { class: 'class-cell' }, h('span', { class: 'legend__swatch', style: `background:${colour}` }), `${k + 1}`);
      },
      sort: (r) => classOf(legend, r),
    },
  ];
}

/** The table's caption: "Population, 2022 : 305 communes du périmètre de l’AULA". */
export function rankingCaption(
  answer: Pick<ValuesResponse, 'period' | 'total' | 'parent'>,
  ind: Pick<IndicatorSummary, 'label'>,
  level: MapLevel,
  zoneWords: string,
): string {
  const territories = `${formatInteger(answer.total)} ${levelLabel(level, answer.total > 1)}`;
  return `${ind.label}, ${formatPeriod(answer.period)} : ${territories} ${answer.parent ? answer.parent.territory.names.of : `(${zoneWords})`}`;
}

/** The zone's own figure: "Pas-de-Calais : 1 234 ha (définitive), sur 318 des 887 communes." */
export function zoneLine(parent: NonNullable<ValuesResponse['parent']>, ind: IndicatorSummary): HTMLElement {
  const note = coverageNote(parent.coverage);
  return h(
    'p',
    { class: 'ranking__zone' },
    `${parent.territory.name} : `,
    h('strong', {}, formatFigure(parent.value, parent.status, ind.decimals, ind.unit)),
    ` (${statusLabel(parent.status)})`,
    note ? h('span', { class: 'coverage-note', 'data-testid': 'zone-coverage' }, `, ${note}`) : '',
    '.',
  );
}

const tables = new WeakMap<Element, SortableTable<ValueItem>>();

export function rankingContent(props: RankingProps): HTMLElement[] {
  const { answer, ind, level, zoneWords, selected } = props;
  const table = sortableTable(
    rankingCaption(answer, ind, level, zoneWords),
    columns(props),
    answer.items,
    { key: 'rank', direction: 'ascending' },
    (r) => ({ 'data-territory': r.territory.id, class: r.territory.id === selected() ? 'is-selected' : '' }),
    { size: RANKING_PAGE },
  );
  table.element.dataset['ranking'] = '';
  tables.set(table.element, table);
  const id = selected();
  if (id) table.reveal((r) => r.territory.id === id);
  return answer.parent ? [zoneLine(answer.parent, ind), table.element] : [table.element];
}

/** Marks the selected territory's row, showing its page if it was hidden. */
export function markSelected(ranking: ParentNode, selected: string | null): void {
  const element = ranking.querySelector('[data-ranking]');
  const table = element ? tables.get(element) : undefined;
  if (selected) table?.reveal((r) => r.territory.id === selected);
  for (const tr of ranking.querySelectorAll('tr[data-territory]')) {
    const on = tr.getAttribute('data-territory') === selected;
    tr.classList.toggle('is-selected', on);
    tr.querySelector('button[aria-pressed]')?.setAttribute('aria-pressed', String(on));
  }
}
