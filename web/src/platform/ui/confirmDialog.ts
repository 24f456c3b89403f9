/**
 * The confirmation asked before a delete: a modal alert dialog (its title and message read out), the action and
 * « Annuler », the focus on « Annuler » first; Escape cancels.
 */
import './formDialog.css';
import { uid } from './components';
import { h } from './dom';

/** Asks before a delete: resolves true when confirmed. The focus starts on « Annuler ». */
export function confirmDelete(doc: Document, title: string, message: string, confirmLabel: string): Promise<boolean> {
  return new Promise((resolve) => {
    const titleId = uid('confirm');
    const textId = uid('confirm-text');
    const yes = h('button', { type: 'button', class: 'button button--danger', 'data-action': 'confirm' }, confirmLabel);
    const no = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'cancel' }, 'Annuler');
    const dialog = h(
      'dialog',
      { class: 'form-dialog', role: 'alertdialog', 'aria-labelledby': titleId, 'aria-describedby': textId },
      h('h2', { id: titleId }, title),
      h('p', { id: textId }, message),
      h('div', { class: 'form-dialog__actions' }, yes, no),
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
