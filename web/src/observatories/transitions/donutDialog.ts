/**
 * The dialog of a Donut dimension (agency): what it measures, its code (new ones only), the ring (social floor or
 * ecological ceiling), the direction, the catalogue indicator (found by a search of the catalogue, yearly ones only),
 * the bound in that indicator's unit, and the bound's source. A save sends the whole set (PUT with If-Match); the
 * form's checks and the API's field errors (400) are said next to their fields; a 412 keeps what was typed, shows
 * the other editor's version and what changed, and the next save is based on it.
 */
import { ApiError, type ApiClient } from '../../platform/api/client';
import type { IndicatorList, IndicatorSummary } from '../../platform/api/types';
import { uid } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { DonutDimension, DonutSet } from './api';
import { apiFieldErrors, checkDimension, codeOf, conflictWords, dimensionFields, withDimension, type DimensionFields } from './donutEdits';

export const DIMENSIONS_PATH = '/api/v1/transitions/donut-dimensions';

/** The set being edited, as the editor holds it. */
export interface SetState {
  /** The version the next save is based on (its etag is sent as If-Match). */
  set(): DonutSet;
  /** A newer version: the API's answer to a save, or the current one a 412 sent back. */
  apply(set: DonutSet, saved: boolean): void;
}

export interface DialogOptions {
  client: ApiClient;
  document: Document;
  state: SetState;
  /** A catalogue indicator already in the Donut: its name and unit (the bound is in it); null when not known. */
  known(indicator: string): { label: string; unit: string } | null;
}

/** What a refused write says, in French, other than the field errors and the 412. */
export function refusalWords(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Enregistrement impossible : réessayez.';
  if (error.status === 0) return 'Le service ne répond pas : vos saisies sont gardées, réessayez.';
  if (error.status === 401) return 'Votre clé n’est plus acceptée : reconnectez-vous, puis recommencez.';
  if (error.status === 403) return 'Seule l’agence peut modifier les dimensions du Donut.';
  return error.problem?.detail ?? error.message;
}

/** PUT of the whole set, based on `base` (a 412 is thrown: conflictCurrent reads the current set from it); the API's answer. */
export async function sendSet(client: ApiClient, base: DonutSet, dimensions: DonutDimension[]): Promise<DonutSet> {
  const answer = (await client.send<DonutSet>('PUT', DIMENSIONS_PATH, { body: { dimensions }, ifMatch: base.etag })).body;
  if (!answer) throw new Error('La réponse de l’API est vide : rechargez la page.');
  return answer;
}

/** The current set a 412 sent back, if any. */
export function conflictCurrent(error: unknown): DonutSet | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.body as { current?: DonutSet } | null)?.current ?? null;
}

interface Slot {
  control: HTMLElement;
  error: HTMLElement;
}

function field(label: string, control: HTMLElement, hint?: string): { element: HTMLElement; slot: Slot } {
  const id = control.id || uid('donut-field');
  control.id = id;
  const error = h('p', { class: 'field__error', id: `${id}-error`, hidden: true });
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  const element = h(
    'div',
    { class: 'field' },
    h('label', { for: id, class: 'label' }, label),
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    control,
    error,
  );
  return { element, slot: { control, error } };
}

