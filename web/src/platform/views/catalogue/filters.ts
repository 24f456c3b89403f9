/** The catalogue's filters: the search box (debounced, as the user types), the observatory and the source. */
import type { CatalogueRoute } from '../../routes';
import { selectField, uid } from '../../ui/components';
import { h, replaceContent } from '../../ui/dom';
import { sourceNames, type Catalogue } from './model';

const SEARCH_DELAY_MS = 200;

export interface Filters {
  readonly element: HTMLFormElement;
  /** Draws the filters for the route, unless the user is typing in the search box. */
  update(catalogue: Catalogue, route: CatalogueRoute): void;
}

export interface FilterChanges {
  /** The query typed (debounced). */
  onSearch(q: string): void;
  onChange(changes: Partial<Pick<CatalogueRoute, 'observatory' | 'source'>>): void;
}

export function mountFilters(doc: Document, { onSearch, onChange }: FilterChanges): Filters {
  const element = h('form', { class: 'controls controls--catalogue', role: 'search', 'aria-label': 'Filtrer le catalogue' });
  element.addEventListener('submit', (e) => e.preventDefault());

  function searchField(q: string): HTMLElement {
    const id = uid('catalogue-q');
    const input = h('input', { type: 'search', id, name: 'q', class: 'input', autocomplete: 'off' });
    input.value = q;
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => onSearch(input.value), SEARCH_DELAY_MS);
    });
    return h('div', { class: 'field field--wide' }, h('label', { for: id, class: 'label' }, 'Rechercher (nom, code, définition)'), input);
  }

  function render(catalogue: Catalogue, route: CatalogueRoute): void {
    const observatories = [{ value: '', label: 'Tous' }, ...catalogue.observatories.map((o) => ({ value: o.slug, label: o.name }))];
    const sources = [{ value: '', label: 'Toutes' }, ...sourceNames(catalogue.indicators).map((s) => ({ value: s, label: s }))];
    const focused = (doc.activeElement as HTMLInputElement | null)?.name;
    replaceContent(
      element,
      h(
        'fieldset',
        { class: 'controls__fieldset' },
        h('legend', { class: 'visually-hidden' }, 'Filtres'),
        searchField(route.q),
        selectField('Observatoire', 'observatory', observatories, route.observatory ?? '', (value) => onChange({ observatory: value || null })).field,
        selectField('Source', 'source', sources, route.source ?? '', (value) => onChange({ source: value || null })).field,
      ),
    );
    // Keep the focused filter focused across the re-render, the caret at the end of the query.
    if (focused) {
      const again = element.querySelector<HTMLInputElement>(`[name="${focused}"]`);
      again?.focus();
      if (again && again.type === 'search') again.setSelectionRange(again.value.length, again.value.length);
    }
  }

  return {
    element,
    update(catalogue, route) {
      const active = doc.activeElement as HTMLInputElement | null;
      const typing = active?.name === 'q' && element.contains(active);
      if (!typing) render(catalogue, route);
    },
  };
}
