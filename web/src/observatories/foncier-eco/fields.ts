/**
 * The form fields of a lot (status; the occupant's name and SIRET, shown for an occupied lot only), each with its
 * label, hint and error slot tied by aria-describedby, so that the API's field errors land next to their field.
 */
import { h } from '../../platform/ui/dom';
import { STATUSES, STATUS_LABELS } from './data';
import { hasOccupant, type LotFieldValues } from './lotRules';

/** A control and where its error is said. */
export interface FieldSlot {
  control: HTMLElement;
  error: HTMLElement;
}

/** The fields of a form by the API's field names (status, occupantName…). */
export type FieldSlots = Record<string, FieldSlot>;

/** A field with its label, hint and error slot (aria-describedby), for the API's field errors. */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement, name: string, hint?: string): { element: HTMLElement; error: HTMLElement } {
  const id = control.id;
  const error = h('p', { class: 'field__error', id: `${id}-error`, hidden: true, 'data-error-for': name });
  const hintElement = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
  return { element: h('div', { class: 'field' }, h('label', { for: id, class: 'label' }, label), hintElement, control, error), error };
}

/** Shows (or, with null, clears) a field's error: its text, aria-invalid, and aria-describedby (hint, then error). */
export function setFieldError(control: HTMLElement, error: HTMLElement, message: string | null): void {
  error.hidden = message === null;
  error.textContent = message ?? '';
  const hint = control.id ? `${control.id}-hint` : '';
  const described = [control.ownerDocument.getElementById(hint) ? hint : '', message ? error.id : ''].filter(Boolean).join(' ');
  if (described) control.setAttribute('aria-describedby', described);
  else control.removeAttribute('aria-describedby');
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

export function clearFieldErrors(fields: FieldSlots): void {
  for (const f of Object.values(fields)) setFieldError(f.control, f.error, null);
}

export interface LotFields {
  /** The status field, then the occupant's fields (hidden unless the status is occupied). */
  readonly elements: HTMLElement[];
  readonly fields: FieldSlots;
  /** The values typed. */
  values(): LotFieldValues;
}

export interface LotFieldsOptions {
  /** The prefix of the controls' ids. */
  id: string;
  values: LotFieldValues;
  /** The hint under the occupant's name. */
  nameHint: string;
  /** Autocomplete hints (the occupant's name is an organisation's; the SIRET is not remembered). */
  autocomplete?: boolean;
}

export function lotFields(options: LotFieldsOptions): LotFields {
  const { id } = options;
  const status = h('select', { id: `${id}-status`, name: 'status', class: 'select' }, ...STATUSES.map((s) => h('option', { value: s }, STATUS_LABELS[s])));
  status.value = options.values.status;
  const name = h('input', {
    id: `${id}-name`,
    name: 'occupantName',
    class: 'input',
    autocomplete: options.autocomplete ? 'organization' : null,
    maxlength: 200,
  });
  name.value = options.values.occupantName;
  const siret = h('input', {
    id: `${id}-siret`,
    name: 'occupantSiret',
    class: 'input',
    inputmode: 'numeric',
    autocomplete: options.autocomplete ? 'off' : null,
  });
  siret.value = options.values.occupantSiret;
  const statusField = field('Statut', status, 'status');
  const nameField = field('Occupant (raison sociale)', name, 'occupantName', options.nameHint);
  const siretField = field('SIRET de l’occupant', siret, 'occupantSiret', '14 chiffres (facultatif).');
  const occupantFields = h('div', { class: 'occupant-fields' }, nameField.element, siretField.element);
  const sync = (): void => {
    occupantFields.hidden = !hasOccupant(status.value);
  };
  status.addEventListener('change', sync);
  sync();
  return {
    elements: [statusField.element, occupantFields],
    fields: {
      status: { control: status, error: statusField.error },
      occupantName: { control: name, error: nameField.error },
      occupantSiret: { control: siret, error: siretField.error },
    },
    values: () => ({ status: status.value, occupantName: name.value, occupantSiret: siret.value }),
  };
}