function setError(slot: Slot, message: string | null): void {
  const { control, error } = slot;
  error.hidden = message === null;
  error.textContent = message ?? '';
  const described = [control.ownerDocument.getElementById(`${control.id}-hint`) ? `${control.id}-hint` : '', message ? error.id : ''].filter(Boolean).join(' ');
  if (described) control.setAttribute('aria-describedby', described);
  else control.removeAttribute('aria-describedby');
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

const select = (name: string, value: string, options: [string, string][]): HTMLSelectElement => {
  const element = h('select', { name, class: 'select' }, ...options.map(([v, text]) => h('option', { value: v }, text)));
  element.value = value;
  return element;
};

const textInput = (name: string, value: string, attributes: Record<string, string | number | boolean> = {}): HTMLInputElement => {
  const element = h('input', { name, class: 'input', autocomplete: 'off', ...attributes });
  element.value = value;
  return element;
};

/** The catalogue search: the yearly indicators found, as radio buttons; the one checked is the dimension's. */
function catalogueSearch(client: ApiClient, picked: (indicator: IndicatorSummary) => void): { element: HTMLElement; search: HTMLInputElement } {
  const search = h('input', { type: 'search', class: 'input', name: 'catalogue', autocomplete: 'off' });
  const status = h('p', { role: 'status', class: 'hint', 'data-testid': 'catalogue-status' });
  const list = h('ul', { class: 'donut-dialog__catalogue' });
  const radios = uid('donut-catalogue');
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const find = async (): Promise<void> => {
    const mine = ++generation;
    const q = search.value.trim();
    if (q.length < 2) {
      list.replaceChildren();
      replaceContent(status, 'Saisissez au moins deux lettres.');
      return;
    }
    replaceContent(status, 'Recherche…');
    try {
      const answer = await client.getJson<IndicatorList>(`/api/v1/indicators?q=${encodeURIComponent(q)}`);
      if (mine !== generation) return;
      const yearly = answer.items.filter((i) => i.periodicity === 'year');
      list.replaceChildren(
        ...yearly.slice(0, 25).map((i) => {
          const id = uid('donut-catalogue-item');
          const box = h('input', { type: 'radio', id, name: radios, value: i.code });
          box.addEventListener('change', () => picked(i));
          return h('li', {}, box, ' ', h('label', { for: id }, `${i.label} (${i.unit}) — `, h('code', {}, i.code)));
        }),
      );
      replaceContent(
        status,
        yearly.length === 0 ? 'Aucun indicateur annuel trouvé : essayez d’autres mots.' : `${yearly.length} indicateur(s) annuel(s) trouvé(s).`,
      );
    } catch {
      if (mine === generation) replaceContent(status, 'La recherche a échoué : réessayez.');
    }
  };
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void find(), 250);
  });
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(timer);
    void find();
  });
  const element = h('fieldset', { class: 'donut-dialog__fieldset' }, h('legend', {}, 'Résultats de la recherche'), status, list);
  return { element, search };
}

