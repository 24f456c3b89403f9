/**
 * The create tool: the editor clicks the outline of a new lot on the map (inside the park, over no other lot), gives
 * its status and occupant, and creates it (POST). The form stays as typed while points are added.
 */
import type { Position } from '../../platform/api/types';
import { uid } from '../../platform/ui/components';
import { h } from '../../platform/ui/dom';
import { clearFieldErrors, lotFields, type FieldSlots } from './fields';
import { newLotFieldValues, OUTLINE_MIN_POINTS, pointCount } from './lotRules';
import type { DrawingTool } from './tools';
import { createLot, type WriteContext } from './writes';

export interface CreateToolProps {
  /** The cancel button. */
  onCancel(): void;
}

/** The note on the outline drawn so far. */
export function outlineNote(count: number): string {
  return `Contour : ${pointCount(count)} (au moins ${OUTLINE_MIN_POINTS}).`;
}

export function createTool(park: number, write: WriteContext, props: CreateToolProps): DrawingTool {
  let points: Position[] = [];
  const formId = uid('new-lot');
  const inputs = lotFields({ id: formId, values: newLotFieldValues(), nameHint: 'Obligatoire pour un lot occupé.' });
  const geometryError = h('p', { class: 'field__error', id: `${formId}-geometry-error`, hidden: true, 'data-error-for': 'geometry' });
  const drawingNote = h('p', { class: 'note', id: `${formId}-geometry` }, outlineNote(0));
  const fields: FieldSlots = { ...inputs.fields, geometry: { control: drawingNote, error: geometryError } };
  const save = h('button', { type: 'submit', class: 'button', disabled: true }, 'Créer le lot');
  const cancel = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'cancel-tool' }, 'Annuler');
  cancel.addEventListener('click', () => props.onCancel());
  const slot = h('div', { class: 'form-status' });
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'data-tool': 'create' },
    h('h3', { tabindex: '-1' }, 'Ajouter un lot'),
    h(
      'p',
      { class: 'note' },
      'Cliquez sur la carte les sommets du contour, à l’intérieur de la zone et hors des autres lots (un lot retiré ou une partie non lotie).',
    ),
    drawingNote,
    geometryError,
    ...inputs.elements,
    h('p', { class: 'actions' }, save, ' ', cancel),
    slot,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (points.length < OUTLINE_MIN_POINTS) return;
    clearFieldErrors(fields);
    save.disabled = true;
    createLot(write.client, park, points, inputs.values())
      .then((created) => write.written(`Lot n° ${created?.id ?? ''} créé.`, { lot: created?.id ?? null }))
      .catch((error: unknown) => {
        save.disabled = false;
        write.failed(error, slot, fields, { mine: 'création du lot', reapplyLabel: 'Réessayer', reapply: () => form.requestSubmit() });
      });
  });

  return {
    kind: 'polygon',
    element: form,
    describe: (count) => `Contour du nouveau lot : ${pointCount(count)}`,
    setPoints(next) {
      points = next;
      drawingNote.textContent = outlineNote(points.length);
      save.disabled = points.length < OUTLINE_MIN_POINTS;
      // A new outline: the messages on the previous one no longer hold.
      clearFieldErrors(fields);
      slot.replaceChildren();
    },
  };
}
