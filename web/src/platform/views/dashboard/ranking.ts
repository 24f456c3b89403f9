/**
 * The ranking: the parent's value, then the sortable table of the territories (rank, name as a button that selects
 * it, value, status, gap to the parent, class of the legend). It is also the map's table alternative.
 */
import type { IndicatorSummary, Legend, ValueItem, ValuesResponse } from '../../api/types';
import { formatFigure, formatInteger, formatPeriod, formatSigned, formatValue, levelLabel, statusLabel } from '../../format';
import type { MapLevel } from '../../routes';
import { sortableTable, type Column } from '../../ui/components';
import { h } from '../../ui/dom';
import { classOf, gapColumnLabel } from './model';

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

function columns({ answer, ind, level, zoneWords, legend, selected, onToggle }: RankingProps): Column<ValueItem>[] {
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
      key: 'gap',
      label: gapColumnLabel(answer.parent?.territory.name ?? null, zoneWords),
      numeric: true,
      cell: (r) => formatSigned(r.gapToParent, ind.decimals),
      sort: (r) => r.gapToParent,
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

export function rankingContent(props: RankingProps): HTMLElement[] {
  const { answer, ind, level, zoneWords, selected } = props;
  const parent = answer.parent;
  const table = sortableTable(
    `${ind.label}, ${formatPeriod(answer.period)} : ${formatInteger(answer.total)} ${levelLabel(level, answer.total > 1)} de ${parent?.territory.name ?? zoneWords}`,
    columns(props),
    answer.items,
    { key: 'rank', direction: 'ascending' },
    (r) => ({ 'data-territory': r.territory.id, class: r.territory.id === selected() ? 'is-selected' : '' }),
  );
  const parentLine = parent
    ? h(
        'p',
        {},
        `${parent.territory.name} : `,
        h('strong', {}, formatFigure(parent.value, parent.status, ind.decimals, ind.unit)),
        ` (${statusLabel(parent.status)}).`,
      )
    : null;
  return parentLine ? [parentLine, table.element] : [table.element];
}

/** Marks the selected territory's row. */
export function markSelected(ranking: ParentNode, selected: string | null): void {
  for (const tr of ranking.querySelectorAll('tr[data-territory]')) {
    tr.classList.toggle('is-selected', tr.getAttribute('data-territory') === selected);
  }
}
