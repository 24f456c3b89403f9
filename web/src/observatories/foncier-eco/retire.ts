/** Retiring a lot: a confirmation in the form's status line, then DELETE with If-Match; a conflict offers to retire the current version. */
import { h, replaceContent } from '../../platform/ui/dom';
import type { Lot } from './api';
import { ha } from './figures';
import { retireLot, type WriteContext } from './writes';

/** Asks to confirm in `slot`; "Annuler" gives the focus back to `opener`. */
export function confirmRetire(lot: Lot, etag: string, slot: HTMLElement, opener: HTMLElement, write: WriteContext): void {
  const yes = h('button', { type: 'button', class: 'button button--danger', 'data-action': 'confirm-retire' }, `Retirer le lot n° ${lot.id}`);
  const no = h('button', { type: 'button', class: 'button button--secondary' }, 'Annuler');
  const box = h(
    'div',
    { class: 'alert alert--warning', role: 'alertdialog', 'aria-label': 'Confirmer le retrait du lot', tabindex: '-1' },
    h('p', { class: 'alert__title' }, `Retirer le lot n° ${lot.id} (${ha(lot.areaHa)}) de la zone ?`),
    h('p', {}, 'Il disparaît de la carte et des chiffres à partir d’aujourd’hui ; son historique reste consultable à une date passée.'),
    h('p', { class: 'actions' }, yes, ' ', no),
  );
  no.addEventListener('click', () => {
    slot.replaceChildren();
    opener.focus();
  });
  const retire = async (ifMatch: string): Promise<void> => {
    yes.setAttribute('disabled', '');
    try {
      await retireLot(write.client, lot.id, ifMatch);
      await write.written(`Lot n° ${lot.id} retiré.`, { lot: null });
    } catch (error) {
      write.failed(
        error,
        slot,
        {},
        {
          mine: 'retrait du lot',
          reapplyLabel: 'Retirer quand même la version actuelle',
          reapply: (current) => void retire(current.eTag),
        },
      );
    }
  };
  yes.addEventListener('click', () => void retire(etag));
  replaceContent(slot, box);
  box.focus();
}
