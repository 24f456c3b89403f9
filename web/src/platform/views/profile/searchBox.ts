/** The territory search: a box, its status and its results as links; Enter opens the first result. */
import type { TerritorySummary } from '../../api/types';
import type { Context } from '../../context';
import { formatInteger, levelLabel } from '../../format';
import { routeToUrl } from '../../routes';
import { showError, uid } from '../../ui/components';
import { h } from '../../ui/dom';
import { searchStatus } from './model';

const SEARCH_DELAY_MS = 200;

function resultLink(t: TerritorySummary): HTMLElement {
  return h(
    'li',
    {},
    h(
      'a',
      { href: routeToUrl({ view: 'profile', territory: t.id, q: '' }), 'data-nav': '', class: 'search-results__link' },
      t.name,
      h('span', { class: 'search-results__level' }, ` — ${levelLabel(t.level)}${t.population !== null ? `, ${formatInteger(t.population)} hab.` : ''}`),
    ),
  );
}

/** `onQuery` receives the query typed (debounced), to keep it in the URL. */
export function searchBox(ctx: Pick<Context, 'client' | 'navigate'>, initial: string, onQuery: (q: string) => void): HTMLElement {
  const id = uid('territory-search');
  const input = h('input', {
    type: 'search',
    id,
    name: 'q',
    class: 'input',
    autocomplete: 'off',
    placeholder: 'Ex. : Béthune, Lens-Liévin, Saint-Pol…',
    'aria-describedby': `${id}-hint`,
  });
  input.value = initial;
  const results = h('ul', { class: 'search-results', id: `${id}-results`, 'aria-label': 'Territoires trouvés' });
  const status = h('p', { class: 'search-status', role: 'status' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let first: TerritorySummary | null = null;

  async function search(q: string): Promise<void> {
    const mine = ++generation;
    if (q.trim().length < 2) {
      results.replaceChildren();
      status.textContent = q.trim() === '' ? '' : 'Tapez au moins deux lettres.';
      first = null;
      return;
    }
    status.textContent = 'Recherche…';
    try {
      const page = await ctx.client.get({ path: '/api/v1/territories', query: { q: q.trim(), limit: 12 } });
      if (mine !== generation) return;
      first = page.items[0] ?? null;
      results.replaceChildren(...page.items.map(resultLink));
      status.textContent = searchStatus(q, page.items.length, page.total);
    } catch (error) {
      if (mine === generation) showError(status, error);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      onQuery(input.value);
      void search(input.value);
    }, SEARCH_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (first) ctx.navigate({ view: 'profile', territory: first.id, q: '' });
    }
  });
  if (initial) void search(initial);
  return h(
    'form',
    { class: 'search', role: 'search' },
    h('label', { for: id, class: 'label' }, 'Rechercher une commune ou un EPCI'),
    h('p', { class: 'hint', id: `${id}-hint` }, 'Le nom suffit, sans accents ni majuscules ; Entrée ouvre le premier résultat.'),
    input,
    status,
    results,
  );
}
