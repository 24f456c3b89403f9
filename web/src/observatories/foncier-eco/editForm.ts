/**
 * The form of a lot the editor may change: its status and occupant (saved with PATCH and If-Match), and the ways
 * to split it (the split tool) or retire it (after a confirmation).
 */
import { uid } from '../../platform/ui/components';
import { h } from '../../platform/ui/dom';
import type { Lot } from './api';
import { statusLabel } from './data';
import { clearFieldErrors, lotFields } from './fields';
import { describeChange, lotChange, lotFieldValues, type LotChange } from './lotRules';
import { confirmRetire } from './retire';
import { updateLot, type WriteContext } from './writes';

export interface EditFormProps {
  /** The split button: starts the split tool on this lot at this version. */
  onSplit(lot: Lot, etag: string): void;
}

export function lotEditForm(lot: Lot, etag: string, write: WriteContext, props: EditFormProps): HTMLFormElement {
  const formId = uid('lot-form');
  const inputs = lotFields({ id: formId, values: lotFieldValues(lot), nameHint: 'Obligatoire pour un lot occupé ; effacé sinon.', autocomplete: true });
  const formStatus = h('div', { class: 'form-status' });
  const save = h('button', { type: 'submit', class: 'button' }, 'Enregistrer');
  const retire = h('button', { type: 'button', class: 'button button--secondary button--danger', 'data-action': 'retire' }, 'Retirer ce lot…');
  const split = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'split' }, 'Découper ce lot…');
  const form = h(
    'form',
    { class: 'form lot-form', novalidate: true, 'aria-labelledby': `${formId}-title`, 'data-lot-form': lot.id },
    h('h3', { id: `${formId}-title` }, `Modifier le lot n° ${lot.id}`),
    ...inputs.elements,
    h('p', { class: 'actions' }, save),
    formStatus,
    h('p', { class: 'actions actions--secondary' }, split, ' ', retire),
  );

  async function submit(ifMatch: string, change: LotChange): Promise<void> {
    clearFieldErrors(inputs.fields);
    formStatus.replaceChildren();
    save.disabled = true;
    save.textContent = 'Enregistrement…';
    try {
      await updateLot(write.client, lot.id, change, ifMatch);
      await write.written(`Lot n° ${lot.id} enregistré : ${statusLabel(change.status)}.`);
    } catch (error) {
      save.disabled = false;
      save.textContent = 'Enregistrer';
      write.failed(error, formStatus, inputs.fields, {
        mine: describeChange(change),
        reapplyLabel: 'Réappliquer ma modification sur la version actuelle',
        reapply: (current) => void submit(current.eTag, change),
      });
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(etag, lotChange(inputs.values()));
  });
  retire.addEventListener('click', () => confirmRetire(lot, etag, formStatus, retire, write));
  split.addEventListener('click', () => props.onSplit(lot, etag));
  return form;
}
