/**
 * A write's failure, shown where the user is: the API's field errors (400) next to their fields, someone else's
 * change (412) as the current version with "re-apply mine" or "discard", a key out of scope (403), a lot gone (404),
 * a session over (401), anything else in plain words. Never a silent overwrite.
 */
import { ApiError } from '../../platform/api/client';
import { formatDate } from '../../platform/format';
import { showError, uid } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { Lot } from './api';
import { fieldMessage } from './data';
import { setFieldError, type FieldSlots } from './fields';
import { ha } from './figures';
import { statusCell } from './lotSheet';

export const CONFLICT_TITLE = 'Ce lot a été modifié par quelqu’un d’autre';

/** What the user tried, and what they may do about someone else's change. */
export interface ConflictChoice {
  /** The change not saved, in words. */
  mine: string;
  reapplyLabel: string;
  /** Try again on the current version. */
  reapply(current: Lot): void;
}

/** What the page does about a failure: drop the change and show the current version; the notice of a lot gone. */
export interface FailureHandlers {
  discard(): void;
  lotGone(): HTMLElement;
}

/** The API's field errors, in French: those of the form's fields by field, the others together. */
export function fieldErrors(errors: Record<string, string[]>, fields: readonly string[]): { byField: Map<string, string>; general: string[] } {
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const [name, reasons] of Object.entries(errors)) {
    const target = fields.find((k) => k.toLowerCase() === name.toLowerCase());
    const message = reasons.map((r) => fieldMessage(name, r)).join(' ');
    if (target) byField.set(target, message);
    else general.push(message);
  }
  return { byField, general };
}

function alert(attributes: Record<string, string>, ...lines: HTMLElement[]): HTMLElement {
  return h('div', { class: 'alert alert--error', role: 'alert', ...attributes }, ...lines);
}

/** Shows a write's failure in `slot` (and the field errors in `fields`). */
export function showWriteError(error: unknown, slot: HTMLElement, fields: FieldSlots, conflict: ConflictChoice, page: FailureHandlers): void {
  if (!(error instanceof ApiError) || error.kind !== 'http') {
    showError(slot, error);
    return;
  }
  switch (error.status) {
    case 412:
      showConflict(slot, (error.body as { current?: Lot } | null)?.current ?? null, conflict, page);
      return;
    case 403:
      replaceContent(
        slot,
        alert(
          { 'data-forbidden': '' },
          h('p', { class: 'alert__title' }, 'Modification refusée : ce lot est hors du périmètre de votre clé.'),
          h('p', { class: 'alert__detail' }, `Détail technique : ${error.message}`),
        ),
      );
      return;
    case 404:
      replaceContent(slot, page.lotGone());
      return;
    case 401:
      replaceContent(slot, alert({}, h('p', { class: 'alert__title' }, 'Votre session a pris fin : reconnectez-vous pour enregistrer.')));
      return;
  }
  if (error.status === 400 && error.problem?.errors) {
    const { byField, general } = fieldErrors(error.problem.errors, Object.keys(fields));
    for (const [name, message] of byField) setFieldError(fields[name]!.control, fields[name]!.error, message);
    const first = [...byField.keys()].map((name) => fields[name]!.control)[0] ?? null;
    if (general.length > 0 || !first) replaceContent(slot, alert({}, h('p', { class: 'alert__title' }, general.join(' ') || error.message)));
    first?.focus();
    return;
  }
  showError(slot, error);
}

/** Someone else changed the lot: their version, what was not saved, and the two ways on; focus on the box. */
export function showConflict(slot: HTMLElement, current: Lot | null, choice: ConflictChoice, page: FailureHandlers): void {
  const headingId = uid('conflict');
  const reapply = h('button', { type: 'button', class: 'button', 'data-action': 'reapply' }, choice.reapplyLabel);
  const discard = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'discard' }, 'Abandonner ma modification');
  reapply.disabled = current === null;
  reapply.addEventListener('click', () => {
    if (current) choice.reapply(current);
  });
  discard.addEventListener('click', () => page.discard());
  const box = h(
    'div',
    { class: 'alert alert--warning conflict', role: 'alert', 'data-conflict': '', tabindex: '-1', 'aria-labelledby': headingId },
    h('p', { class: 'alert__title', id: headingId }, `${CONFLICT_TITLE} depuis que vous l’avez ouvert.`),
    current
      ? h(
          'div',
          {},
          h('p', {}, `Version actuelle (n° ${current.version}, du ${formatDate(current.updatedAt)}, par ${current.changedBy}) :`),
          h(
            'ul',
            { class: 'conflict__current' },
            h('li', {}, 'Statut : ', statusCell(current.status)),
            current.occupantName !== null ? h('li', {}, `Occupant : ${current.occupantName}`) : null,
            h('li', {}, `Surface : ${ha(current.areaHa)}`),
          ),
        )
      : h('p', {}, 'Le lot n’existe plus sous cette forme.'),
    h('p', {}, `Votre modification, non enregistrée : ${choice.mine}.`),
    h('p', { class: 'actions' }, reapply, ' ', discard),
  );
  replaceContent(slot, box);
  box.focus();
}
