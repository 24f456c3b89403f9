/**
 * The territory picker of an observatory's own page (the Compteur ZAN, the Bilan énergétique): a selector of the
 * groupements and EPCIs (and the commune shown, when it is one; the reference territories where the page has their
 * figures), and a search of the communes by name, as in the territory profile; Enter opens the first commune found.
 * With the territory it resolves (its names after prepositions, for a commune its EPCI) and the plain-French error of
 * a territory the API does not know.
 */
import { ApiError, type ApiClient } from '../api/client';
import type { TerritoryNames, TerritorySummary } from '../api/types';
import type { TerritoryChoices } from '../context';
import { formatInteger, levelLabel } from '../format';
import { selectField, showError, uid, type Option } from './components';
import { h, replaceContent } from './dom';

export interface PickedTerritory {
  id: string;
  name: string;
  /** Its name after "de", "à" and where, as the API gives it: "du périmètre de l’AULA", "d’Hénin-Beaumont". */
  names: TerritoryNames;
  level: string;
  /** For a commune, its EPCI. */
  epci: string | null;
}

/** The département and the région, for a page that has their own figures. */
export const REFERENCE_TERRITORIES: readonly Option[] = [
  { value: 'departement:62', label: 'Pas-de-Calais', group: 'Territoires de référence' },
  { value: 'region:32', label: 'Hauts-de-France', group: 'Territoires de référence' },
];

export interface PickerProps {
  client: ApiClient;
  choices: TerritoryChoices | null;
  /** The territory shown (null when unknown). */
  picked: PickedTerritory | null;
  /** The territory of the URL. */
  territory: string;
  /** The page's URL for a territory: the commune search's links. */
  href(territory: string): string;
  /** Options after the EPCIs (REFERENCE_TERRITORIES). */
  more?: readonly Option[];
  /** A territory was chosen, in the selector or by the search. */
  choose(territory: string): void;
  /** False once the view was left: late search answers are dropped. */
  live(): boolean;
}

export function renderTerritoryPicker(slot: HTMLElement, props: PickerProps): void {
  const { choices, picked } = props;
  const options: Option[] = [
    ...(choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
    ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités (EPCI)' })),
    ...(props.more ?? []),
  ];
  if (picked && picked.level === 'commune') options.unshift({ value: picked.id, label: `${picked.name} (commune)`, group: 'Commune choisie' });
  const select = selectField('Territoire', 'territory', options, props.territory, (value) => props.choose(value));
  replaceContent(slot, select.field, communeSearch(props));
}

/** "3 communes trouvées.", or that none matches. */
export function communeSearchStatus(q: string, found: number, total: number): string {
  return found === 0 ? `Aucune commune ne correspond à « ${q} ».` : `${formatInteger(total)} commune${total > 1 ? 's' : ''} trouvée${total > 1 ? 's' : ''}.`;
}

/** Search a commune by name (as in the territory profile); choosing one shows the page for it. */
function communeSearch(props: PickerProps): HTMLElement {
  const id = uid('picker-commune');
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
            const link = h('a', { href: props.href(t.id), 'data-nav': '', class: 'search-results__link' }, t.name);
            return h('li', {}, link, h('span', { class: 'search-results__level' }, ` — ${levelLabel(t.level)}`));
          }),
        );
        status.textContent = communeSearchStatus(q, page.items.length, page.total);
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

/** A groupement or an EPCI of the selector is known already; anything else (a commune, a département) is asked of the API. */
export async function resolveTerritory(client: ApiClient, choices: TerritoryChoices | null, id: string): Promise<PickedTerritory> {
  const known = choices ? [...choices.groupements, ...choices.epcis].find((t) => t.id === id) : undefined;
  if (known && known.level !== 'commune') return { id, name: known.name, names: known.names, level: known.level, epci: null };
  const detail = await client.getTerritory(id);
  return { id, name: detail.name, names: detail.names, level: detail.level, epci: detail.parents.find((p) => p.level === 'epci')?.id ?? null };
}

/** The error to show when the territory could not be found (a 404 or a 400 of the API), said in plain French; else null. */
export function unknownTerritory(error: unknown, territory: string): ApiError | null {
  if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 400)) return null;
  return new ApiError(`Le territoire « ${territory} » est inconnu.`, { kind: 'http', url: error.url, status: 404 });
}
