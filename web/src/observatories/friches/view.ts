/**
 * Carte des friches: the brownfields on a map (coloured by mutability score or by status) with its table, filters by
 * territory, status, area and score; a site's characterisation sheet with the breakdown of its score and its
 * vocations; and the weights of the score as sliders that rescore every site through the what-if endpoint (a
 * simulation: nothing is written, the stored scores stay as they are). Loaded on demand. Every choice is in the URL.
 */
import './friches.css';
import { ApiError, apiUrl } from '../../platform/api/client';
import { postWhatIf, type FricheFeatureCollection, type SiteDetail, type SiteItem, type SiteScore, type SitesResponse, type WhatIfResponse } from './api';
import type { TerritoryFeatureCollection, TerritorySummary } from '../../platform/api/types';
import type { Context, TerritoryChoices, View } from '../../platform/context';
import { formatDate, formatDecimal, formatInteger, formatSigned, MISSING } from '../../platform/format';
import type { SiteFeatures, SitesMap } from './sitesMap';
import type { Route } from '../../platform/routes';
import { isFrichesRoute, type FrichesRoute } from './route';
import { apiAddress, loading, mountMap, selectField, showError, sortableTable, uid, type Column } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import {
  breakdownTotal,
  changedWeights,
  CRITERIA_FALLBACK,
  plural,
  SCORE_CLASSES,
  scoreClass,
  STATUS_COLOURS,
  STATUS_LABELS,
  statusLabel,
  STATUSES,
  vocationLabel,
} from './domain';
import { criterionValue, sheetFacts } from './facts';

const SLIDER_MAX = 10;
const SLIDER_STEP = 0.5;
const WHAT_IF_DELAY_MS = 350;

// --- the view ----------------------------------------------------------------------------------------------------------

