/** Small reusable pieces of UI: fields, error boxes, copy buttons, sortable tables. */
import { h, replaceContent, type Child } from './dom';
import { ApiError, curlCommand } from '../api/client';
import { userMessage } from './errors';
import { formatInteger } from '../format';

let idCounter = 0;
/** A unique id for label/field pairs. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

export interface Option {
  value: string;
  label: string;
  group?: string;
}

/** A labelled <select>; options with a group go into <optgroup>s, in order of first appearance. */
export function selectField(
  label: string,
  name: string,
  options: Option[],
  value: string | null,
  onChange: (value: string) => void,
): { field: HTMLElement; select: HTMLSelectElement } {
  const id = uid(name);
  const select = h('select', { id, name, class: 'select' });
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const option of options) {
    const element = h('option', { value: option.value }, option.label);
    if (option.group) {
      let group = groups.get(option.group);
      if (!group) {
        group = h('optgroup', { label: option.group });
        groups.set(option.group, group);
        select.append(group);
      }
      group.append(element);
    } else {
      select.append(element);
    }
  }
  if (value !== null) select.value = value;
  select.addEventListener('change', () => onChange(select.value));
  const field = h('div', { class: 'field' }, h('label', { for: id, class: 'label' }, label), select);
  return { field, select };
}

/** A labelled checkbox. */
export function checkboxField(label: string, name: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const id = uid(name);
  const input = h('input', { type: 'checkbox', id, name, class: 'checkbox' });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return h('div', { class: 'field field--checkbox' }, input, h('label', { for: id }, label));
}

/** Shows an error in plain French with a "Réessayer" button; nothing for a request cancelled on purpose. */
export function showError(container: Element, error: unknown, retry?: () => void): void {
  const message = userMessage(error);
  if (message === null) return;
  const button = retry ? h('button', { type: 'button', class: 'button button--secondary' }, 'Réessayer') : null;
  button?.addEventListener('click', retry!);
  replaceContent(
    container,
    h(
      'div',
      { class: 'alert alert--error', role: 'alert' },
      h('p', { class: 'alert__title' }, message.message),
      message.detail ? h('p', { class: 'alert__detail' }, `Détail technique : ${message.detail}`) : null,
      button,
    ),
  );
}

/**
 * A map created on demand (its module and MapLibre load lazily): marked ready on its element, or destroyed again if
 * the view was left meanwhile (null). A failure is shown in `status` (null).
 */
export async function mountMap<M extends { destroy(): void }>(
  creating: Promise<M>,
  element: HTMLElement,
  status: Element,
  left: () => boolean,
): Promise<M | null> {
  try {
    const map = await creating;
    if (left()) {
      map.destroy();
      return null;
    }
    element.dataset['ready'] = 'true';
    return map;
  } catch (error: unknown) {
    status.textContent = '';
    showError(status, error instanceof ApiError ? error : new Error(`La carte n’a pas pu s’afficher (${String(error)}).`));
    return null;
  }
}

/** Copies text, with a fallback for pages that are not a secure context (no Clipboard API over plain http). */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (doc.defaultView?.navigator.clipboard && doc.defaultView.isSecureContext) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea method
  }
  const area = h('textarea', { class: 'visually-hidden', readonly: true });
  area.value = text;
  doc.body.append(area);
  area.select();
  let done: boolean;
  try {
    done = doc.execCommand('copy');
  } catch {
    done = false;
  }
  area.remove();
  return done;
}

/** A button that copies `text()` and says so in a polite live region. */
export function copyButton(label: string, text: () => string): HTMLElement {
  const status = h('span', { class: 'copy__status', role: 'status' });
  const button = h('button', { type: 'button', class: 'button button--tertiary' }, label);
  button.addEventListener('click', () => {
    void copyText(text()).then((ok) => {
      status.textContent = ok ? 'Copié dans le presse-papiers.' : 'Copie impossible : sélectionnez le texte affiché.';
    });
  });
  return h('span', { class: 'copy' }, button, status);
}

