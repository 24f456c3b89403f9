/**
 * The agency's editing of the Donut's dimensions, on the Donut page (loaded only for an agency key: a visitor's page
 * neither shows nor downloads it): the set as a list, each dimension with « Modifier » and « Supprimer » (asked
 * first), and « Ajouter une dimension ». Every change sends the whole set (PUT with If-Match, audited by the API);
 * once saved, the page draws the Donut and its table again. The dimension's dialog is donutDialog.ts.
 */
import type { ApiClient } from '../../platform/api/client';
import { formatWithUnit } from '../../platform/format';
import { confirmDelete } from '../../platform/ui/confirmDialog';
import { h } from '../../platform/ui/dom';
import type { Donut, DonutDimension, DonutSet } from './api';
import { conflictCurrent, DIMENSIONS_PATH, dimensionDialog, refusalWords, sendSet, type DialogOptions } from './donutDialog';
import { MAX_DIMENSIONS, withoutDimension } from './donutEdits';

export interface DonutEditorOptions {
  client: ApiClient;
  document: Document;
  /** Draws the Donut again (after a save, or when a 412 brought another editor's version). */
  changed(): void;
}

function editButton(text: string, name: string, key: string, onClick: () => void, danger = false): HTMLElement {
  const attributes = { type: 'button', class: `button button--secondary${danger ? ' button--danger' : ''}`, 'aria-label': name, 'data-edit': key };
  const button = h('button', danger ? attributes : { ...attributes, 'aria-haspopup': 'dialog' }, text);
  button.addEventListener('click', onClick);
  return button;
}

/**
 * The editor: `decorate` adds its section to the Donut just drawn (again after each save), with the set read from
 * the API; its notice (a delete done or refused) and the focus on the button last used are kept across redraws.
 */
export function createDonutEditor(options: DonutEditorOptions): { decorate(body: HTMLElement, donut: Donut): Promise<void> } {
  let set: DonutSet | null = null;
  let message = '';
  // The button the focus goes back to: at once (a dialog cancelled), and again once the page a change brought is drawn.
  let pending: string | null = null;
  let redrawing = false;
  let root: HTMLElement | null = null;
  let known = new Map<string, { label: string; unit: string }>();
  const focusLater = (key: string) => () => {
    pending = key;
    root?.querySelector<HTMLElement>(`[data-edit="${key}"]`)?.focus();
  };
  const apply = (next: DonutSet): void => {
    set = next;
    redrawing = true;
    options.changed();
  };
  const dialogOptions: DialogOptions = {
    client: options.client,
    document: options.document,
    state: { set: () => set!, apply: (next) => apply(next) },
    known: (code) => known.get(code) ?? null,
  };

  async function remove(d: DonutDimension): Promise<void> {
    const refocus = focusLater(`delete-${d.code}`);
    const base = set!;
    if (base.dimensions.length <= 1) {
      message = 'Le Donut garde au moins une dimension : ajoutez-en une autre avant de supprimer celle-ci.';
      apply(base);
      return;
    }
    if (
      !(await confirmDelete(
        options.document,
        `Supprimer la dimension « ${d.label} »`,
        `Supprimer « ${d.label} » du Donut ? Le journal d’audit en garde la trace.`,
        'Supprimer',
      ))
    ) {
      refocus();
      return;
    }
    try {
      message = `Dimension « ${d.label} » supprimée.`;
      pending = 'new';
      apply(await sendSet(options.client, base, withoutDimension(base.dimensions, d.code)));
    } catch (error) {
      const current = conflictCurrent(error);
      message = current
        ? 'Les dimensions ont été modifiées entre-temps : rien n’a été supprimé. Vérifiez la liste affichée, puis recommencez si besoin.'
        : `Rien n’a été supprimé : ${refusalWords(error)}`;
      pending = `delete-${d.code}`;
      apply(current ?? base);
    }
  }

  return {
    async decorate(body, donut) {
      root = body;
      known = new Map(
        donut.dimensions.flatMap((d) => (d.indicator ? [[d.indicator.code, { label: d.indicator.label, unit: d.indicator.unit }] as const] : [])),
      );
      set ??= await options.client.getJson<DonutSet>(DIMENSIONS_PATH);
      const current = set;
      const unitOf = (code: string): string => known.get(code)?.unit ?? '';
      const section = h(
        'section',
        { class: 'block donut-edit', 'aria-labelledby': 'donut-edit-title', 'data-version': String(current.version) },
        h('h2', { id: 'donut-edit-title' }, 'Modifier les dimensions (agence)'),
        h('p', { class: 'donut-edit__notice', role: 'status', 'data-testid': 'edit-notice' }, message),
        h(
          'ul',
          { class: 'donut-edit__list' },
          ...current.dimensions.map((d) =>
            h(
              'li',
              { 'data-code': d.code },
              h('span', { class: 'donut-edit__what' }, `${d.label} — ${d.ring === 'social' ? 'plancher social' : 'plafond écologique'} : `),
              `${d.direction === 'up' ? 'au moins' : 'au plus'} ${formatWithUnit(d.bound, 2, unitOf(d.indicator))} (${d.indicator})`,
              h(
                'span',
                { class: 'donut-edit__buttons' },
                editButton('Modifier', `Modifier la dimension « ${d.label} »`, `edit-${d.code}`, () =>
                  dimensionDialog(dialogOptions, d, focusLater(`edit-${d.code}`)),
                ),
                editButton('Supprimer', `Supprimer la dimension « ${d.label} »`, `delete-${d.code}`, () => void remove(d), true),
              ),
            ),
          ),
        ),
        current.dimensions.length < MAX_DIMENSIONS
          ? editButton('Ajouter une dimension', 'Ajouter une dimension', 'new', () => dimensionDialog(dialogOptions, null, focusLater('new')))
          : h('p', { class: 'hint' }, `Le Donut a ${MAX_DIMENSIONS} dimensions, le maximum.`),
      );
      body.append(section);
      if (redrawing && pending) root.querySelector<HTMLElement>(`[data-edit="${pending}"]`)?.focus();
      redrawing = false;
    },
  };
}
