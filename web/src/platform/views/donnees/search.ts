/**
 * The datasets' search: a text, facets with their counts, "mis à jour depuis", every choice in the URL (back and
 * forward replay it); the results a page at a time, their count announced; for an agency user, "À surveiller".
 */
import { isAgency } from '../../auth/session';
import type { Context, View } from '../../context';
import { formatInteger } from '../../format';
import { routeToUrl, type DatasetsRoute, type Route } from '../../routes';
import { showError, uid } from '../../ui/components';
import { h, replaceContent, showLoading } from '../../ui/dom';
import { facetGroups } from './facets';
import { datasetsUrl, PAGE_SIZE, resultsText } from './model';
import { resultList } from './results';
import type { DatasetFacets, DatasetPage } from './types';
import { watchSection } from './watch';

const SEARCH_DELAY_MS = 300;

function isDatasetPage(value: unknown): value is DatasetPage {
  const v = value as Partial<DatasetPage> | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.items) && typeof v.total === 'number' && typeof v.facets === 'object';
}

export function mountSearch(container: HTMLElement, initial: DatasetsRoute, ctx: Context): View {
  let route = initial;
  let left = false;
  let request = 0;
  let controller: AbortController | null = null;
  let facets: DatasetFacets | null = null;
  ctx.setTitle('Catalogue de données');

  const qId = uid('donnees-q');
  const q = h('input', { type: 'search', id: qId, name: 'q', class: 'input', autocomplete: 'off' });
  const sinceId = uid('donnees-since');
  const since = h('input', { type: 'date', id: sinceId, name: 'updatedSince', class: 'input' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Typing replaces the history entry (one per search, not per letter); Enter commits at once.
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => ctx.navigate({ ...route, q: q.value, offset: 0 }, { replace: true }), SEARCH_DELAY_MS);
  });
  since.addEventListener('change', () => ctx.navigate({ ...route, updatedSince: since.value || null, offset: 0 }));
  const form = h(
    'form',
    { class: 'controls donnees-search', role: 'search', 'aria-label': 'Rechercher un jeu de données' },
    h('div', { class: 'field field--wide' }, h('label', { for: qId, class: 'label' }, 'Rechercher (titre, description, mot-clé)'), q),
    h('div', { class: 'field' }, h('label', { for: sinceId, class: 'label' }, 'Mis à jour depuis'), since),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    ctx.navigate({ ...route, q: q.value, offset: 0 });
  });

  const watchToggle = h('p', { class: 'donnees-watch-toggle' });
  const watchSlot = h('div', {});
  // Holds its line from the first paint, and says the count once it comes (a polite live region).
  const status = h('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' }, 'Recherche des jeux de données…');
  const facetsSlot = h('div', { class: 'donnees-layout__facets' }, facetGroups(route, null));
  const resultsSlot = h('div', { class: 'donnees-layout__results', 'aria-busy': 'true' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages de résultats' });
  container.append(
    h('h1', { tabindex: '-1' }, 'Catalogue de données'),
    h(
      'p',
      { class: 'lead' },
      'Les jeux de données des observatoires : indicateurs et couches géographiques, avec leurs métadonnées, leurs téléchargements (CSV et ses métadonnées CSVW, XLSX, GeoJSON, GeoPackage avec GDAL) et leurs accès par l’API ou l’OGC API - Features.',
    ),
    form,
    watchToggle,
    watchSlot,
    status,
    h('div', { class: 'donnees-layout' }, facetsSlot, h('section', { 'aria-label': 'Résultats' }, resultsSlot, pager)),
  );

  function drawForm(): void {
    if (ctx.document.activeElement !== q) q.value = route.q;
    since.value = route.updatedSince ?? '';
    const agency = isAgency(ctx.session.identity());
    replaceContent(
      watchToggle,
      agency
        ? h(
            'a',
            { href: routeToUrl({ ...route, watch: !route.watch }), 'data-nav': '', class: 'button button--secondary' },
            route.watch ? 'Masquer « À surveiller »' : 'À surveiller : jeux en retard et imports refusés',
          )
        : null,
    );
    if (!(agency && route.watch)) replaceContent(watchSlot);
  }

  function drawPager(page: DatasetPage): void {
    const link = (offset: number, text: string, rel: string): HTMLElement =>
      h('a', { href: routeToUrl({ ...route, offset }), 'data-nav': '', rel, class: 'button button--tertiary' }, text);
    replaceContent(
      pager,
      route.offset > 0 ? link(Math.max(0, route.offset - PAGE_SIZE), `${formatInteger(PAGE_SIZE)} précédents`, 'prev') : null,
      route.offset + page.items.length < page.total ? link(route.offset + PAGE_SIZE, `${formatInteger(PAGE_SIZE)} suivants`, 'next') : null,
    );
  }

  async function load(): Promise<void> {
    const mine = ++request;
    controller?.abort();
    controller = new AbortController();
    drawForm();
    // The facets' links follow the new route at once (their counts follow the answer): a quick second click keeps the first.
    replaceContent(facetsSlot, facetGroups(route, facets));
    if (isAgency(ctx.session.identity()) && route.watch) void watchSection(watchSlot, ctx, route);
    showLoading(resultsSlot, 'Chargement des résultats…');
    let page: DatasetPage;
    try {
      page = await ctx.client.getJson(datasetsUrl(route), { signal: controller.signal, validate: isDatasetPage });
    } catch (error) {
      if (left || mine !== request) return;
      status.textContent = '';
      showError(resultsSlot, error, () => void load());
      return;
    }
    if (left || mine !== request) return;
    status.textContent = resultsText(page.total, route.offset, page.items.length);
    facets = page.facets;
    replaceContent(facetsSlot, facetGroups(route, facets));
    replaceContent(resultsSlot, page.items.length > 0 ? resultList(page.items) : h('p', { class: 'empty' }, 'Essayez moins de filtres ou un autre mot.'));
    drawPager(page);
  }

  let key = ctx.session.key();
  const stopSession = ctx.session.subscribe(() => {
    if (ctx.session.key() === key) return;
    key = ctx.session.key();
    void load();
  });
  void load();

  return {
    update(next: Route) {
      if (next.view !== 'datasets') return;
      route = next;
      void load();
    },
    destroy() {
      left = true;
      clearTimeout(timer);
      controller?.abort();
      stopSession();
    },
  };
}