/** An address of the API shown in full, with buttons that copy it and the curl command that fetches it. */
export function apiAddress(path: string, origin: string): HTMLElement[] {
  const url = new URL(path, origin).href;
  return [
    h('pre', { class: 'code' }, h('code', { 'data-testid': 'api-url' }, url)),
    h(
      'p',
      { class: 'downloads__copy' },
      copyButton('Copier l’URL de l’API', () => url),
      copyButton('Copier la commande curl', () => curlCommand(path, origin)),
    ),
  ];
}

export interface Column<T> {
  key: string;
  label: string;
  /** The cell's content. */
  cell: (row: T) => Child;
  /** Sort key; a column without one cannot be sorted. Nulls always go last. */
  sort?: (row: T) => number | string | null;
  numeric?: boolean;
  /** The row header column (th scope="row"). */
  rowHeader?: boolean;
}

export interface SortState {
  key: string;
  direction: 'ascending' | 'descending';
}

/** Sorts rows by a column, nulls last whatever the direction; a stable sort (equal keys keep their order). */
export function sortRows<T>(rows: readonly T[], columns: readonly Column<T>[], state: SortState): T[] {
  const column = columns.find((c) => c.key === state.key);
  if (!column?.sort) return [...rows];
  const sign = state.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row, i) => ({ row, i, k: column.sort!(row) }));
  keyed.sort((a, b) => {
    if (a.k === null && b.k === null) return a.i - b.i;
    if (a.k === null) return 1;
    if (b.k === null) return -1;
    const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k), 'fr');
    return c === 0 ? a.i - b.i : sign * c;
  });
  return keyed.map((k) => k.row);
}

/** A long table shown a page at a time: the first `size` rows, then a button for each next page and one for all. */
export interface Paging {
  /** Rows shown at first, and added by "Afficher les N suivantes". */
  size: number;
}

/** What a sortable table gives back: its element, and how to change or reveal its rows. */
export interface SortableTable<T> {
  readonly element: HTMLElement;
  setRows(rows: T[]): void;
  /** Shows the pages down to the first row that matches (sorted as shown), if it is hidden; false when none matches. */
  reveal(match: (row: T) => boolean): boolean;
}

/** "50 lignes sur 305 affichées" and the buttons' words, for a paged table. */
export function pagingWords(shown: number, total: number, size: number): { status: string; more: string | null; all: string | null } {
  if (shown >= total) return { status: `${formatInteger(total)} ligne${total > 1 ? 's' : ''} affichée${total > 1 ? 's' : ''}`, more: null, all: null };
  const next = Math.min(size, total - shown);
  return {
    status: `${formatInteger(shown)} lignes sur ${formatInteger(total)} affichées`,
    more: next === 1 ? 'Afficher la suivante' : `Afficher les ${formatInteger(next)} suivantes`,
    all: next < total - shown ? `Tout afficher (${formatInteger(total)})` : null,
  };
}

/**
 * A table whose column headers are buttons that sort it (aria-sort on the header, keyboard operable). Sorting always
 * applies to every row; with `paging`, only the first pages of the sorted rows are in the page (a long ranking costs
 * thousands of nodes otherwise), with buttons to show the next rows or all of them: focus then moves to the first
 * row added, and a status line says how many are shown.
 */
