/**
 * The editing dialogs' frame: a modal form (labelled by its title, focus on its first field, Escape or « Annuler »
 * closes it and gives the focus back), and what a save that fails says: the form's checks and the API's field
 * errors (400) next to their fields, the rest above the buttons. A save that comes back 412 (another editor changed
 * the data since it was read) keeps what was typed and says what changed: the page brings the current version, and
 * the next save is based on it. The fields are field.ts'; the page says how its API's errors read.
 */
import './formDialog.css';
import { ApiError } from '../api/client';
import { uid } from './components';
import { h, replaceContent, type Child } from './dom';
import { setFieldError, type FieldSlots } from './field';

/** Problems by the form's field names, in French; a name that is not one of the form's is said above the buttons. */
export type FieldProblems = Record<string, string>;

/** A save the form's checks let through, and how its refusals read. */
export interface PreparedSave<T> {
  /** Sends the write and applies the API's answer. */
  send(): Promise<T>;
  /**
   * After a 412: brings and applies the current version, and says what changed since the one the save was based on;
   * null when the answer says nothing of it (the refusal's words are said then).
   */
  conflict(error: ApiError): Promise<string | null>;
  /** The API's field errors (400) by the form's fields; the others apart. */
  fieldErrors(errors: Record<string, string[]>): { byField: Map<string, string>; general: string[] };
}

export interface FormDialogOptions<T> {
  document: Document;
  title: string;
  intro?: string;
  /** The fields and anything else, in order. */
  content: Child[];
  fields: FieldSlots;
  saveLabel: string;
  /** Checks the form: its problems, or the save to send. */
  prepare(): { problems: FieldProblems; save: PreparedSave<T> | null };
  /** What a refused save says, other than its field errors and a 412. */
  refusal(error: unknown): string;
  /** Once the dialog is closed: gives the focus back (the page may have been drawn again). */
  closed(): void;
  /** After a save, the dialog closed, with the API's answer. */
  saved?(answer: T): void;
}

/** What a refused write says in French when the service is down or the key refused; `byStatus` for the others. */
export function writeRefusal(error: unknown, byStatus: Readonly<Record<number, string>>): string {
  if (!(error instanceof ApiError)) return 'Enregistrement impossible : réessayez.';
  const words = byStatus[error.status];
  if (words !== undefined) return words;
  if (error.status === 0) return 'Le service ne répond pas : vos saisies sont gardées, réessayez.';
  if (error.status === 401) return 'Votre clé n’est plus acceptée : reconnectez-vous, puis recommencez.';
  return error.problem?.detail ?? error.message;
}

/**
 * The message of a 412: `what` was changed by another editor (« Le projet a été modifié »), the first `listed` of
 * the changes, and that the input is kept.
 */
export function conflictMessage(what: string, version: number, changes: readonly string[], listed: number): string {
  const more = changes.length > listed ? ` ; et ${changes.length - listed} autres changements` : '';
  const said = changes.length === 0 ? '' : ` : ${changes.slice(0, listed).join(' ; ')}${more}`;
  return (
    `${what} entre-temps (version ${version})${said}. ` +
    'Vos saisies sont gardées : vérifiez-les, puis enregistrez à nouveau pour les appliquer à cette version.'
  );
}

export function openFormDialog<T>(options: FormDialogOptions<T>): HTMLDialogElement {
  const doc = options.document;
  const titleId = uid('form-dialog');
  const problem = h('div', { role: 'alert', class: 'form-dialog__problem' });
  const save = h('button', { type: 'submit', class: 'button', 'data-action': 'save' }, options.saveLabel);
  const cancel = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'cancel' }, 'Annuler');
  const form = h('form', { class: 'form', novalidate: true }, ...options.content, problem, h('div', { class: 'form-dialog__actions' }, save, cancel));
  const dialog = h(
    'dialog',
    { class: 'form-dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, options.title),
    options.intro ? h('p', {}, options.intro) : null,
    form,
  );
  doc.body.append(dialog);
  const close = (): void => {
    if (dialog.open) dialog.close();
    dialog.remove();
    options.closed();
  };
  cancel.addEventListener('click', close);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.showModal();
  (form.querySelector<HTMLElement>('input:not([type="hidden"]):not([readonly]), select, textarea') ?? cancel).focus();

  const alert = (message: string, testId?: string): void =>
    replaceContent(problem, h('p', { class: 'alert alert--error', 'data-testid': testId ?? null }, message));
  const showProblems = (byField: Map<string, string>, general: string[]): void => {
    for (const [name, slot] of Object.entries(options.fields)) setFieldError(slot, byField.get(name) ?? null);
    if (general.length > 0) alert(general.join(' '));
    else replaceContent(problem);
    const first = [...byField.keys()].map((name) => options.fields[name]?.control).find((c) => c !== undefined);
    first?.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (save.hasAttribute('disabled')) return;
    const { problems, save: prepared } = options.prepare();
    if (!prepared) {
      const byField = new Map(Object.entries(problems).filter(([name]) => name in options.fields));
      const general = Object.entries(problems)
        .filter(([name]) => !(name in options.fields))
        .map(([, message]) => message);
      showProblems(byField, general);
      return;
    }
    void (async () => {
      save.setAttribute('disabled', '');
      showProblems(new Map(), []);
      try {
        const answer = await prepared.send();
        close();
        options.saved?.(answer);
      } catch (error) {
        const conflict = error instanceof ApiError && error.status === 412 ? await prepared.conflict(error) : null;
        if (conflict !== null) alert(conflict, 'conflict');
        else if (error instanceof ApiError && error.status === 400 && error.problem?.errors) {
          const { byField, general } = prepared.fieldErrors(error.problem.errors);
          showProblems(byField, general.length > 0 || byField.size > 0 ? general : [options.refusal(error)]);
        } else alert(options.refusal(error));
      } finally {
        save.removeAttribute('disabled');
      }
    })();
  });
  return dialog;
}
