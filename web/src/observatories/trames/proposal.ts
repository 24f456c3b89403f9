/**
 * "Proposer une modification", for partner and agency editors: add an element (its network, kind, name, status and
 * geometry), or modify or remove an element chosen on the map or in the list, with a comment. The geometry is drawn on
 * the map (each click a vertex) or pasted as GeoJSON. The API checks the scope; its field errors are shown by the field.
 */
import { ApiError, type ApiClient } from '../../platform/api/client';
import { selectField } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { ChangeRequest, ElementFeature, Kind, Proposal } from './api';
import { NETWORKS, type Network } from './route';
import { ACTION_LABELS, KIND_LABELS, NETWORK_STYLES, STATUS_LABELS } from './words';

export interface ProposalForm {
  element: HTMLElement;
  /** The element chosen on the map or in the list, for a modification or removal. */
  select(feature: ElementFeature | null): void;
  /** The geometry drawn on the map, written into the GeoJSON field. */
  drawn(geometry: unknown): void;
}

export interface ProposalOptions {
  client: ApiClient;
  /** Starts (kind) or stops (null) drawing on the map. */
  draw(kind: Kind | null): void;
  sent(request: ChangeRequest): void;
}

export function proposalForm(options: ProposalOptions): ProposalForm {
  let action: Proposal['action'] = 'add';
  let chosen: ElementFeature | null = null;
  const status = h('div', { role: 'status', class: 'trames-form__status', 'aria-live': 'polite' });
  const chosenText = h(
    'p',
    { class: 'trames-form__chosen', 'data-testid': 'chosen-element' },
    'Aucun élément choisi : cliquez un élément sur la carte ou dans la liste.',
  );
  const actionField = selectField(
    'Nature de la demande',
    'action',
    Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label })),
    action,
    (v) => {
      action = v as Proposal['action'];
      show();
    },
  );
  const networkField = selectField(
    'Trame',
    'network',
    NETWORKS.map((n) => ({ value: n, label: NETWORK_STYLES[n].label })),
    'verte',
    () => undefined,
  );
  const kindField = selectField(
    'Type d’élément',
    'kind',
    Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label })),
    'corridor',
    () => undefined,
  );
  const statusField = selectField(
    'Statut',
    'status',
    [{ value: '', label: '(inchangé)' }, ...Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))],
    '',
    () => undefined,
  );
  const name = h('input', { id: 'trames-name', name: 'name', class: 'input', maxlength: '200' });
  const geometry = h('textarea', { id: 'trames-geometry', name: 'geometry', class: 'input', rows: '4', spellcheck: 'false' });
  const comment = h('textarea', { id: 'trames-comment', name: 'comment', class: 'input', rows: '3', maxlength: '2000', required: 'true' });
  const errors = new Map<string, HTMLElement>(
    ['name', 'geometry', 'comment', 'status', 'action'].map((f) => [f, h('p', { class: 'field-error', id: `trames-${f}-error` })]),
  );
  const field = (id: string, label: string, input: HTMLElement, error: string, hint?: string) =>
    h('div', { class: 'field' }, h('label', { for: id, class: 'label' }, label), ...(hint ? [h('p', { class: 'hint' }, hint)] : []), input, errors.get(error)!);
  const drawButton = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'draw' }, 'Dessiner sur la carte');
  let drawingOn = false;
  drawButton.addEventListener('click', () => {
    drawingOn = !drawingOn;
    options.draw(drawingOn ? (chosen?.properties.kind ?? (kindField.select.value as Kind)) : null);
    drawButton.textContent = drawingOn ? 'Terminer le dessin' : 'Dessiner sur la carte';
  });
  const addOnly = h('div', {}, networkField.field, kindField.field);
  const attributes = h('div', {}, field('trames-name', 'Nom', name, 'name'), statusField.field);
  const geometryBlock = h(
    'div',
    {},
    field(
      'trames-geometry',
      'Géométrie (GeoJSON, longitude/latitude)',
      geometry,
      'geometry',
      'Dessinez sur la carte (un clic par sommet) ou collez une géométrie GeoJSON : ligne pour un corridor, polygone pour un réservoir.',
    ),
    drawButton,
  );
  const form = h(
    'form',
    { class: 'trames-form', 'aria-labelledby': 'trames-proposer', novalidate: 'true' },
    actionField.field,
    chosenText,
    addOnly,
    attributes,
    geometryBlock,
    field('trames-comment', 'Commentaire pour l’agence (obligatoire)', comment, 'comment'),
    h('button', { type: 'submit', class: 'button' }, 'Envoyer la demande'),
    status,
  );

  function show(): void {
    addOnly.hidden = action !== 'add';
    attributes.hidden = action === 'remove';
    geometryBlock.hidden = action === 'remove';
    chosenText.hidden = action === 'add';
    statusField.select.options[0]!.hidden = action === 'add';
    if (action === 'add' && statusField.select.value === '') statusField.select.value = 'a_creer';
  }

  function body(): Proposal | string {
    const text = geometry.value.trim();
    let parsed: unknown;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        return 'La géométrie n’est pas du GeoJSON valide.';
      }
    }
    const base = { action, comment: comment.value.trim() };
    if (action === 'add')
      return {
        ...base,
        network: networkField.select.value as Network,
        kind: kindField.select.value as Kind,
        name: name.value.trim(),
        status: statusField.select.value,
        geometry: parsed,
      };
    if (chosen === null) return 'Choisissez d’abord l’élément sur la carte ou dans la liste.';
    if (action === 'remove') return { ...base, elementId: chosen.id };
    return {
      ...base,
      elementId: chosen.id,
      ...(name.value.trim() !== '' && name.value.trim() !== chosen.properties.name ? { name: name.value.trim() } : {}),
      ...(statusField.select.value !== '' ? { status: statusField.select.value } : {}),
      ...(parsed !== undefined ? { geometry: parsed } : {}),
    };
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const error of errors.values()) error.textContent = '';
    const proposal = body();
    if (typeof proposal === 'string') {
      replaceContent(status, proposal);
      return;
    }
    replaceContent(status, 'Envoi…');
    options.client
      .send<ChangeRequest>('POST', '/api/v1/trames/change-requests', { body: proposal })
      .then(({ body: created }) => {
        replaceContent(status, `Demande n° ${String(created!.id)} envoyée : elle attend l’examen de l’agence.`);
        form.reset();
        geometry.value = '';
        show();
        options.sent(created!);
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 400) {
          for (const [fieldName, reasons] of Object.entries(error.problem?.errors ?? {}))
            (errors.get(fieldName) ?? errors.get('action')!).textContent = reasons.join(' ; ');
          replaceContent(status, 'La demande n’a pas été envoyée : corrigez les champs signalés.');
        } else if (error instanceof ApiError && error.status === 403) replaceContent(status, 'Cet élément ou ce lieu est hors du périmètre de votre clé.');
        else replaceContent(status, 'La demande n’a pas pu être envoyée. Réessayez.');
      });
  });
  show();

  return {
    element: form,
    select(feature) {
      chosen = feature;
      chosenText.textContent = feature
        ? `Élément choisi : ${feature.properties.name} (${NETWORK_STYLES[feature.properties.network].label}, ${KIND_LABELS[feature.properties.kind].toLowerCase()}, n° ${String(feature.id)})`
        : 'Aucun élément choisi : cliquez un élément sur la carte ou dans la liste.';
      if (feature && action === 'add') {
        action = 'modify';
        actionField.select.value = 'modify';
        show();
      }
    },
    drawn(value) {
      geometry.value = value === null ? '' : JSON.stringify(value);
    },
  };
}