export function sortableTable<T>(
  caption: string,
  columns: Column<T>[],
  rows: T[],
  initial: SortState,
  rowAttributes: (row: T) => Record<string, string> = () => ({}),
  paging?: Paging,
): SortableTable<T> {
  let state = initial;
  let current = rows;
  let shown = paging ? Math.min(paging.size, rows.length) : rows.length;
  const headRow = h('tr');
  const body = h('tbody');
  const table = h('table', { class: 'table' }, h('caption', {}, caption), h('thead', {}, headRow), body);
  const status = h('p', { class: 'table-more__status', role: 'status' });
  const buttons = h('span', { class: 'table-more__buttons' });
  const footer = h('div', { class: 'table-more' }, status, buttons);

  function renderHead(): void {
    headRow.replaceChildren(
      ...columns.map((column) => {
        const th = h('th', { scope: 'col', class: column.numeric ? 'num' : null });
        if (!column.sort) {
          th.textContent = column.label;
          return th;
        }
        const active = state.key === column.key;
        if (active) th.setAttribute('aria-sort', state.direction);
        const arrow = active ? (state.direction === 'ascending' ? '▲' : '▼') : '↕';
        const button = h(
          'button',
          { type: 'button', class: 'sort-button', 'data-sort': column.key },
          column.label,
          h('span', { 'aria-hidden': 'true', class: 'sort-button__arrow' }, ` ${arrow}`),
        );
        button.addEventListener('click', () => {
          state = {
            key: column.key,
            direction: active && state.direction === 'ascending' ? 'descending' : 'ascending',
          };
          render();
          (headRow.querySelector(`[data-sort="${column.key}"]`) as HTMLElement | null)?.focus();
        });
        th.append(button);
        return th;
      }),
    );
  }

  function rowElement(row: T): HTMLElement {
    return h(
      'tr',
      rowAttributes(row),
      ...columns.map((column) =>
        column.rowHeader
          ? h('th', { scope: 'row', class: column.numeric ? 'num' : null }, column.cell(row))
          : h('td', { class: column.numeric ? 'num' : null }, column.cell(row)),
      ),
    );
  }

  function renderFooter(): void {
    if (!paging) return;
    // A table that fits in one page needs no paging line.
    footer.hidden = current.length <= paging.size;
    const words = pagingWords(shown, current.length, paging.size);
    status.textContent = words.status;
    const showUpTo = (count: number): void => {
      const first = shown;
      shown = count;
      render();
      // Keyboard and screen reader users go on from the first row added.
      const added = body.children[first] as HTMLElement | undefined;
      const target = added?.querySelector<HTMLElement>('button, a[href], input, select') ?? added;
      if (added && target === added) added.setAttribute('tabindex', '-1');
      target?.focus();
    };
    const more = words.more ? h('button', { type: 'button', class: 'button button--secondary', 'data-more': 'next' }, words.more) : null;
    more?.addEventListener('click', () => showUpTo(Math.min(current.length, shown + paging.size)));
    const all = words.all ? h('button', { type: 'button', class: 'button button--tertiary', 'data-more': 'all' }, words.all) : null;
    all?.addEventListener('click', () => showUpTo(current.length));
    buttons.replaceChildren(...[more, all].filter((b) => b !== null));
  }

  function render(): void {
    renderHead();
    body.replaceChildren(...sortRows(current, columns, state).slice(0, shown).map(rowElement));
    renderFooter();
  }

  render();
  const wrap = h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption }, table);
  const element = paging ? h('div', { class: 'table-paged' }, wrap, footer) : wrap;
  return {
    element,
    setRows(next: T[]) {
      current = next;
      shown = paging ? Math.min(paging.size, next.length) : next.length;
      render();
    },
    reveal(match) {
      const index = sortRows(current, columns, state).findIndex(match);
      if (index < 0) return false;
      if (paging && index >= shown) {
        shown = Math.min(current.length, Math.ceil((index + 1) / paging.size) * paging.size);
        render();
      }
      return true;
    },
  };
}

/** A simple (unsorted) table: caption, headers and rows of cells; first cell of each row is its header. */
export function simpleTable(caption: string, headers: string[], rows: Child[][], numericFrom = 1): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...headers.map((label, i) => h('th', { scope: 'col', class: i >= numericFrom ? 'num' : null }, label)))),
      h(
        'tbody',
        {},
        ...rows.map((cells) =>
          h('tr', {}, ...cells.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', { class: i >= numericFrom ? 'num' : null }, cell)))),
        ),
      ),
    ),
  );
}

/** A <details> "table alternative" under a chart or a map. */
export function tableAlternative(summary: string, table: HTMLElement): HTMLElement {
  return h('details', { class: 'alternative' }, h('summary', {}, summary), table);
}

/** A section with a heading and a body that shows a loading message until filled. */
export function section(title: string, headingId: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'block', 'aria-labelledby': headingId }, h('h2', { id: headingId }, title), ...children);
}

/** A busy placeholder. */
export function loading(message: string): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, message);
}
