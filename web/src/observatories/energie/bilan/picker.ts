/**
 * The territory picker (as the Compteur ZAN's, with the reference territories): a selector of the groupements and EPCIs (and the commune shown, when it is one), and a search
 * of the communes by name, as in the territory profile; Enter opens the first commune found.
 */
import type { ApiClient } from '../../../platform/api/client';
import type { TerritorySummary } from '../../../platform/api/types';
import type { TerritoryChoices } from '../../../platform/context';
import { formatInteger, levelLabel } from '../../../platform/format';
import { selectField, showError, uid, type Option } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import type { Picked } from './territory';

export interface PickerProps {
  client: ApiClient;
  choices: TerritoryChoices | null;
  /** The territory shown (null when unknown). */
  picked: Picked | null;
  /** The territory of the URL. */
  territory: string;
  /** A territory was chosen, in the selector or by the search. */
  choose(territory: string): void;
  /** False once the view was left: late search answers are dropped. */
  live(): boolean;
}

export function renderPicker(slot: HTMLElement, props: PickerProps): void {
  const { choices, picked } = props;
  const options: Option[] = [
    ...(choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
    ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités (EPCI)' })),
    { value: 'departement:62', label: 'Pas-de-Calais', group: 'Territoires de référence' },
    { value: 'region:32', label: 'Hauts-de-France', group: 'Territoires de référence' },
  ];
  if (picked && picked.level === 'commune') options.unshift({ value: picked.id, label: `${picked.name} (commune)`, group: 'Commune choisie' });
  const select = selectField('Territoire', 'territory', options, props.territory, (value) => props.choose(value));
  replaceContent(slot, select.field, communeSearch(props));
}

/** "3 communes trouvées.", or that none matches. */
export function searchStatus(q: string, found: number, total: number): string {
  return found === 0 ? `Aucune commune ne correspond à « ${q} ».` : `${formatInteger(total)} commune${total > 1 ? 's' : ''} trouvée${total > 1 ? 's' : ''}.`;
}

/** Search a commune by name (as in the territory profile); choosing one shows its accounts. */
function communeSearch(props: PickerProps): HTMLElement {
  const id = uid('energie-commune');
  const input = h('input', {
    type: 'search',
    id,
    name: 'commune-search',
    class: 'input',
    autocomplete: 'off',
    placeholder: 'Ex. : Béthune, Liévin…',
    'aria-describedby': `${id}-hint`,
  });
  const results = h('ul', { class: 'search-results', 'aria-label': 'Communes trouvées' });
  const status = h('p', { class: 'search-status', role: 'status' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let mine = 0;
  let first: TerritorySummary | null = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      const ticket = ++mine;
      if (q.length < 2) {
        results.replaceChildren();
        status.textContent = q === '' ? '' : 'Tapez au moins deux lettres.';
        first = null;
        return;
      }
      try {
        const page = await props.client.get({ path: '/api/v1/territories', query: { q, level: 'commune', limit: 8 } });
        if (ticket !== mine || !props.live()) return;
        first = page.items[0] ?? null;
        results.replaceChildren(
          ...page.items.map((t) => {
            const link = h('a', { href: `/energie?territory=${t.id}`, 'data-nav': '', class: 'search-results__link' }, t.name);
            return h('li', {}, link, h('span', { class: 'search-results__level' }, ` — ${levelLabel(t.level)}`));
          }),
        );
        status.textContent = searchStatus(q, page.items.length, page.total);
      } catch (error) {
        if (ticket === mine) showError(status, error);
      }
    }, 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (first) props.choose(first.id);
    }
  });
  return h(
    'form',
    { class: 'search', role: 'search' },
    h('label', { for: id, class: 'label' }, 'Ou une commune'),
    h('p', { class: 'hint', id: `${id}-hint` }, 'Son nom, sans accents ni majuscules ; Entrée ouvre la première.'),
    input,
    status,
    results,
  );
}