/** Opens the dialog of `dimension` (null: a new one); `closed` gives the focus back. */
export function dimensionDialog(options: DialogOptions, dimension: DonutDimension | null, closed: () => void): HTMLDialogElement {
  const doc = options.document;
  const initial: DimensionFields = dimensionFields(dimension);
  let indicator = initial.indicator;
  let unit = indicator ? (options.known(indicator)?.unit ?? null) : null;
  const label = textInput('label', initial.label, { maxlength: 200 });
  const code = textInput('code', initial.code, { maxlength: 40, spellcheck: false });
  let codeTyped = false;
  code.addEventListener('input', () => (codeTyped = true));
  label.addEventListener('input', () => {
    if (!dimension && !codeTyped) code.value = codeOf(label.value);
  });
  const ring = select('ring', initial.ring, [
    ['social', 'Plancher social (anneau intérieur)'],
    ['ecological', 'Plafond écologique (anneau extérieur)'],
  ]);
  const direction = select('direction', initial.direction, [
    ['up', 'Plus haut est mieux : le seuil est un minimum'],
    ['down', 'Plus bas est mieux : le seuil est un maximum'],
  ]);
  const chosen = h('p', { class: 'donut-dialog__picked', 'data-testid': 'indicator-chosen' });
  const boundHint = h('span', {});
  const showChosen = (text: string): void => {
    replaceContent(chosen, indicator ? `Indicateur choisi : ${text}` : 'Aucun indicateur choisi.');
    replaceContent(boundHint, unit ? `En ${unit}, l’unité de l’indicateur ; au-dessus de 0.` : 'Dans l’unité de l’indicateur ; au-dessus de 0.');
  };
  const catalogue = catalogueSearch(options.client, (i) => {
    indicator = i.code;
    unit = i.unit;
    showChosen(`${i.label} (${i.code})`);
    if (label.value.trim() === '') {
      label.value = i.label;
      label.dispatchEvent(new Event('input'));
    }
  });
  const bound = textInput('bound', initial.bound, { inputmode: 'decimal' });
  const source = h('textarea', { name: 'source', class: 'input', rows: 3, maxlength: 500 });
  source.value = initial.source;
  const parts = {
    label: field('Ce que mesure la dimension', label),
    code: field('Code de la dimension', code, 'Minuscules sans accent, chiffres et tirets ; il ne change plus ensuite.'),
    ring: field('Anneau', ring),
    indicator: field(
      'Rechercher l’indicateur dans le catalogue',
      catalogue.search,
      'Des mots du nom ou du code ; seuls les indicateurs annuels sont proposés.',
    ),
    direction: field('Sens', direction),
    bound: field('Seuil', bound),
    source: field('Source du seuil', source, 'Une loi, un chiffre national, un choix de l’agence.'),
  };
  parts.bound.element.querySelector('label')!.after(h('p', { class: 'hint', id: `${bound.id}-hint` }, boundHint));
  bound.setAttribute('aria-describedby', `${bound.id}-hint`);
  showChosen(`${(indicator && options.known(indicator)?.label) || indicator} (${indicator})`);
  const problem = h('div', { role: 'alert', class: 'donut-dialog__problem' });
  const save = h('button', { type: 'submit', class: 'button', 'data-action': 'save' }, dimension ? 'Enregistrer' : 'Ajouter la dimension');
  const cancel = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'cancel' }, 'Annuler');
  const titleId = uid('donut-dialog');
  const form = h(
    'form',
    { class: 'form', novalidate: true },
    parts.label.element,
    dimension ? null : parts.code.element,
    parts.ring.element,
    parts.indicator.element,
    catalogue.element,
    chosen,
    parts.direction.element,
    parts.bound.element,
    parts.source.element,
    problem,
    h('div', { class: 'donut-dialog__actions' }, save, cancel),
  );
  const dialog = h(
    'dialog',
    { class: 'donut-dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, dimension ? `Modifier la dimension « ${dimension.label} »` : 'Ajouter une dimension'),
    form,
  );
  doc.body.append(dialog);
  const close = (): void => {
    if (dialog.open) dialog.close();
    dialog.remove();
    closed();
  };
  cancel.addEventListener('click', close);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.showModal();
  label.focus();

  const slots: Record<string, Slot> = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.slot]));
  const showProblems = (byField: Map<string, string>, general: string[]): void => {
    for (const [name, slot] of Object.entries(slots)) setError(slot, byField.get(name) ?? null);
    replaceContent(problem, general.length > 0 ? h('p', { class: 'alert alert--error' }, general.join(' ')) : null);
    [...byField.keys()]
      .map((name) => slots[name]?.control)
      .find((c) => c !== undefined)
      ?.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (save.hasAttribute('disabled')) return;
    const base = options.state.set();
    const others = base.dimensions.filter((d) => d.code !== dimension?.code);
    const values = {
      code: dimension ? dimension.code : code.value,
      label: label.value,
      ring: ring.value,
      indicator,
      direction: direction.value,
      bound: bound.value,
      source: source.value,
    };
    const { dimension: next, problems } = checkDimension(values, others);
    if (!next) {
      showProblems(new Map(Object.entries(problems)), []);
      return;
    }
    // The set sent: the edited dimension in its place (at the end when new, or when another editor removed it).
    const dimensions = withDimension(base.dimensions, dimension?.code ?? null, next);
    void (async () => {
      save.setAttribute('disabled', '');
      showProblems(new Map(), []);
      try {
        const saved = await sendSet(options.client, base, dimensions);
        options.state.apply(saved, true);
        close();
      } catch (error) {
        const current = conflictCurrent(error);
        if (current) {
          options.state.apply(current, false);
          replaceContent(problem, h('p', { class: 'alert alert--error', 'data-testid': 'conflict' }, conflictWords(base, current)));
        } else if (error instanceof ApiError && error.status === 400 && error.problem?.errors) {
          const { byField, general } = apiFieldErrors(error.problem.errors, dimensions.indexOf(next));
          showProblems(byField, general.length > 0 || byField.size > 0 ? general : [refusalWords(error)]);
        } else replaceContent(problem, h('p', { class: 'alert alert--error' }, refusalWords(error)));
      } finally {
        save.removeAttribute('disabled');
      }
    })();
  });
  return dialog;
}
