/**
 * The filters form: EPCI, then its communes (fetched when an EPCI is chosen), status, minimum area and score, and
 * what colours the sites. Every choice goes to the URL through `onChange`; the form is rebuilt from the route, the
 * focused field keeping the focus.
 */
import type { TerritorySummary } from '../../platform/api/types';
import { selectField, uid } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { STATUS_LABELS, STATUSES } from './domain';
import type { FrichesRoute } from './route';

export interface FiltersProps {
  document: Document;
  /** The communes of an EPCI, for the second select. */
  communes(epci: string): Promise<TerritorySummary[]>;
  onChange(changes: Partial<FrichesRoute>): void;
}

export interface Filters {
  update(route: FrichesRoute, epcis: readonly TerritorySummary[]): void;
  destroy(): void;
}

/** A number typed in French or not ("1,5"): null when empty, undefined when not a number within 0–max. */
export function parseBound(text: string, max: number): number | null | undefined {
  const raw = text.trim().replace(',', '.');
  if (raw === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= max ? value : undefined;
}

export function mountFilters(form: HTMLFormElement, props: FiltersProps): Filters {
  let route: FrichesRoute | null = null;
  let destroyed = false;
  form.addEventListener('submit', (e) => e.preventDefault());

  function numberField(current: FrichesRoute, label: string, name: 'minArea' | 'minScore', max: number, step: string, placeholder: string): HTMLElement {
    const id = uid(name);
    const input = h('input', { type: 'number', id, name, class: 'input input--number', min: 0, max, step, inputmode: 'decimal', placeholder });
    input.value = current[name] === null ? '' : String(current[name]);
    input.addEventListener('change', () => {
      const value = parseBound(input.value, max);
      if (value === undefined) {
        input.setAttribute('aria-invalid', 'true');
        return;
      }
      input.removeAttribute('aria-invalid');
      props.onChange({ [name]: value } as Partial<FrichesRoute>);
    });
    return h('div', { class: 'field' }, h('label', { for: id, class: 'label' }, label), input);
  }

  /** The communes' select, once the EPCI's communes are known (nothing if they cannot be had). */
  function communeSlot(current: FrichesRoute, focusedName: string | undefined): HTMLElement {
    const slot = h('div', { class: 'field-slot' });
    const epci = current.epci;
    if (!epci) return slot;
    void props.communes(epci).then(
      (list) => {
        if (destroyed || route?.epci !== epci) return;
        const field = selectField(
          'Commune',
          'commune',
          [{ value: '', label: 'Toutes les communes' }, ...list.map((t) => ({ value: t.id, label: t.name }))],
          route.commune ?? '',
          (value) => props.onChange({ commune: value || null, map: null }),
        ).field;
        replaceContent(slot, field);
        if (focusedName === 'commune') (slot.querySelector('select') as HTMLElement | null)?.focus();
      },
      () => replaceContent(slot),
    );
    return slot;
  }

  return {
    update(next, epcis) {
      route = next;
      const focusedName = (props.document.activeElement as HTMLInputElement | null)?.name;
      const epciField = selectField(
        'Intercommunalité',
        'epci',
        [{ value: '', label: 'Toutes les intercommunalités' }, ...epcis.map((t) => ({ value: t.id, label: t.name }))],
        next.epci ?? '',
        (value) => props.onChange({ epci: value || null, commune: null, map: null }),
      ).field;
      epciField.classList.add('field--epci');
      const communes = communeSlot(next, focusedName);
      const statusField = selectField(
        'Statut',
        'status',
        [{ value: '', label: 'Tous les statuts' }, ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s]! }))],
        next.status ?? '',
        (value) => props.onChange({ status: value || null }),
      ).field;
      const minArea = numberField(next, 'Surface minimale (ha)', 'minArea', 100_000, '0.5', 'ex. 1');
      const minScore = numberField(next, 'Score minimal (0 à 100)', 'minScore', 100, '5', 'ex. 50');
      const colourField = selectField(
        'Couleur des sites',
        'colour',
        [
          { value: 'score', label: 'Score de mutabilité' },
          { value: 'status', label: 'Statut de suivi' },
        ],
        next.colour,
        (value) => props.onChange({ colour: value === 'status' ? 'status' : 'score' }),
      ).field;
      replaceContent(
        form,
        h(
          'fieldset',
          { class: 'controls__fieldset' },
          h('legend', { class: 'visually-hidden' }, 'Filtres'),
          epciField,
          communes,
          statusField,
          minArea,
          minScore,
          colourField,
        ),
      );
      if (focusedName && !form.contains(props.document.activeElement)) {
        (form.querySelector(`[name="${focusedName}"]`) as HTMLElement | null)?.focus();
      }
    },
    destroy() {
      destroyed = true;
    },
  };
}
