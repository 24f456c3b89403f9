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
