// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sortableTable, sortRows, type Column } from './components';

interface Row {
  name: string;
  value: number | null;
}

const columns: Column<Row>[] = [
  { key: 'name', label: 'Commune', rowHeader: true, cell: (r) => r.name, sort: (r) => r.name },
  { key: 'value', label: 'Valeur', numeric: true, cell: (r) => String(r.value ?? '—'), sort: (r) => r.value },
];
const rows: Row[] = [
  { name: 'Évin-Malmaison', value: 688 },
  { name: 'Carvin', value: null },
  { name: 'Bois-Bernard', value: 34 },
  { name: 'Dourges', value: 1090 },
];

describe('sortRows', () => {
  it('sorts numbers and French names, nulls last in both directions', () => {
    expect(sortRows(rows, columns, { key: 'value', direction: 'ascending' }).map((r) => r.name)).toEqual([
      'Bois-Bernard',
      'Évin-Malmaison',
      'Dourges',
      'Carvin',
    ]);
    expect(sortRows(rows, columns, { key: 'value', direction: 'descending' }).map((r) => r.name)).toEqual([
      'Dourges',
      'Évin-Malmaison',
      'Bois-Bernard',
      'Carvin',
    ]);
    // "É" sorts with "E", not after "Z".
    expect(sortRows(rows, columns, { key: 'name', direction: 'ascending' }).map((r) => r.name)).toEqual([
      'Bois-Bernard',
      'Carvin',
      'Dourges',
      'Évin-Malmaison',
    ]);
  });
});

describe('sortableTable', () => {
  it('sorts when a header button is pressed and says so with aria-sort', () => {
    const table = sortableTable('Communes', columns, rows, { key: 'name', direction: 'ascending' });
    document.body.append(table.element);
    const names = (): string[] => [...table.element.querySelectorAll('tbody th')].map((th) => th.textContent ?? '');
    expect(names()[0]).toBe('Bois-Bernard');
    const valueButton = table.element.querySelector<HTMLButtonElement>('button[data-sort="value"]')!;
    valueButton.click();
    expect(names()).toEqual(['Bois-Bernard', 'Évin-Malmaison', 'Dourges', 'Carvin']);
    expect(table.element.querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('ascending');
    table.element.querySelector<HTMLButtonElement>('button[data-sort="value"]')!.click();
    expect(table.element.querySelector('th[aria-sort]')?.getAttribute('aria-sort')).toBe('descending');
    expect(names()[0]).toBe('Dourges');
    // Focus stays on the header pressed (keyboard users).
    expect(document.activeElement?.getAttribute('data-sort')).toBe('value');
    expect(table.element.querySelector('caption')?.textContent).toBe('Communes');
  });
});

describe('a paged sortable table', () => {
  const many: Row[] = Array.from({ length: 120 }, (_, i) => ({ name: `Commune ${String(i).padStart(3, '0')}`, value: i }));
  const paged = () => sortableTable('Communes', columns, many, { key: 'name', direction: 'ascending' }, () => ({}), { size: 50 });
  const shown = (table: { element: HTMLElement }) => [...table.element.querySelectorAll('tbody th')].map((th) => th.textContent ?? '');

  it('shows the first page, then the next ones or all of them, saying how many are shown', () => {
    const table = paged();
    document.body.append(table.element);
    expect(shown(table)).toHaveLength(50);
    expect(table.element.querySelector('[role="status"]')?.textContent).toBe('50 lignes sur 120 affichées');
    const next = table.element.querySelector<HTMLButtonElement>('button[data-more="next"]')!;
    expect(next.textContent).toBe('Afficher les 50 suivantes');
    expect(table.element.querySelector('button[data-more="all"]')?.textContent).toBe('Tout afficher (120)');
    next.click();
    expect(shown(table)).toHaveLength(100);
    // The last page: one button, for the 20 left.
    expect(table.element.querySelector('button[data-more="next"]')?.textContent).toBe('Afficher les 20 suivantes');
    expect(table.element.querySelector('button[data-more="all"]')).toBeNull();
    table.element.querySelector<HTMLButtonElement>('button[data-more="next"]')!.click();
    expect(shown(table)).toHaveLength(120);
    expect(table.element.querySelector('[role="status"]')?.textContent).toBe('120 lignes affichées');
    expect(table.element.querySelector<HTMLElement>('.table-more')?.hidden).toBe(false);
    expect(table.element.querySelector('button[data-more]')).toBeNull();
    table.element.remove();
  });

  it('moves the focus to the first row added (keyboard users go on from there)', () => {
    const table = paged();
    document.body.append(table.element);
    table.element.querySelector<HTMLButtonElement>('button[data-more="all"]')!.click();
    const row = table.element.querySelectorAll('tbody tr')[50]!;
    expect(document.activeElement).toBe(row);
    expect(row.getAttribute('tabindex')).toBe('-1');
    table.element.remove();
  });

  it('sorts every row, not only those shown', () => {
    const table = paged();
    table.element.querySelector<HTMLButtonElement>('button[data-sort="value"]')!.click();
    table.element.querySelector<HTMLButtonElement>('button[data-sort="value"]')!.click();
    expect(shown(table)[0]).toBe('Commune 119');
    expect(shown(table)).toHaveLength(50);
  });

  it('reveals the page of a row asked for, and starts again at one page with new rows', () => {
    const table = paged();
    expect(table.reveal((r) => r.value === 75)).toBe(true);
    expect(shown(table)).toHaveLength(100);
    expect(table.reveal((r) => r.value === 1000)).toBe(false);
    table.setRows(many.slice(0, 60));
    expect(shown(table)).toHaveLength(50);
  });

  it('is the plain table without paging', () => {
    const table = sortableTable('Communes', columns, many, { key: 'name', direction: 'ascending' });
    expect(shown(table)).toHaveLength(120);
    expect(table.element.classList.contains('table-wrap')).toBe(true);
  });
});
