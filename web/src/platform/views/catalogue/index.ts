/**
 * Data catalogue, for technicians: search the indicators and the layers, filter by observatory and source, read an
 * entry's metadata and coverage, and get its API links (with copy buttons).
 *
 * This module holds the view's state (the route, the catalogue once loaded) and draws the route with filters.ts,
 * tables.ts and sheets.ts; the rules are plain functions in model.ts, the reads in data.ts.
 */
import type { IndicatorDetail } from '../../api/types';
import type { Context, View } from '../../context';
import type { CatalogueRoute, Route } from '../../routes';
import { loading, showError } from '../../ui/components';
import { h, replaceContent } from '../../ui/dom';
import { indicatorSheets, loadCatalogue } from './data';
import { mountFilters } from './filters';
import { filterIndicators, filterLayers, observatoryName, resultsText, splitItem, type Catalogue } from './model';
import { indicatorSheet, layerSheet, missingSheet } from './sheets';
import { indicatorsTable, layersTable } from './tables';

export function mountCatalogue(container: HTMLElement, initial: CatalogueRoute, ctx: Context): View {
  let route = initial;
  let left = false;
  let catalogue: Catalogue | null = null;
  const sheets = indicatorSheets(ctx);

  ctx.setTitle('Indicateurs et couches');
  const filters = mountFilters(ctx.document, {
    onSearch: (q) => ctx.navigate({ ...route, q }, { replace: true }),
    onChange: (changes) => ctx.navigate({ ...route, ...changes }),
  });
  // Holds its line from the start: the count that replaces it does not push the tables down.
  // Drawn at once with empty lists, so that the form has its height before the catalogue comes.
  filters.update({ indicators: [], layers: [], observatories: [] }, route);
  const resultStatus = h('p', { class: 'search-status', role: 'status' }, 'Recherche dans le catalogue…');
  const indicatorSlot = h('div', {}, loading('Chargement du catalogue…'));
  const layerSlot = h('div', {});
  const sheet = h('div', { class: 'sheet-slot' });
  container.append(
    h('h1', { tabindex: '-1' }, 'Indicateurs et couches'),
    h(
      'p',
      { class: 'lead' },
      'Tous les indicateurs et toutes les couches des observatoires, avec leurs métadonnées, leur couverture et leurs liens d’API (JSON, CSV, GeoJSON, OGC API - Features).',
    ),
    filters.element,
    resultStatus,
    sheet,
    h('section', { class: 'block', 'aria-labelledby': 'cat-indicators' }, h('h2', { id: 'cat-indicators' }, 'Indicateurs'), indicatorSlot),
    h('section', { class: 'block', 'aria-labelledby': 'cat-layers' }, h('h2', { id: 'cat-layers' }, 'Couches géographiques'), layerSlot),
  );

  async function load(): Promise<void> {
    try {
      catalogue = await loadCatalogue(ctx);
    } catch (error) {
      resultStatus.textContent = '';
      if (!left) showError(indicatorSlot, error, () => void load());
      return;
    }
    if (!left) render();
  }

  const nameOf = (slug: string | null): string => observatoryName(catalogue?.observatories ?? [], slug);

  function render(): void {
    if (!catalogue) return;
    filters.update(catalogue, route);
    const indicators = filterIndicators(catalogue.indicators, route);
    const layers = filterLayers(catalogue.layers, route);
    resultStatus.textContent = resultsText(indicators.length, layers.length);
    const props = {
      observatoryName: nameOf,
      open: route.item,
      onToggle: (item: string) => ctx.navigate({ ...route, item: route.item === item ? null : item }),
    };
    replaceContent(indicatorSlot, indicatorsTable(indicators, props));
    replaceContent(layerSlot, layersTable(layers, props));
    void renderSheet();
  }

  async function renderSheet(): Promise<void> {
    if (!catalogue || !route.item) {
      replaceContent(sheet);
      return;
    }
    const item = route.item;
    const { kind, key } = splitItem(item);
    const close = h('button', { type: 'button', class: 'button button--tertiary' }, 'Fermer la fiche');
    close.addEventListener('click', () => ctx.navigate({ ...route, item: null }));
    const props = { origin: ctx.window.location.origin, observatoryName: nameOf, close };
    if (kind === 'layer') {
      const layer = catalogue.layers.find((l) => l.id === key);
      replaceContent(sheet, layer ? layerSheet(layer, props) : missingSheet(`La couche « ${key} » n’existe pas.`));
      return;
    }
    if (!catalogue.indicators.some((i) => i.code === key)) {
      replaceContent(sheet, missingSheet(`L’indicateur « ${key} » n’existe pas.`));
      return;
    }
    replaceContent(sheet, loading('Chargement de la fiche…'));
    let detail: IndicatorDetail;
    try {
      detail = await sheets(key);
    } catch (error) {
      if (!left && route.item === item) showError(sheet, error, () => void renderSheet());
      return;
    }
    if (!left && route.item === item) replaceContent(sheet, indicatorSheet(detail, props));
  }

  void load();

  return {
    update(next: Route) {
      if (next.view !== 'catalogue') return;
      route = next;
      render();
    },
    destroy() {
      left = true;
    },
  };
}
