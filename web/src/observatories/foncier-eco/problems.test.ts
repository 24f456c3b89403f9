// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../platform/api/client';
import { h } from '../../platform/ui/dom';
import { lotFields } from './fields';
import { lot } from './fixtures';
import { newLotFieldValues } from './lotRules';
import { fieldErrors, showWriteError, type ConflictChoice, type FailureHandlers } from './problems';
import type { Lot } from './api';

const httpError = (status: number, init: { body?: unknown; errors?: Record<string, string[]> } = {}): ApiError =>
  new ApiError(`HTTP ${status}`, {
    kind: 'http',
    url: '/api/v1/foncier-eco/lots/1101',
    status,
    body: init.body ?? null,
    problem: init.errors ? { title: 'Bad Request', status, errors: init.errors } : null,
  });

function setUp() {
  const inputs = lotFields({ id: 'f', values: newLotFieldValues(), nameHint: 'Obligatoire pour un lot occupé.' });
  const slot = h('div', { class: 'form-status' });
  document.body.replaceChildren(h('form', {}, ...inputs.elements, slot));
  const conflict: ConflictChoice = { mine: 'statut « Friche »', reapplyLabel: 'Réappliquer', reapply: vi.fn() };
  const page: FailureHandlers = { discard: vi.fn(), lotGone: () => h('p', { 'data-gone': '' }, 'Le lot n’existe plus.') };
  return { inputs, slot, conflict, page };
}

afterEach(() => document.body.replaceChildren());

describe('the API’s field errors', () => {
  it('go to the form’s fields, in French, whatever the case of their name; the others together', () => {
    const { byField, general } = fieldErrors(
      { OccupantName: ["an occupied lot needs its occupant's name"], occupantSiret: ['must be 14 digits'], geometry: ['overlaps lot(s) 1102, 1103'] },
      ['status', 'occupantName', 'occupantSiret'],
    );
    expect([...byField]).toEqual([
      ['occupantName', 'Un lot occupé doit avoir le nom de son occupant.'],
      ['occupantSiret', 'Le SIRET compte 14 chiffres, sans espace.'],
    ]);
    expect(general).toEqual(['Le tracé chevauche un autre lot (1102, 1103) : découpez-le ou retirez-le d’abord.']);
  });

  it('are shown next to their field (aria-invalid, aria-describedby), the focus on the first', () => {
    const { inputs, slot, conflict, page } = setUp();
    showWriteError(httpError(400, { errors: { occupantName: ["an occupied lot needs its occupant's name"] } }), slot, inputs.fields, conflict, page);
    const name = inputs.fields['occupantName']!;
    expect(name.error.hidden).toBe(false);
    expect(name.error.textContent).toBe('Un lot occupé doit avoir le nom de son occupant.');
    expect(name.control.getAttribute('aria-invalid')).toBe('true');
    expect(name.control.getAttribute('aria-describedby')).toBe(`f-name-hint ${name.error.id}`);
    expect(document.activeElement).toBe(name.control);
    expect(slot.textContent).toBe('');
  });

  it('without a field of the form are said in the form’s status line', () => {
    const { inputs, slot, conflict, page } = setUp();
    showWriteError(httpError(400, { errors: { geometry: ['The lot must lie inside its park.'] } }), slot, inputs.fields, conflict, page);
    expect(slot.querySelector('[role="alert"]')?.textContent).toBe('Le lot doit être entièrement à l’intérieur de sa zone d’activités.');
  });
});

describe('a write refused', () => {
  it('by someone else’s change (412) shows their version and what was not saved, focused, to re-apply or discard', () => {
    const { inputs, slot, conflict, page } = setUp();
    const current = lot(2, 'occupe', 'Transports Leclercq') as Lot;
    showWriteError(httpError(412, { body: { current } }), slot, inputs.fields, conflict, page);
    const box = slot.querySelector<HTMLElement>('[data-conflict]')!;
    expect(box.textContent).toContain('Ce lot a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.');
    expect(box.textContent).toContain('Version actuelle (n° 2');
    expect(box.textContent).toContain('Occupant : Transports Leclercq');
    expect(box.textContent).toContain('Votre modification, non enregistrée : statut « Friche ».');
    expect(document.activeElement).toBe(box);
    box.querySelector<HTMLButtonElement>('[data-action="reapply"]')!.click();
    expect(conflict.reapply).toHaveBeenCalledWith(current);
    box.querySelector<HTMLButtonElement>('[data-action="discard"]')!.click();
    expect(page.discard).toHaveBeenCalled();
  });

  it('by a conflict without the current version cannot be re-applied', () => {
    const { inputs, slot, conflict, page } = setUp();
    showWriteError(httpError(412), slot, inputs.fields, conflict, page);
    expect(slot.textContent).toContain('Le lot n’existe plus sous cette forme.');
    expect(slot.querySelector<HTMLButtonElement>('[data-action="reapply"]')!.disabled).toBe(true);
  });

  it('out of the key’s scope (403), gone (404) or after the session ended (401) is said in words', () => {
    const { inputs, slot, conflict, page } = setUp();
    showWriteError(httpError(403), slot, inputs.fields, conflict, page);
    expect(slot.querySelector('[data-forbidden][role="alert"]')?.textContent).toContain('hors du périmètre de votre clé');
    showWriteError(httpError(404), slot, inputs.fields, conflict, page);
    expect(slot.querySelector('[data-gone]')).not.toBeNull();
    showWriteError(httpError(401), slot, inputs.fields, conflict, page);
    expect(slot.textContent).toContain('reconnectez-vous');
  });
});
