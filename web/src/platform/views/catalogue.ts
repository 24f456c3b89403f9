/**
 * Data catalogue, for technicians: search the indicators and the layers, filter by observatory and source, read an
 * entry's metadata and coverage, and get its API links (with copy buttons).
 */
import { apiUrl, curlCommand } from '../api/client';
import type { IndicatorDetail, IndicatorSummary, ObservatoryDetail, OgcCollection } from '../api/types';
import type { Context, View } from '../context';
import { formatDate, formatInteger, formatPeriod, levelLabel, searchKey } from '../format';
import { dashboardRoute, routeToUrl, type CatalogueRoute, type Route } from '../routes';
import { copyButton, loading, selectField, showError, sortableTable, uid, type Column } from '../ui/components';
import { h, replaceContent } from '../ui/dom';

interface Catalogue {
  indicators: IndicatorSummary[];
  layers: (OgcCollection & { observatory: string | null })[];
  observatories: ObservatoryDetail[];
}

/** Whether every word of the query is in the text (accents and case ignored). */
export function matches(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchKey(texts.filter(Boolean).join(' '));
  return words.every((w) => haystack.includes(w));
}

/** The source's organisation: "URSSAF, effectifs … (données de démonstration)" → "URSSAF". */
export function sourceName(source: string): string {
  return source.split(/[,(–]/)[0]!.trim();
}

/** "http://www.opengis.net/def/crs/EPSG/0/2154" → "EPSG:2154 (Lambert-93)". */
export function crsName(uri: string): string {
  if (/CRS84$/.test(uri)) return 'WGS 84 (CRS84)';
  const epsg = /EPSG\/0\/(\d+)$/.exec(uri)?.[1];
  if (!epsg) return uri;
  return epsg === '2154' ? 'EPSG:2154 (Lambert-93)' : epsg === '4326' ? 'EPSG:4326 (WGS 84)' : `EPSG:${epsg}`;
}

function apiLinks(ctx: Context, links: [string, string][]): HTMLElement {
  const origin = ctx.window.location.origin;
  return h(
    'ul',
    { class: 'api-links' },
    ...links.map(([label, url]) => {
      // Kept as written (not through URL): the tile template's {z}/{y}/{x} must stay readable.
      const absolute = `${origin}${url}`;
      return h(
        'li',
        {},
        h('span', { class: 'api-links__label' }, label),
        h('code', {}, h('a', { href: url }, absolute)),
        h(
          'span',
          { class: 'api-links__copy' },
          copyButton('Copier l’URL', () => absolute),
          copyButton('Copier la commande curl', () => curlCommand(url, origin)),
        ),
      );
    }),
  );
}

export function mountCatalogue(container: HTMLElement, initial: CatalogueRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let catalogue: Catalogue | null = null;
  const details = new Map<string, Promise<IndicatorDetail>>();

  ctx.setTitle('Catalogue de données');
  const filters = h('form', { class: 'controls', role: 'search', 'aria-label': 'Filtrer le catalogue' });
  filters.addEventListener('submit', (e) => e.preventDefault());
  const resultStatus = h('p', { class: 'search-status', role: 'status' });
  const indicatorSlot = h('div', {}, loading('Chargement du catalogue…'));
  const layerSlot = h('div', {});
  const sheet = h('div', { class: 'sheet-slot' });
  container.append(
    h('h1', { tabindex: '-1' }, 'Catalogue de données'),
    h(
      'p',
      { class: 'lead' },
      'Tous les indicateurs et toutes les couches des observatoires, avec leurs métadonnées, leur couverture et leurs liens d’API (JSON, CSV, GeoJSON, OGC API - Features).',
    ),
    filters,
    resultStatus,
    sheet,
    h('section', { class: 'block', 'aria-labelledby': 'cat-indicators' }, h('h2', { id: 'cat-indicators' }, 'Indicateurs'), indicatorSlot),
    h('section', { class: 'block', 'aria-labelledby': 'cat-layers' }, h('h2', { id: 'cat-layers' }, 'Couches géographiques'), layerSlot),
  );

  async function load(): Promise<void> {
    try {
      const [indicators, collections, observatories] = await Promise.all([
        ctx.client.get({ path: '/api/v1/indicators', query: { limit: 1000 } as never }),
        ctx.client.get({ path: '/ogc/collections' }),
        ctx.observatories(),
      ]);
      const detailsOfObs = await Promise.all(observatories.map((o) => ctx.client.get({ path: '/api/v1/observatories/{slug}', params: { slug: o.slug } })));
      const layerOwner = new Map(detailsOfObs.flatMap((o) => o.layers.map((l) => [l, o.slug] as const)));
      catalogue = {
        indicators: indicators.items,
        layers: collections.collections.map((c) => ({ ...c, observatory: layerOwner.get(c.id) ?? null })),
        observatories: detailsOfObs,
      };
    } catch (error) {
      if (!destroyed) showError(indicatorSlot, error, () => void load());
      return;
    }
    if (!destroyed) render();
  }

  function obsName(slug: string | null): string {
    if (!slug) return 'Référentiel territorial';
    return catalogue?.observatories.find((o) => o.slug === slug)?.name ?? slug;
  }

  function renderFilters(): void {
    if (!catalogue) return;
    const searchId = uid('catalogue-q');
    const input = h('input', { type: 'search', id: searchId, name: 'q', class: 'input', autocomplete: 'off' });
    input.value = route.q;
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => ctx.navigate({ ...route, q: input.value }, { replace: true }), 200);
    });
    const sources = [...new Set(catalogue.indicators.map((i) => sourceName(i.source)))].sort((a, b) => a.localeCompare(b, 'fr'));
    const focused = (ctx.document.activeElement as HTMLInputElement | null)?.name;
    replaceContent(
      filters,
      h(
        'fieldset',
        { class: 'controls__fieldset' },
        h('legend', { class: 'visually-hidden' }, 'Filtres'),
        h('div', { class: 'field field--wide' }, h('label', { for: searchId, class: 'label' }, 'Rechercher (nom, code, définition)'), input),
        selectField(
          'Observatoire',
          'observatory',
          [{ value: '', label: 'Tous' }, ...catalogue.observatories.map((o) => ({ value: o.slug, label: o.name }))],
          route.observatory ?? '',
          (value) => ctx.navigate({ ...route, observatory: value || null }),
        ).field,
        selectField('Source', 'source', [{ value: '', label: 'Toutes' }, ...sources.map((s) => ({ value: s, label: s }))], route.source ?? '', (value) =>
          ctx.navigate({ ...route, source: value || null }),
        ).field,
      ),
    );
    if (focused) {
      const again = filters.querySelector<HTMLInputElement>(`[name="${focused}"]`);
      again?.focus();
      if (again && again.type === 'search') again.setSelectionRange(again.value.length, again.value.length);
    }
  }

  function render(): void {
    if (!catalogue) return;
    const active = ctx.document.activeElement as HTMLInputElement | null;
    const typing = active?.name === 'q' && filters.contains(active);
    if (!typing) renderFilters();
    const indicators = catalogue.indicators.filter(
      (i) =>
        (!route.observatory || i.observatory === route.observatory) &&
        (!route.source || sourceName(i.source) === route.source) &&
        matches(route.q, i.label, i.code, i.source, i.unit, i.theme),
    );
    const layers = catalogue.layers.filter(
      (l) => (!route.observatory || l.observatory === route.observatory) && !route.source && matches(route.q, l.title, l.id, l.description),
    );
    resultStatus.textContent = `${formatInteger(indicators.length)} indicateur${indicators.length > 1 ? 's' : ''} et ${formatInteger(layers.length)} couche${layers.length > 1 ? 's' : ''}.`;
    const open = (item: string): HTMLElement => {
      const [, key] = item.split(/:(.*)/s);
      const button = h('button', { type: 'button', class: 'link-button', 'aria-expanded': String(route.item === item) }, 'Fiche');
      button.setAttribute('aria-label', `Fiche de ${key}`);
      button.addEventListener('click', () => ctx.navigate({ ...route, item: route.item === item ? null : item }));
      return button;
    };
    const indicatorColumns: Column<IndicatorSummary>[] = [
      { key: 'label', label: 'Indicateur', rowHeader: true, cell: (i) => i.label, sort: (i) => i.label },
      { key: 'code', label: 'Code', cell: (i) => h('code', {}, i.code), sort: (i) => i.code },
      { key: 'obs', label: 'Observatoire', cell: (i) => obsName(i.observatory), sort: (i) => obsName(i.observatory) },
      { key: 'source', label: 'Source', cell: (i) => sourceName(i.source), sort: (i) => sourceName(i.source) },
      { key: 'unit', label: 'Unité', cell: (i) => i.unit },
      { key: 'sheet', label: 'Détails', cell: (i) => open(`indicator:${i.code}`) },
    ];
    replaceContent(
      indicatorSlot,
      indicators.length === 0
        ? h('p', {}, 'Aucun indicateur ne correspond à ces filtres.')
        : sortableTable('Indicateurs du catalogue', indicatorColumns, indicators, { key: 'label', direction: 'ascending' }).element,
    );
    const layerColumns: Column<Catalogue['layers'][number]>[] = [
      { key: 'title', label: 'Couche', rowHeader: true, cell: (l) => l.title, sort: (l) => l.title },
      { key: 'id', label: 'Identifiant', cell: (l) => h('code', {}, l.id), sort: (l) => l.id },
      { key: 'obs', label: 'Observatoire', cell: (l) => obsName(l.observatory), sort: (l) => obsName(l.observatory) },
      { key: 'sheet', label: 'Détails', cell: (l) => open(`layer:${l.id}`) },
    ];
    replaceContent(
      layerSlot,
      layers.length === 0
        ? h('p', {}, 'Aucune couche ne correspond à ces filtres.')
        : sortableTable('Couches du catalogue', layerColumns, layers, { key: 'title', direction: 'ascending' }).element,
    );
    void renderSheet();
  }

  async function renderSheet(): Promise<void> {
    if (!catalogue || !route.item) {
      replaceContent(sheet);
      return;
    }
    const item = route.item;
    const [kind, key = ''] = item.split(/:(.*)/s) as [string, string?];
    const close = h('button', { type: 'button', class: 'button button--tertiary' }, 'Fermer la fiche');
    close.addEventListener('click', () => ctx.navigate({ ...route, item: null }));
    if (kind === 'layer') {
      const layer = catalogue.layers.find((l) => l.id === key);
      if (!layer) {
        replaceContent(
          sheet,
          h('div', { class: 'alert alert--error', role: 'alert' }, h('p', { class: 'alert__title' }, `La couche « ${key} » n’existe pas.`)),
        );
        return;
      }
      const bbox = layer.extent.spatial?.bbox[0];
      const interval = layer.extent.temporal?.interval[0];
      const base = `/ogc/collections/${encodeURIComponent(layer.id)}`;
      replaceContent(
        sheet,
        h(
          'article',
          { class: 'sheet', 'aria-labelledby': 'sheet-title', 'data-item': item },
          h('h2', { id: 'sheet-title' }, `Couche : ${layer.title}`),
          h('p', {}, layer.description),
          h(
            'dl',
            { class: 'meta' },
            h('dt', {}, 'Observatoire'),
            h('dd', {}, obsName(layer.observatory)),
            h('dt', {}, 'Emprise'),
            h('dd', {}, bbox ? bbox.map((n) => n.toLocaleString('fr-FR', { maximumFractionDigits: 3 })).join(' ; ') + ' (longitudes, latitudes WGS 84)' : '—'),
            h('dt', {}, 'Période couverte'),
            h('dd', {}, interval ? `${formatDate(interval[0] ?? null)} – ${interval[1] ? formatDate(interval[1]) : 'aujourd’hui'}` : '—'),
            h('dt', {}, 'Systèmes de coordonnées'),
            h('dd', {}, layer.crs.map(crsName).join(', ')),
          ),
          h('h3', {}, 'Liens de l’API'),
          apiLinks(ctx, [
            ['Description OGC', base],
            ['Objets (GeoJSON)', `${base}/items?limit=100`],
            ['Objets (CSV)', `${base}/items?f=csv`],
            ['Propriétés filtrables', `${base}/queryables`],
            ['Tuiles vectorielles (MapLibre, QGIS)', `${base}/tiles/WebMercatorQuad/{z}/{y}/{x}`],
          ]),
          h(
            'p',
            { class: 'note' },
            'Dans QGIS : Couche › Ajouter une couche WFS / OGC API - Features, URL ',
            h('code', {}, `${ctx.window.location.origin}/ogc`),
            '.',
          ),
          close,
        ),
      );
      return;
    }
    const summary = catalogue.indicators.find((i) => i.code === key);
    if (!summary) {
      replaceContent(
        sheet,
        h('div', { class: 'alert alert--error', role: 'alert' }, h('p', { class: 'alert__title' }, `L’indicateur « ${key} » n’existe pas.`)),
      );
      return;
    }
    replaceContent(sheet, loading('Chargement de la fiche…'));
    let detail: IndicatorDetail;
    try {
      let promise = details.get(key);
      if (!promise) {
        promise = ctx.client.get({ path: '/api/v1/indicators/{code}', params: { code: key } });
        details.set(key, promise);
      }
      detail = await promise;
    } catch (error) {
      details.delete(key);
      if (!destroyed && route.item === item) showError(sheet, error, () => void renderSheet());
      return;
    }
    if (destroyed || route.item !== item) return;
    const latest = detail.periods[detail.periods.length - 1] ?? '';
    const code = detail.indicator.code;
    replaceContent(
      sheet,
      h(
        'article',
        { class: 'sheet', 'aria-labelledby': 'sheet-title', 'data-item': item },
        h('h2', { id: 'sheet-title' }, `Indicateur : ${detail.indicator.label}`),
        h('p', {}, detail.definition),
        h(
          'dl',
          { class: 'meta' },
          h('dt', {}, 'Code'),
          h('dd', {}, h('code', {}, code)),
          h('dt', {}, 'Observatoire'),
          h('dd', {}, obsName(detail.indicator.observatory)),
          h('dt', {}, 'Unité'),
          h('dd', {}, detail.indicator.unit),
          h('dt', {}, 'Source'),
          h(
            'dd',
            {},
            detail.indicator.sourceUrl ? h('a', { href: detail.indicator.sourceUrl, rel: 'noopener' }, detail.indicator.source) : detail.indicator.source,
          ),
          h('dt', {}, 'Licence'),
          h('dd', {}, detail.indicator.licence),
          h('dt', {}, 'Couverture temporelle'),
          h('dd', {}, `${formatInteger(detail.periods.length)} périodes, de ${formatPeriod(detail.periods[0] ?? '')} à ${formatPeriod(latest)}`),
          h('dt', {}, 'Couverture territoriale'),
          h(
            'dd',
            {},
            `valeurs stockées par ${detail.storedLevels.map((l) => levelLabel(l)).join(', ')} ; agrégées pour ${detail.aggregableLevels.map((l) => levelLabel(l)).join(', ')}`,
          ),
        ),
        h(
          'p',
          {},
          h(
            'a',
            { href: routeToUrl(dashboardRoute(detail.indicator.observatory, { indicator: code })), 'data-nav': '' },
            'Ouvrir dans le tableau de bord de l’observatoire',
          ),
        ),
        h('h3', {}, 'Liens de l’API'),
        apiLinks(ctx, [
          ['Fiche (JSON)', apiUrl({ path: '/api/v1/indicators/{code}', params: { code } })],
          [
            'Valeurs par commune (CSV)',
            apiUrl({ path: '/api/v1/indicators/{code}/values', params: { code }, query: { level: 'commune', period: latest, format: 'csv' } }),
          ],
          ['Valeurs par EPCI (JSON)', apiUrl({ path: '/api/v1/indicators/{code}/values', params: { code }, query: { level: 'epci', period: latest } })],
          [
            'Série, base 100 (JSON)',
            apiUrl({
              path: '/api/v1/indicators/{code}/series',
              params: { code },
              query: { territories: 'groupement:aula,departement:62', index: detail.periods[0] ?? null },
            }),
          ],
          [
            'Carte (GeoJSON)',
            apiUrl({ path: '/api/v1/indicators/{code}/map', params: { code }, query: { level: 'commune', within: 'groupement:aula', period: latest } }),
          ],
        ]),
        close,
      ),
    );
  }

  void load();

  return {
    update(next: Route) {
      if (next.view !== 'catalogue') return;
      route = next;
      render();
    },
    destroy() {
      destroyed = true;
    },
  };
}