export function mountFriches(container: HTMLElement, initial: FrichesRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let choices: TerritoryChoices | null = null;
  let sites: SitesResponse | null = null;
  let features: FricheFeatureCollection | null = null;
  let defaults: Record<string, number> | null = null;
  let criteriaLabels: Map<string, string> = new Map();
  let simulation: WhatIfResponse | null = null;
  let listKey = '';
  let siteGeneration = 0;
  let listGeneration = 0;
  let whatIfGeneration = 0;
  let whatIfAbort: AbortController | null = null;
  let fitted = route.map !== null;
  const communesOf = new Map<string, Promise<TerritorySummary[]>>();

  ctx.setTitle('Carte des friches');
  const controls = h('form', { class: 'controls', 'aria-label': 'Filtres des friches' });
  controls.addEventListener('submit', (e) => e.preventDefault());
  const summary = h('div', { class: 'friches-summary', 'aria-live': 'polite' }, loading('Chargement des friches…'));
  const mapElement = h('div', { class: 'map', id: 'friches-map' });
  const mapStatus = h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…');
  const legendSlot = h('div', { class: 'legend-slot' });
  const listSlot = h('div', {}, loading('Chargement de la liste…'));
  const sheetSlot = h('div', { class: 'site-sheet-slot', 'aria-live': 'polite' });
  const whatIfSlot = h('div', { class: 'what-if' }, loading('Chargement des pondérations…'));
  const whatIfResults = h('div', { class: 'what-if__results', 'aria-live': 'polite' });
  const downloadSlot = h('div', { class: 'downloads' });

  container.append(
    h(
      'p',
      { class: 'breadcrumb' },
      h('a', { href: '/', 'data-nav': '' }, 'Portail'),
      ' › ',
      h('a', { href: '/observatories/friches', 'data-nav': '' }, 'Tableau de bord des friches'),
      ' › ',
      h('span', { class: 'breadcrumb__here' }, 'Carte des friches'),
    ),
    h('h1', { tabindex: '-1' }, 'Carte des friches'),
    h(
      'p',
      { class: 'lead' },
      'Les friches repérées et caractérisées par l’agence, avec leur score de mutabilité (0 à 100 : plus il est élevé, plus le site est facile à recycler) et leur statut de suivi. Choisissez un site pour sa fiche ; les curseurs de pondération simulent d’autres scores sans rien enregistrer.',
    ),
    controls,
    summary,
    h(
      'section',
      { class: 'block block--map', 'aria-labelledby': 'friches-map-title' },
      h('h2', { id: 'friches-map-title' }, 'Carte'),
      h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, mapElement, mapStatus), h('div', { class: 'map-side' }, legendSlot)),
      h(
        'p',
        { class: 'note' },
        'Cliquez un site pour ouvrir sa fiche. Au clavier : flèches pour déplacer la carte, + et − pour zoomer ; ',
        h('a', { href: '#friches-liste' }, 'tous les sites de la carte sont dans la liste'),
        '.',
      ),
    ),
    h('section', { class: 'block', id: 'fiche', 'aria-labelledby': 'fiche-title' }, h('h2', { id: 'fiche-title' }, 'Fiche du site'), sheetSlot),
    h(
      'section',
      { class: 'block', id: 'friches-liste', 'aria-labelledby': 'friches-list-title' },
      h('h2', { id: 'friches-list-title' }, 'Liste des friches'),
      listSlot,
    ),
    h(
      'section',
      { class: 'block block--simulation', id: 'simulation', 'aria-labelledby': 'what-if-title' },
      h('h2', { id: 'what-if-title' }, 'Simulation : d’autres pondérations du score'),
      h(
        'p',
        { class: 'simulation-banner' },
        h('strong', {}, 'Simulation'),
        ' — les scores simulés ne sont pas enregistrés : les scores affichés sur la carte, dans la liste et dans les fiches restent ceux des pondérations en vigueur.',
      ),
      whatIfSlot,
      whatIfResults,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'friches-download-title' },
      h('h2', { id: 'friches-download-title' }, 'Télécharger et réutiliser'),
      downloadSlot,
    ),
  );
  sheetSlot.append(h('p', { class: 'note' }, 'Choisissez un site sur la carte ou dans la liste pour afficher sa fiche.'));

  // --- the map, loaded on demand ---------------------------------------------------------------------------------------
  let map: SitesMap | null = null;
  let movedByMap = false;
  const mapReady: Promise<SitesMap | null> = mountMap(
    import('./sitesMap').then(({ createSitesMap }) =>
      createSitesMap(mapElement, {
        position: route.map,
        label: 'Carte des friches',
        onMove: (position) => {
          if (destroyed) return;
          movedByMap = true;
          ctx.navigate({ ...route, map: position }, { replace: true });
        },
        onSelect: (id) => {
          if (destroyed || id === null || id === route.site) return;
          focusSheet = true;
          ctx.navigate({ ...route, site: id });
        },
      }),
    ),
    mapElement,
    mapStatus,
    () => destroyed,
  ).then((created) => (map = created));

  // --- loading ---------------------------------------------------------------------------------------------------------
  async function start(): Promise<void> {
    void loadContext();
    void loadWeights();
    try {
      choices = await ctx.territoryChoices();
    } catch {
      choices = null;
    }
    if (destroyed) return;
    apply();
  }

  async function loadContext(): Promise<void> {
    try {
      const [epcis, layer] = await Promise.all([
        ctx.client.getFeatureCollection<TerritoryFeatureCollection>(
          apiUrl({ path: '/api/v1/territories', query: { level: 'epci', format: 'geojson', resolution: 'low', limit: 100 } }),
        ),
        ctx.client.getFeatureCollection<FricheFeatureCollection>(
          apiUrl({ path: '/ogc/collections/{collectionId}/items', params: { collectionId: 'friches-sites' }, query: { limit: 10000 } }),
        ),
      ]);
      if (destroyed) return;
      features = layer;
      const m = await mapReady;
      m?.setContext(epcis);
      drawMap();
    } catch (error) {
      if (destroyed) return;
      mapStatus.hidden = false;
      showError(mapStatus, error, () => void loadContext());
    }
  }

  /** Applies the route, redrawing only what changed since `previous` (the list keeps its sort when a site is chosen). */
  function apply(previous: FrichesRoute | null = null): void {
    const filtersChanged = previous === null || (['epci', 'commune', 'status', 'minArea', 'minScore', 'colour'] as const).some((k) => previous[k] !== route[k]);
    if (filtersChanged) {
      renderControls();
      renderDownloads();
    }
    const key = [route.epci, route.commune, route.status, route.minArea, route.minScore].join('|');
    if (key !== listKey) {
      listKey = key;
      void loadList();
    } else if (previous && previous.colour !== route.colour) {
      renderLegend();
      void drawMap();
      renderList();
    }
    if (previous === null || previous.site !== route.site) {
      void loadSite();
      markSelected();
    }
    void runWhatIf();
    void mapReady.then((m) => m?.setSelected(route.site));
  }

  /** The chosen site highlighted in the tables, without redrawing them. */
  function markSelected(): void {
    for (const row of container.querySelectorAll<HTMLElement>('tr[data-site]')) {
      const chosen = row.dataset['site'] === String(route.site);
      row.classList.toggle('is-selected', chosen);
      const button = row.querySelector('button.link-button');
      if (button && row.closest('#friches-liste')) button.setAttribute('aria-pressed', String(chosen));
    }
  }

  async function loadList(): Promise<void> {
    const mine = ++listGeneration;
    replaceContent(summary, loading('Chargement des friches…'));
    summary.setAttribute('aria-busy', 'true');
    try {
      const answer = await ctx.client.get({
        path: '/api/v1/friches/sites',
        query: {
          epci: route.epci,
          commune: route.commune,
          status: route.status,
          minArea: route.minArea,
          minScore: route.minScore,
          limit: 1000,
        },
      });
      if (mine !== listGeneration || destroyed) return;
      sites = answer;
      renderSummary(answer);
      renderLegend();
      renderList();
      drawMap();
      renderSimulation();
    } catch (error) {
      if (mine !== listGeneration || destroyed) return;
      showError(summary, error, () => {
        listKey = '';
        apply();
      });
      replaceContent(listSlot);
    }
  }

  function siteLabel(item: SiteItem): string {
    return `${item.name} (${item.communeName}) : score ${formatDecimal(item.score, 1)}, ${statusLabel(item.status).toLowerCase()}, ${formatDecimal(item.areaHa, 1)} ha`;
  }

  function colourOf(item: SiteItem): string {
    return route.colour === 'status' ? (STATUS_COLOURS[item.status] ?? '#666') : SCORE_CLASSES[scoreClass(item.score)]!.colour;
  }

  async function drawMap(): Promise<void> {
    const m = await mapReady;
    if (!m || !sites || !features || destroyed) return;
    const byId = new Map(sites.items.map((s) => [s.id, s]));
    const shown: SiteFeatures = {
      type: 'FeatureCollection',
      features: features.features.flatMap((f) => {
        const item = byId.get(Number(f.id));
        return item
          ? [{ type: 'Feature' as const, id: item.id, geometry: f.geometry, properties: { id: item.id, colour: colourOf(item), label: siteLabel(item) } }]
          : [];
      }),
    };
    const fit = !fitted || (route.map === null && shown.features.length > 0 && mapElement.dataset['fitted'] !== listKey);
    m.setSites(shown, fit && shown.features.length > 0);
    if (fit) {
      fitted = true;
      mapElement.dataset['fitted'] = listKey;
    }
    m.setSelected(route.site);
    m.setLabel(
      `Carte des friches : ${plural(shown.features.length, 'site')} colorés par ${route.colour === 'status' ? 'statut' : 'score de mutabilité'}. La liste des sites suit la carte.`,
    );
    await m.idle();
    if (destroyed) return;
    mapStatus.hidden = true;
    mapElement.dataset['drawn'] = `${listKey}|${route.colour}|${shown.features.length}`;
  }

  async function communes(epci: string): Promise<TerritorySummary[]> {
    let list = communesOf.get(epci);
    if (!list) {
      list = ctx.client.get({ path: '/api/v1/territories', query: { level: 'commune', within: epci, limit: 500 } }).then((p) => p.items);
      communesOf.set(epci, list);
      list.catch(() => communesOf.delete(epci));
    }
    return list;
  }

  function go(changes: Partial<FrichesRoute>, replace = false): void {
    ctx.navigate({ ...route, ...changes }, { replace });
  }

  function renderControls(): void {
    const focusedName = (ctx.document.activeElement as HTMLInputElement | null)?.name;
    const epcis = choices?.epcis ?? [];
    const epciField = selectField(
      'Intercommunalité',
      'epci',
      [{ value: '', label: 'Toutes les intercommunalités' }, ...epcis.map((t) => ({ value: t.id, label: t.name }))],
      route.epci ?? '',
      (value) => go({ epci: value || null, commune: null, map: null }),
    ).field;
    const communeSlot = h('div', { class: 'field-slot' });
    if (route.epci) {
      const epci = route.epci;
      void communes(epci).then(
        (list) => {
          if (destroyed || route.epci !== epci) return;
          const field = selectField(
            'Commune',
            'commune',
            [{ value: '', label: 'Toutes les communes' }, ...list.map((t) => ({ value: t.id, label: t.name }))],
            route.commune ?? '',
            (value) => go({ commune: value || null, map: null }),
          ).field;
          replaceContent(communeSlot, field);
          if (focusedName === 'commune') (communeSlot.querySelector('select') as HTMLElement | null)?.focus();
        },
        () => replaceContent(communeSlot),
      );
    }
    const statusField = selectField(
      'Statut',
      'status',
      [{ value: '', label: 'Tous les statuts' }, ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s]! }))],
      route.status ?? '',
      (value) => go({ status: value || null }),
    ).field;
    const numberField = (label: string, name: 'minArea' | 'minScore', max: number, step: string, placeholder: string): HTMLElement => {
      const id = uid(name);
      const input = h('input', { type: 'number', id, name, class: 'input input--number', min: 0, max, step, inputmode: 'decimal', placeholder });
      input.value = route[name] === null ? '' : String(route[name]);
      input.addEventListener('change', () => {
        const raw = input.value.trim().replace(',', '.');
        const value = raw === '' ? null : Number(raw);
        if (value !== null && (!Number.isFinite(value) || value < 0 || value > max)) {
          input.setAttribute('aria-invalid', 'true');
          return;
        }
        input.removeAttribute('aria-invalid');
        go({ [name]: value } as Partial<FrichesRoute>);
      });
      return h('div', { class: 'field' }, h('label', { for: id, class: 'label' }, label), input);
    };
    const colourField = selectField(
      'Couleur des sites',
      'colour',
      [
        { value: 'score', label: 'Score de mutabilité' },
        { value: 'status', label: 'Statut de suivi' },
      ],
      route.colour,
      (value) => go({ colour: value === 'status' ? 'status' : 'score' }),
    ).field;
    replaceContent(
      controls,
      h(
        'fieldset',
        { class: 'controls__fieldset' },
        h('legend', { class: 'visually-hidden' }, 'Filtres'),
        epciField,
        communeSlot,
        statusField,
        numberField('Surface minimale (ha)', 'minArea', 100_000, '0.5', 'ex. 1'),
        numberField('Score minimal (0 à 100)', 'minScore', 100, '5', 'ex. 50'),
        colourField,
      ),
    );
    if (focusedName && !controls.contains(ctx.document.activeElement)) {
      (controls.querySelector(`[name="${focusedName}"]`) as HTMLElement | null)?.focus();
    }
  }

  function renderSummary(answer: SitesResponse): void {
    const area = answer.byStatus.reduce((sum, s) => sum + s.areaHa, 0);
    const active = answer.byStatus.filter((s) => s.status !== 'reconvertie' && s.status !== 'abandonnee');
    replaceContent(
      summary,
      h(
        'p',
        { class: 'friches-summary__total', 'data-total': answer.total },
        h('strong', {}, plural(answer.total, 'friche')),
        ` pour ${formatDecimal(area, 1)}\u00a0ha, dont ${plural(
          active.reduce((n, s) => n + s.count, 0),
          'site',
        )} encore en friche (${formatDecimal(
          active.reduce((n, s) => n + s.areaHa, 0),
          1,
        )}\u00a0ha).`,
      ),
      h(
        'ul',
        { class: 'status-chips', 'aria-label': 'Nombre et surface par statut' },
        ...answer.byStatus.map((s) =>
          h(
            'li',
            { class: 'status-chip', 'data-status': s.status },
            h('span', { class: 'legend__swatch', style: `background:${STATUS_COLOURS[s.status] ?? '#666'}` }),
            `${statusLabel(s.status)} : ${formatInteger(s.count)} (${formatDecimal(s.areaHa, 1)}\u00a0ha)`,
          ),
        ),
      ),
    );
  }

  function renderLegend(): void {
    if (!sites) return;
    const items = sites.items;
    const entries =
      route.colour === 'status'
        ? STATUSES.map((s) => ({ colour: STATUS_COLOURS[s]!, label: STATUS_LABELS[s]!, count: items.filter((i) => i.status === s).length }))
        : SCORE_CLASSES.map((c, k) => ({ colour: c.colour, label: c.label, count: items.filter((i) => scoreClass(i.score) === k).length }));
    replaceContent(
      legendSlot,
      h(
        'figure',
        { class: 'legend', 'data-legend': route.colour },
        h('figcaption', { class: 'legend__title' }, route.colour === 'status' ? 'Statut de suivi' : 'Score de mutabilité (sur 100)'),
        h(
          'ol',
          { class: 'legend__list' },
          ...entries.map((e) =>
            h(
              'li',
              { class: 'legend__class' },
              h('span', { class: 'legend__swatch', 'data-colour': e.colour, style: `background:${e.colour}` }),
              `${e.label} `,
              h('span', { class: 'legend__count' }, `(${formatInteger(e.count)})`),
            ),
          ),
        ),
        h('p', { class: 'legend__method' }, 'Sous le zoom 12, chaque site est aussi marqué d’un point.'),
      ),
    );
  }

  function renderList(): void {
    if (!sites) return;
    const simulated = simulation && Object.keys(route.weights).length > 0 ? new Map(simulation.sites.map((s) => [s.id, s])) : null;
    const columns: Column<SiteItem>[] = [
      {
        key: 'name',
        label: 'Site',
        rowHeader: true,
        cell: (s) => {
          const button = h('button', { type: 'button', class: 'link-button', 'aria-pressed': String(s.id === route.site) }, s.name);
          button.addEventListener('click', () => {
            focusSheet = s.id !== route.site;
            go({ site: s.id === route.site ? null : s.id });
          });
          return button;
        },
        sort: (s) => s.name,
      },
      { key: 'commune', label: 'Commune', cell: (s) => s.communeName, sort: (s) => s.communeName },
      { key: 'status', label: 'Statut', cell: (s) => statusLabel(s.status), sort: (s) => STATUSES.indexOf(s.status as (typeof STATUSES)[number]) },
      { key: 'area', label: 'Surface (ha)', numeric: true, cell: (s) => formatDecimal(s.areaHa, 2), sort: (s) => s.areaHa },
      { key: 'score', label: 'Score', numeric: true, cell: (s) => formatDecimal(s.score, 1), sort: (s) => s.score },
      { key: 'vocation', label: 'Meilleure vocation', cell: (s) => vocationLabel(s.bestVocation), sort: (s) => vocationLabel(s.bestVocation) },
    ];
    if (simulated) {
      columns.push({
        key: 'whatIf',
        label: 'Score simulé',
        numeric: true,
        cell: (s) => {
          const x = simulated.get(s.id);
          return x ? h('span', { class: 'simulated' }, formatDecimal(x.whatIf, 1)) : MISSING;
        },
        sort: (s) => simulated.get(s.id)?.whatIf ?? null,
      });
    }
    const table = sortableTable(
      `${plural(sites.total, 'friche')}, du meilleur score au moins bon`,
      columns,
      sites.items,
      { key: 'score', direction: 'descending' },
      (s) => ({ 'data-site': String(s.id), class: s.id === route.site ? 'is-selected' : '' }),
    );
    replaceContent(listSlot, sites.items.length === 0 ? h('p', {}, 'Aucune friche ne correspond à ces filtres.') : table.element);
  }

  // --- the sheet -------------------------------------------------------------------------------------------------------
  let shownSite: number | null = null;
  /** A site chosen on the map or in a table: its sheet gets the focus (keyboard and screen-reader users land on it). */
  let focusSheet = false;
  async function loadSite(): Promise<void> {
    const id = route.site;
    if (id === shownSite && id !== null && sheetSlot.querySelector('.site-sheet')) {
      renderSheetSimulation();
      return;
    }
    const mine = ++siteGeneration;
    shownSite = id;
    if (id === null) {
      replaceContent(sheetSlot, h('p', { class: 'note' }, 'Choisissez un site sur la carte ou dans la liste pour afficher sa fiche.'));
      return;
    }
    replaceContent(sheetSlot, loading('Chargement de la fiche…'));
    try {
      const detail = await ctx.client.get({ path: '/api/v1/friches/sites/{id}', params: { id } });
      if (mine !== siteGeneration || destroyed) return;
      renderSheet(detail);
    } catch (error) {
      if (mine !== siteGeneration || destroyed) return;
      shownSite = null;
      const explained =
        error instanceof ApiError && error.status === 404
          ? new ApiError(`Il n’y a pas de friche n° ${id}.`, { kind: 'http', url: error.url, status: 404, problem: error.problem })
          : error;
      showError(sheetSlot, explained, () => void loadSite());
    }
  }

  function renderSheet(detail: SiteDetail): void {
    const sheet = detail.sheet;
    const epciName = choices?.epcis.find((e) => e.id === sheet.epciId)?.name ?? null;
    criteriaLabels = new Map(detail.score.breakdown.map((l) => [l.criterion, l.label]));
    const close = h('button', { type: 'button', class: 'button button--tertiary' }, 'Fermer la fiche');
    close.addEventListener('click', () => go({ site: null }));
    const total = breakdownTotal(detail.score.breakdown);
    const weightSum = detail.score.breakdown.reduce((s, l) => s + l.weight, 0);
    const breakdown = h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Décomposition du score' },
      h(
        'table',
        { class: 'table breakdown' },
        h(
          'caption',
          {},
          `Décomposition du score de mutabilité : chaque critère note le site de 0 à 5 points ; le score est la moyenne des points pondérée, ramenée à 100.`,
        ),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...['Critère', 'Valeur', 'Points (sur 5)', 'Poids', 'Contribution au score'].map((label, i) =>
              h('th', { scope: 'col', class: i >= 2 ? 'num' : null }, label),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          ...detail.score.breakdown.map((line) =>
            h(
              'tr',
              { 'data-criterion': line.criterion },
              h('th', { scope: 'row' }, line.label),
              h('td', {}, criterionValue(line.criterion, line.value)),
              h(
                'td',
                { class: 'num', 'data-points': line.points },
                h('span', { class: 'points', 'aria-hidden': 'true', style: `--points:${line.points}` }),
                `${line.points}`,
              ),
              h('td', { class: 'num', 'data-weight': line.weight }, formatDecimal(line.weight, 2)),
              h('td', { class: 'num', 'data-contribution': line.contribution }, formatDecimal(line.contribution, 2)),
            ),
          ),
        ),
        h(
          'tfoot',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, 'Score'),
            h('td', {}, ''),
            h('td', { class: 'num' }, ''),
            h('td', { class: 'num' }, formatDecimal(weightSum, 2)),
            h('td', { class: 'num', 'data-testid': 'breakdown-total', 'data-value': total }, h('strong', {}, `${formatDecimal(total, 1)} / 100`)),
          ),
        ),
      ),
    );
    const vocations = h(
      'ul',
      { class: 'vocations', 'aria-label': 'Adéquation aux vocations, de 0 à 100' },
      ...detail.vocations.map((v, i) =>
        h(
          'li',
          { class: 'vocation', 'data-vocation': v.vocation },
          h('span', { class: 'vocation__label' }, v.label, i === 0 ? h('span', { class: 'badge' }, 'la plus adaptée') : null),
          h(
            'span',
            { class: 'vocation__bar', 'aria-hidden': 'true' },
            h('span', { class: 'vocation__fill', style: `width:${Math.max(0, Math.min(100, v.suitability))}%` }),
          ),
          h('span', { class: 'vocation__value' }, `${formatDecimal(v.suitability, 1)} / 100`),
        ),
      ),
    );
    const history = detail.history.length
      ? h(
          'ol',
          { class: 'history' },
          ...detail.history.map((step) =>
            h(
              'li',
              {},
              `${formatDate(step.on)} : ${step.from ? `${statusLabel(step.from)} → ` : ''}${statusLabel(step.to)}`,
              step.actor ? h('span', { class: 'history__actor' }, ` (${step.actor})`) : null,
            ),
          ),
        )
      : h('p', {}, 'Pas d’historique.');
    replaceContent(
      sheetSlot,
      h(
        'article',
        { class: 'site-sheet', 'data-site': sheet.id, 'aria-labelledby': 'site-sheet-title' },
        h(
          'header',
          { class: 'site-sheet__head' },
          h('h3', { id: 'site-sheet-title', tabindex: '-1' }, sheet.name),
          h(
            'p',
            { class: 'site-sheet__status' },
            h('span', { class: 'status-badge', style: `--status:${STATUS_COLOURS[sheet.status] ?? '#666'}` }, statusLabel(sheet.status)),
            ' ',
            sheet.fieldCheckedOn ? `vérifiée sur le terrain le ${formatDate(sheet.fieldCheckedOn)}` : 'pas encore vérifiée sur le terrain',
          ),
          h(
            'div',
            { class: 'site-sheet__score' },
            h('p', { class: 'key-figure__label' }, 'Score de mutabilité (pondérations en vigueur)'),
            h(
              'p',
              { class: 'key-figure__value', 'data-testid': 'stored-score', 'data-value': detail.score.value },
              `${formatDecimal(detail.score.value, 1)} / 100`,
            ),
            h('div', { class: 'site-sheet__simulated', 'data-testid': 'sheet-simulation' }),
          ),
        ),
        h(
          'div',
          { class: 'site-sheet__grid' },
          h(
            'div',
            {},
            h('h4', {}, 'Caractérisation'),
            h('dl', { class: 'meta' }, ...sheetFacts(sheet, epciName).flatMap(([t, v]) => [h('dt', {}, t), h('dd', {}, v)])),
          ),
          h('div', {}, h('h4', {}, 'Vocations possibles'), vocations, h('h4', {}, 'Historique du statut'), history),
        ),
        h('h4', {}, 'Décomposition du score'),
        breakdown,
        h(
          'p',
          { class: 'site-sheet__actions' },
          close,
          ' ',
          h('a', { href: apiUrl({ path: '/api/v1/friches/sites/{id}', params: { id: sheet.id } }) }, 'Cette fiche dans l’API (JSON)'),
        ),
      ),
    );
    renderSheetSimulation();
    renderWeights();
    if (focusSheet) {
      focusSheet = false;
      const heading = sheetSlot.querySelector<HTMLElement>('#site-sheet-title');
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView?.({ block: 'start' });
    }
  }

  function renderSheetSimulation(): void {
    const slot = sheetSlot.querySelector('[data-testid="sheet-simulation"]');
    if (!slot) return;
    const simulated = route.site !== null && simulation && Object.keys(route.weights).length > 0 ? simulation.sites.find((s) => s.id === route.site) : null;
    if (!simulated) {
      replaceContent(slot);
      return;
    }
    replaceContent(
      slot,
      h(
        'p',
        { class: 'simulated-score', 'data-value': simulated.whatIf },
        h('span', { class: 'badge badge--simulation' }, 'Simulation'),
        ` ${formatDecimal(simulated.whatIf, 1)} / 100 avec les pondérations simulées (${formatSigned(Math.round((simulated.whatIf - simulated.current) * 10) / 10, 1)}), rang ${formatInteger(simulated.rankWhatIf)} au lieu de ${formatInteger(simulated.rankNow)}`,
      ),
    );
  }

  // --- what-if ---------------------------------------------------------------------------------------------------------
  async function loadWeights(): Promise<void> {
    try {
      const answer = await postWhatIf({ weights: {} });
      if (destroyed) return;
      defaults = answer.weights;
      renderWeights();
      void runWhatIf();
    } catch (error) {
      if (!destroyed) showError(whatIfSlot, error, () => void loadWeights());
    }
  }

  let pending: ReturnType<typeof setTimeout> | undefined;
  let draft: Record<string, number> = {};
  const sliders = new Map<string, { input: HTMLInputElement; output: HTMLOutputElement; wrapper: HTMLElement }>();
  let resetButton: HTMLButtonElement | null = null;
  let slidersLabelled = false;

  /** Builds the sliders once (again when the criteria's labels arrive with a sheet); syncWeights keeps them in step. */
  function renderWeights(): void {
    if (!defaults) return;
    if (sliders.size > 0 && (slidersLabelled || criteriaLabels.size === 0)) {
      syncWeights();
      return;
    }
    slidersLabelled = criteriaLabels.size > 0;
    const base = defaults;
    sliders.clear();
    draft = { ...base, ...route.weights };
    const rows = Object.keys(base).map((criterion) => {
      const id = uid(`weight-${criterion}`);
      const value = draft[criterion] ?? 0;
      const output = h('output', { class: 'slider__value', for: id, 'data-criterion': criterion }, formatDecimal(value, 1));
      const input = h('input', {
        type: 'range',
        id,
        name: `weight-${criterion}`,
        class: 'slider__input',
        min: 0,
        max: SLIDER_MAX,
        step: SLIDER_STEP,
        'data-criterion': criterion,
        'aria-describedby': `${id}-default`,
      });
      input.value = String(value);
      input.addEventListener('input', () => {
        draft[criterion] = Number(input.value);
        output.textContent = formatDecimal(Number(input.value), 1);
        wrapper.classList.toggle('slider--changed', draft[criterion] !== base[criterion]);
        clearTimeout(pending);
        pending = setTimeout(() => {
          if (destroyed) return;
          go({ weights: changedWeights(draft, base) }, true);
        }, WHAT_IF_DELAY_MS);
      });
      const wrapper = h(
        'div',
        { class: 'slider' },
        h('label', { for: id, class: 'slider__label' }, criteriaLabels.get(criterion) ?? CRITERIA_FALLBACK[criterion] ?? criterion),
        input,
        output,
        h('span', { class: 'slider__default', id: `${id}-default` }, `en vigueur : ${formatDecimal(base[criterion], 1)}`),
      );
      sliders.set(criterion, { input, output, wrapper });
      return wrapper;
    });
    const reset = h('button', { type: 'button', class: 'button button--secondary', 'data-testid': 'reset-weights' }, 'Revenir aux pondérations en vigueur');
    reset.addEventListener('click', () => {
      clearTimeout(pending);
      go({ weights: {} });
    });
    resetButton = reset;
    const focusedName = (ctx.document.activeElement as HTMLInputElement | null)?.name;
    replaceContent(
      whatIfSlot,
      h(
        'fieldset',
        { class: 'sliders' },
        h('legend', {}, 'Poids de chaque critère, de 0 à 10 (la simulation se recalcule dès que le curseur s’arrête)'),
        ...rows,
      ),
      h('p', {}, reset),
      h(
        'p',
        { class: 'note' },
        'Les pondérations en vigueur sont celles de l’agence ; quelques intercommunalités en ont d’autres pour certains critères : c’est pourquoi un site peut changer de score simulé sans que vous ayez bougé de curseur. La simulation applique les mêmes pondérations à tous les sites.',
      ),
    );
    if (focusedName?.startsWith('weight-')) (whatIfSlot.querySelector(`[name="${focusedName}"]`) as HTMLElement | null)?.focus();
    syncWeights();
  }

  /** The sliders follow the route (back button, reset, a shared link) without being rebuilt under the pointer. */
  function syncWeights(): void {
    if (!defaults) return;
    draft = { ...defaults, ...route.weights };
    for (const [criterion, { input, output, wrapper }] of sliders) {
      const value = draft[criterion] ?? 0;
      if (Number(input.value) !== value) input.value = String(value);
      output.textContent = formatDecimal(value, 1);
      wrapper.classList.toggle('slider--changed', value !== defaults[criterion]);
    }
    if (resetButton) resetButton.disabled = Object.keys(route.weights).length === 0;
  }

  let simulatedKey = '';
  async function runWhatIf(): Promise<void> {
    if (!defaults) return;
    const weights = route.weights;
    const key = JSON.stringify(weights);
    if (key === simulatedKey) return;
    simulatedKey = key;
    const mine = ++whatIfGeneration;
    whatIfAbort?.abort();
    if (Object.keys(weights).length === 0) {
      simulation = null;
      renderWeights();
      renderSimulation();
      renderSheetSimulation();
      renderList();
      return;
    }
    renderWeights();
    whatIfResults.setAttribute('aria-busy', 'true');
    const abort = new AbortController();
    whatIfAbort = abort;
    try {
      const answer = await postWhatIf({ weights }, { signal: abort.signal });
      if (mine !== whatIfGeneration || destroyed) return;
      simulation = answer;
      renderSimulation();
      renderSheetSimulation();
      renderList();
    } catch (error) {
      if (mine !== whatIfGeneration || destroyed) return;
      simulatedKey = '';
      showError(whatIfResults, error, () => void runWhatIf());
    }
  }

  function renderSimulation(): void {
    whatIfResults.removeAttribute('aria-busy');
    if (!simulation || Object.keys(route.weights).length === 0) {
      replaceContent(
        whatIfResults,
        h('p', { class: 'note' }, 'Déplacez un curseur : les scores et le classement simulés s’afficheront ici, à côté des scores en vigueur.'),
      );
      return;
    }
    const inList = sites ? new Set(sites.items.map((s) => s.id)) : null;
    const rows = simulation.sites.filter((s) => !inList || inList.has(s.id));
    const moved = rows.filter((s) => s.rankWhatIf !== s.rankNow).length;
    const columns: Column<SiteScore>[] = [
      { key: 'rankWhatIf', label: 'Rang simulé', numeric: true, cell: (s) => formatInteger(s.rankWhatIf), sort: (s) => s.rankWhatIf },
      { key: 'rankNow', label: 'Rang en vigueur', numeric: true, cell: (s) => formatInteger(s.rankNow), sort: (s) => s.rankNow },
      {
        key: 'name',
        label: 'Site',
        rowHeader: true,
        cell: (s) => {
          const button = h('button', { type: 'button', class: 'link-button' }, s.name);
          button.addEventListener('click', () => {
            focusSheet = true;
            go({ site: s.id });
          });
          return button;
        },
        sort: (s) => s.name,
      },
      { key: 'current', label: 'Score en vigueur', numeric: true, cell: (s) => formatDecimal(s.current, 1), sort: (s) => s.current },
      {
        key: 'whatIf',
        label: 'Score simulé',
        numeric: true,
        cell: (s) => h('span', { class: 'simulated' }, formatDecimal(s.whatIf, 1)),
        sort: (s) => s.whatIf,
      },
      {
        key: 'delta',
        label: 'Écart',
        numeric: true,
        cell: (s) => formatSigned(Math.round((s.whatIf - s.current) * 10) / 10, 1),
        sort: (s) => s.whatIf - s.current,
      },
    ];
    const table = sortableTable(
      `Simulation : ${plural(rows.length, 'friche')} classées avec les pondérations simulées (rangs sur l’ensemble des ${formatInteger(simulation.sites.length)} sites)`,
      columns,
      rows,
      { key: 'rankWhatIf', direction: 'ascending' },
      (s) => ({ 'data-site': String(s.id), class: s.id === route.site ? 'is-selected' : '' }),
    );
    const changed = Object.entries(route.weights)
      .map(([k, v]) => `${criteriaLabels.get(k) ?? CRITERIA_FALLBACK[k] ?? k} ${formatDecimal(defaults?.[k] ?? 0, 1)} → ${formatDecimal(v, 1)}`)
      .join(' ; ');
    replaceContent(
      whatIfResults,
      h(
        'p',
        { 'data-testid': 'simulation-summary' },
        h('span', { class: 'badge badge--simulation' }, 'Simulation'),
        ` ${changed}. ${plural(moved, 'site')} sur ${formatInteger(rows.length)} change${moved > 1 ? 'nt' : ''} de rang.`,
      ),
      table.element,
    );
  }

  function renderDownloads(): void {
    const origin = ctx.window.location.origin;
    const list = apiUrl({
      path: '/api/v1/friches/sites',
      query: { epci: route.epci, commune: route.commune, status: route.status, minArea: route.minArea, minScore: route.minScore },
    });
    const layer = apiUrl({
      path: '/ogc/collections/{collectionId}/items',
      params: { collectionId: 'friches-sites' },
      query: { limit: 10000, ...(route.commune ? { commune: route.commune } : {}), ...(route.status ? { status: route.status } : {}) },
    });
    replaceContent(
      downloadSlot,
      h(
        'p',
        { class: 'downloads__buttons' },
        h('a', { class: 'button', href: `${layer}&f=csv`, download: 'friches.csv', 'data-download': 'csv' }, 'Télécharger les sites (CSV)'),
        h(
          'a',
          { class: 'button button--secondary', href: layer, download: 'friches.geojson', 'data-download': 'geojson' },
          'Télécharger les contours (GeoJSON)',
        ),
      ),
      h(
        'p',
        { class: 'note' },
        'Couche OGC API - Features « friches-sites » (QGIS : Couche › Ajouter une couche WFS / OGC API - Features, URL ',
        h('code', {}, `${origin}/ogc`),
        ').',
      ),
      h('p', { class: 'label' }, 'La liste filtrée, avec les scores, dans l’API'),
      ...apiAddress(list, origin),
    );
  }

  void start();

  return {
    update(next: Route) {
      if (!isFrichesRoute(next)) return;
      const previous = route;
      route = next;
      const fromMap = movedByMap;
      movedByMap = false;
      if (next.map && map && !fromMap && JSON.stringify(previous.map) !== JSON.stringify(next.map)) map.jumpTo(next.map);
      if (JSON.stringify({ ...previous, map: null }) === JSON.stringify({ ...next, map: null })) return;
      apply(previous);
    },
    destroy() {
      destroyed = true;
      clearTimeout(pending);
      whatIfAbort?.abort();
      map?.destroy();
    },
  };
}
