/**
 * The fields of the editing dialogs: a label, a hint, the control and its error slot (the control's
 * aria-describedby names the hint, then the error while there is one), and the inputs and selects they hold.
 */
import { uid } from './components';
import { h } from './dom';

/** A control and where its error is said. */
export interface FieldSlot {
  control: HTMLElement;
  error: HTMLElement;
}

/** A form's fields by the API's field names (title, bound…). */
export type FieldSlots = Record<string, FieldSlot>;

/** A field: its label, its hint, the control, its error slot (aria-describedby: the hint, then the error). */
export function field(label: string, control: HTMLElement, hint?: string): { element: HTMLElement; slot: FieldSlot } {
  const id = control.id || uid('field');
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

/** Says `message` next to the field (null: clears it); the control is marked invalid while it is said. */
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

/** A text input of the dialogs, holding `value`. */
export function input(name: string, value: string, attributes: Record<string, string | number | boolean | null> = {}): HTMLInputElement {
  const element = h('input', { name, class: 'input', autocomplete: 'off', ...attributes });
  element.value = value;
  return element;
}

/** A select of the dialogs: its options as [value, text], `value` chosen. */
export function select(name: string, value: string, options: readonly (readonly [string, string])[]): HTMLSelectElement {
  const element = h('select', { name, class: 'select' }, ...options.map(([v, text]) => h('option', { value: v }, text)));
  element.value = value;
  return element;
}
