import type { TerritoryDetail, TerritorySummary } from '../api/types';
import { formatCount, formatInteger, MISSING } from '../format';
import { h, replaceContent } from './dom';

export interface EpciRow {
  epci: TerritorySummary;
  /** The detail, or null when it could not be loaded. */
  detail: TerritoryDetail | null;
}

/** Number of communes of an EPCI, from its detail; null when unknown. */
export function communeCount(row: EpciRow): number | null {
  const count = row.detail?.childrenCounts?.commune;
  return typeof count === 'number' ? count : null;
}

function sum(values: (number | null)[]): number | null {
  let total = 0;
  for (const value of values) {
    if (value === null) return null;
    total += value;
  }
  return total;
}

/** The EPCI table: name, SIREN code, population, number of communes, with a total row. */
export function renderEpciTable(container: HTMLElement, rows: EpciRow[]): void {
  if (rows.length === 0) {
    replaceContent(container, h('p', {}, 'Aucun EPCI n’est disponible pour le moment.'));
    return;
  }
  const counts = rows.map(communeCount);
  const missingCounts = counts.filter((c) => c === null).length;
  const vintages = new Set(rows.map((r) => r.detail?.sourceVintage).filter((v): v is string => !!v));

  const table = h(
    'table',
    { class: 'data-table' },
    h('caption', {}, `Les ${formatCount(rows.length, 'EPCI', 'EPCI')} du territoire observé`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'EPCI'),
        h('th', { scope: 'col' }, 'Code SIREN'),
        h('th', { scope: 'col', class: 'num' }, 'Population'),
        h('th', { scope: 'col', class: 'num' }, 'Nombre de communes'),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((row, i) =>
        h(
          'tr',
          { 'data-id': row.epci.id },
          h('th', { scope: 'row' }, row.epci.name),
          h('td', {}, row.epci.code),
          h('td', { class: 'num' }, formatInteger(row.epci.population)),
          h('td', { class: 'num' }, counts[i] === null ? MISSING : formatInteger(counts[i])),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row', colspan: 2 }, 'Ensemble'),
        h('td', { class: 'num' }, formatInteger(sum(rows.map((r) => r.epci.population)))),
        h('td', { class: 'num' }, formatInteger(sum(counts))),
      ),
    ),
  );

  replaceContent(
    container,
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Tableau des EPCI' }, table),
    missingCounts > 0
      ? h(
          'p',
          { class: 'note note--warning' },
          `Le nombre de communes n’a pas pu être chargé pour ${formatCount(missingCounts, 'EPCI', 'EPCI')} (${MISSING}).`,
        )
      : null,
    vintages.size > 0 ? h('p', { class: 'source' }, `Source des populations : ${[...vintages].join(', ')}.`) : null,
  );
}
