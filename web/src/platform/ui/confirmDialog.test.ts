// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { confirmDelete } from './confirmDialog';

afterEach(() => {
  document.body.innerHTML = '';
});

const shown = (): HTMLDialogElement => document.querySelector('dialog')!;

describe('the confirmation before a delete', () => {
  it('is an alert dialog named by its title and described by its message, the focus on « Annuler »', async () => {
    const answer = confirmDelete(document, 'Supprimer l’axe « Emploi »', 'Ses actions sont supprimées avec lui.', 'Supprimer l’axe');
    const dialog = shown();
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Supprimer l’axe « Emploi »');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toBe('Ses actions sont supprimées avec lui.');
    expect(document.activeElement?.textContent).toBe('Annuler');
    dialog.querySelector<HTMLElement>('[data-action="confirm"]')!.click();
    expect(await answer).toBe(true);
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('answers no to « Annuler » and to Escape', async () => {
    const cancelled = confirmDelete(document, 'Supprimer', 'Sûr ?', 'Supprimer');
    shown().querySelector<HTMLElement>('[data-action="cancel"]')!.click();
    expect(await cancelled).toBe(false);
    const escaped = confirmDelete(document, 'Supprimer', 'Sûr ?', 'Supprimer');
    shown().dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(await escaped).toBe(false);
    expect(document.querySelector('dialog')).toBeNull();
  });
});
