/**
 * The side panel when no drawing tool is on: the park chosen (name, EPCI, area, establishments), what the caller
 * may do there (a past date and a park out of the key's scope are read only; an editor may add a lot), then the lot
 * chosen: its sheet, and its form for an editor.
 */
import { loading } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { Lot, ParkFigures } from './api';
import { dayLabel, ha } from './figures';
import { lotSheet } from './lotSheet';
import { panelMode } from './lotRules';
import { canWrite, epciName, selectedPark, type PageState } from './state';

export interface LotPanelActions {
  /** The "add a lot" button. */
  startCreate(park: number): void;
  /** The form of a lot the editor may change. */
  editForm(lot: Lot, etag: string): HTMLElement;
}

function parkHeader(park: ParkFigures, state: PageState): HTMLElement {
  const establishments = `${park.establishments} établissement${park.establishments > 1 ? 's' : ''}`;
  return h(
    'div',
    { class: 'panel-park' },
    h('h3', {}, park.name),
    h('p', { class: 'note' }, `Zone n° ${park.id} · ${epciName(state.data, park.epciId)} · ${ha(park.totalHa)} · ${establishments}`),
  );
}

/** The lot's part of the panel: its sheet (and form), or why there is none yet. */
function lotPart(state: PageState, editable: boolean, actions: LotPanelActions): HTMLElement[] {
  const { route, data } = state;
  if (route.asOf !== null) {
    const item = data.parkLots?.items.find((l) => l.id === route.lot) ?? null;
    if (item) return [lotSheet(item, route)];
    return [data.parkLots ? h('p', { class: 'note' }, `Le lot n° ${route.lot} n’existait pas à cette date.`) : loading('Chargement du lot…')];
  }
  if (!data.lotDetail) return [loading('Chargement du lot…')];
  const { lot, etag } = data.lotDetail;
  return editable ? [lotSheet(lot, route), actions.editForm(lot, etag)] : [lotSheet(lot, route)];
}

export function renderLotPanel(panel: HTMLElement, state: PageState, actions: LotPanelActions): void {
  const { route } = state;
  const park = selectedPark(state);
  if (!park) {
    replaceContent(panel, h('p', { class: 'note' }, 'Choisissez une zone d’activités sur la carte, dans la liste ou dans le tableau pour voir ses lots.'));
    return;
  }
  const editable = canWrite(state, park);
  const parts: HTMLElement[] = [parkHeader(park, state)];
  switch (panelMode(route.asOf, state.identity, editable)) {
    case 'past':
      parts.push(
        h(
          'p',
          { class: 'alert alert--info', role: 'status' },
          `Situation au ${dayLabel(route.asOf!)} : consultation seulement. Revenez à aujourd’hui pour modifier les lots.`,
        ),
      );
      break;
    case 'out-of-scope':
      parts.push(h('p', { class: 'alert alert--warning', 'data-read-only': '' }, 'Cette zone est hors du périmètre de votre clé : lecture seule.'));
      break;
    case 'editor':
      if (route.lot === null) {
        const create = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'create' }, 'Ajouter un lot (tracer son contour)');
        create.addEventListener('click', () => actions.startCreate(park.id));
        parts.push(h('p', { class: 'actions' }, create));
      }
      break;
  }
  if (route.lot === null) parts.push(h('p', { class: 'note' }, 'Cliquez un lot sur la carte ou dans le tableau des lots pour sa fiche.'));
  else parts.push(...lotPart(state, editable, actions));
  replaceContent(panel, ...parts);
}
