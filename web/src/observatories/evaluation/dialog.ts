/**
 * The editing dialogs' frame: a modal form (labelled by its title, focus on its first field, Escape or "Annuler"
 * closes it and gives the focus back), its fields with their error slots, and what a save that fails says: the
 * checks of the form and the API's field errors (400) next to their fields, the rest above the buttons. A save that
 * comes back 412 (another editor changed the project since it was read) keeps what was typed, reads the project
 * again, says what changed, and the next save is based on that version. And the confirmation asked before a delete.
 */
import { ApiError } from '../../platform/api/client';
import { uid } from '../../platform/ui/components';
import { h, replaceContent, type Child } from '../../platform/ui/dom';
import type { Project } from './api';
import { projectChanges } from './changes';
import type { FieldProblems } from './edits';

/** A control and where its error is said. */
export interface FieldSlot {
  control: HTMLElement;
  error: HTMLElement;
}

/** The form's fields by the API's field names (title, targetValue…). */
export type FieldSlots = Record<string, FieldSlot>;

/** A field: its label, its hint, the control, its error slot (aria-describedby: the hint, then the error). */
export function field(label: string, control: HTMLElement, hint?: string): { element: HTMLElement; slot: FieldSlot } {
  const id = control.id || uid('evaluation-field');
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

export function setFieldError(slot: FieldSlot, message: string | null): void {
  const { control, error } = slot;
  error.hidden = message === null;
  error.textContent = message ?? '';
  const hint = control.ownerDocument.getElementById(`${control.id}-hint`) ? `${control.id}-hint` : '';
  const described = [hint, message ? error.id : ''].filter(Boolean).join(' ');
  if (described) control.setAttribute('aria-describedby', described);
  else control.removeAttribute('aria-describedby');
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** An input of the dialogs. */
export function input(name: string, value: string, attributes: Record<string, string | number | boolean | null> = {}): HTMLInputElement {
  const element = h('input', { name, class: 'input', autocomplete: 'off', ...attributes });
  element.value = value;
  return element;
}

/** The API's field errors by the form's fields ("values[2].year" is the values field's); the others apart. */
export function apiFieldErrors(errors: Record<string, string[]>, fields: readonly string[]): { byField: Map<string, string>; general: string[] } {
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const [name, messages] of Object.entries(errors)) {
    const base = name.split(/[.[]/)[0]!.toLowerCase();
    const target = fields.find((f) => f.toLowerCase() === base);
    if (target) byField.set(target, [byField.get(target), ...messages].filter(Boolean).join(' ; '));
    else general.push(...messages);
  }
  return { byField, general };
}

/** The project being edited, as the dashboard holds it. */
export interface EditState {
  /** The version the next save is based on (its etag is sent as If-Match). */
  project(): Project;
  /** The API's answer: the dashboard shows it (scores recomputed). */
  apply(project: Project): void;
  /** Reads the project again (after a 412). */
  reload(): Promise<Project>;
}

export interface FormDialogOptions {
  document: Document;
  title: string;
  intro?: string;
  /** The fields and anything else, in order. */
  content: Child[];
  fields: FieldSlots;
  saveLabel: string;
  /** Checks the form: problems by field, or the write to send (based on that version). */
  prepare(): { problems: FieldProblems; send: ((base: Project) => Promise<Project | null>) | null };
  state: EditState;
  /** Where the focus goes back once the dialog closes (the dashboard may have been drawn again). */
  refocus(): void;
  /** After a save, with the API's answer (null: the project was deleted). */
  saved?(project: Project | null): void;
}

/** What a refused write says, in French, other than the field errors. */
export function refusalWords(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Enregistrement impossible : réessayez.';
  switch (error.status) {
    case 0:
      return 'Le service ne répond pas : vos saisies sont gardées, réessayez.';
    case 401:
      return 'Votre clé n’est plus acceptée : reconnectez-vous, puis recommencez.';
    case 403:
      return 'Seule l’agence peut modifier les projets évalués.';
    case 404:
      return 'Ce projet, ou la partie modifiée, n’existe plus : rechargez la page.';
    case 428:
      // Only a creation is sent without If-Match: the id is taken (by a project created since the list was read).
      return 'Un projet porte déjà cet identifiant : choisissez-en un autre.';
    default:
      return error.problem?.detail ?? error.message;
  }
}

/** The message of a 412: who changed what, and that the input is kept. */
export function conflictWords(before: Project, current: Project): string {
  const changes = projectChanges(before, current);
  const what = changes.length === 0 ? '' : ` : ${changes.slice(0, 8).join(' ; ')}${changes.length > 8 ? ` ; et ${changes.length - 8} autres changements` : ''}`;
  return (
    `Le projet a été modifié entre-temps (version ${current.version})${what}. ` +
    'Vos saisies sont gardées : vérifiez-les, puis enregistrez à nouveau pour les appliquer à cette version.'
  );
}

export function openFormDialog(options: FormDialogOptions): HTMLDialogElement {
  const doc = options.document;
  const titleId = uid('evaluation-dialog');
  const problem = h('div', { role: 'alert', class: 'evaluation-dialog__problem' });
  const save = h('button', { type: 'submit', class: 'button', 'data-action': 'save' }, options.saveLabel);
  const cancel = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'cancel' }, 'Annuler');
  const form = h('form', { class: 'form', novalidate: true }, ...options.content, problem, h('div', { class: 'evaluation-dialog__actions' }, save, cancel));
  const dialog = h(
    'dialog',
    { class: 'evaluation-dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, options.title),
    options.intro ? h('p', {}, options.intro) : null,
    form,
  );
  doc.body.append(dialog);
  const close = (): void => {
    if (dialog.open) dialog.close();
    dialog.remove();
    options.refocus();
  };
  cancel.addEventListener('click', close);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.showModal();
  (form.querySelector<HTMLElement>('input:not([type="hidden"]):not([readonly]), select, textarea') ?? cancel).focus();

  const showProblems = (byField: Map<string, string>, general: string[]): void => {
    for (const [name, slot] of Object.entries(options.fields)) setFieldError(slot, byField.get(name) ?? null);
    replaceContent(problem, general.length > 0 ? h('p', { class: 'alert alert--error' }, general.join(' ')) : null);
    const first = [...byField.keys()].map((name) => options.fields[name]?.control).find((c) => c !== undefined);
    first?.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (save.hasAttribute('disabled')) return;
    const prepared = options.prepare();
    if (!prepared.send) {
      const byField = new Map(Object.entries(prepared.problems).filter(([name]) => name in options.fields));
      const general = Object.entries(prepared.problems)
        .filter(([name]) => !(name in options.fields))
        .map(([, message]) => message);
      showProblems(byField, general);
      return;
    }
    const send = prepared.send;
    void (async () => {
      save.setAttribute('disabled', '');
      showProblems(new Map(), []);
      const base = options.state.project();
      try {
        const answer = await send(base);
        if (answer) options.state.apply(answer);
        close();
        options.saved?.(answer);
      } catch (error) {
        if (error instanceof ApiError && error.status === 412) {
          let message = 'Le projet a été modifié entre-temps : rechargez la page.';
          try {
            const current = await options.state.reload();
            options.state.apply(current);
            message = conflictWords(base, current);
          } catch {
            // The message above stays: the page's reload shows the current version.
          }
          replaceContent(problem, h('p', { class: 'alert alert--error', 'data-testid': 'conflict' }, message));
        } else if (error instanceof ApiError && error.status === 400 && error.problem?.errors) {
          const { byField, general } = apiFieldErrors(error.problem.errors, Object.keys(options.fields));
          showProblems(byField, general.length > 0 || byField.size > 0 ? general : [refusalWords(error)]);
        } else {
          replaceContent(problem, h('p', { class: 'alert alert--error' }, refusalWords(error)));
        }
      } finally {
        save.removeAttribute('disabled');
      }
    })();
  });
  return dialog;
}

/** Asks before a delete: resolves true when confirmed. The focus starts on "Annuler". */
export function confirmDelete(doc: Document, title: string, message: string, confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    const titleId = uid('evaluation-confirm');
    const textId = uid('evaluation-confirm-text');
    const yes = h('button', { type: 'button', class: 'button button--danger', 'data-action': 'confirm' }, confirmLabel);
    const no = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'cancel' }, 'Annuler');
    const dialog = h(
      'dialog',
      { class: 'evaluation-dialog', role: 'alertdialog', 'aria-labelledby': titleId, 'aria-describedby': textId },
      h('h2', { id: titleId }, title),
      h('p', { id: textId }, message),
      h('div', { class: 'evaluation-dialog__actions' }, yes, no),
    );
    doc.body.append(dialog);
    const end = (answer: boolean): void => {
      if (dialog.open) dialog.close();
      dialog.remove();
      resolve(answer);
    };
    yes.addEventListener('click', () => end(true));
    no.addEventListener('click', () => end(false));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      end(false);
    });
    dialog.showModal();
    no.focus();
  });
}
