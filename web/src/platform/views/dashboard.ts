/**
 * Observatory dashboard: choose indicator, period, level and zone; a choropleth map (legend from /breaks, method and
 * number of classes selectable, hover and click), the series with base 100 and the references, a sortable ranking,
 * the indicator's metadata, downloads and the API URL. Every choice is in the URL.
 */
import { apiUrl, curlCommand } from '../api/client';
import type {
  CompareResponse,
  IndicatorDetail,
  IndicatorSummary,
  Legend,
  MapFeatureCollection,
  MapProperties,
  ObservatoryDetail,
  SeriesResponse,
  ValueItem,
  ValuesResponse,
} from '../api/types';
import type { Context, TerritoryChoices, View } from '../context';
import type { ChoroplethMap } from '../map/choropleth';
import {
  formatDecimal,
  formatFigure,
  formatInteger,
  formatPeriod,
  formatRate,
  formatSigned,
  formatValue,
  formatWithUnit,
  levelLabel,
  statusLabel,
} from '../format';
import { MAX_CLASSES, MIN_CLASSES, routeToUrl, type DashboardRoute, type Route } from '../routes';
import {
  checkboxField,
  copyButton,
  loading,
  mountMap,
  selectField,
  showError,
  simpleTable,
  sortableTable,
  tableAlternative,
  type Column,
} from '../ui/components';
import { h, replaceContent } from '../ui/dom';
import { ApiError } from '../api/client';
import { observatoryLink, refreshObservatoryLink } from '../observatoryLinks';
import { territoryOptions } from './portal';

const METHODS = [
  { value: 'quantile', label: 'Quantiles (effectifs égaux)' },
  { value: 'jenks', label: 'Seuils naturels (Jenks)' },
  { value: 'equal', label: 'Intervalles égaux' },
];

const AGGREGATIONS: Record<string, string> = {
  sum: 'somme des communes',
  ratio: 'ratio recalculé à partir des numérateurs et dénominateurs',
  weighted_mean: 'moyenne pondérée',
  none: 'non agrégeable (valeur communale uniquement)',
};

const CONFIDENTIALITY: Record<string, string> = {
  public: 'publique',
  partner: 'réservée aux partenaires',
  agency: 'réservée à l’agence',
};

const PERIODICITY: Record<string, string> = {
  year: 'annuelle',
  quarter: 'trimestrielle',
  semester: 'semestrielle',
  month: 'mensuelle',
};

const REFERENCES = ['departement:62', 'region:32'];

/** A class of the legend in words: "de 1 535 à moins de 4 077". */
export function classLabel(legend: Legend, index: number, decimals: number): string {
  const item = legend.classes[index];
  if (!item) return '';
  const last = index === legend.classes.length - 1;
  const lower = formatValue(item.lower, Math.max(decimals, 1));
  const upper = formatValue(item.upper, Math.max(decimals, 1));
  return last ? `de ${lower} à ${upper}` : `de ${lower} à moins de ${upper}`;
}

/** The zone's label from the selector lists, or its id. */
function zoneName(choices: TerritoryChoices | null, id: string): string {
  if (!choices) return id;
  return [...choices.groupements, ...choices.epcis, ...choices.departements].find((t) => t.id === id)?.name ?? id;
}

/** 404 on a territory: say which, in French. */
function explain(error: unknown, zone: string): unknown {
  if (error instanceof ApiError && error.status === 404 && /territor/i.test(error.message)) {
    return new ApiError(`Territoire inconnu : ${zone}`, { kind: 'http', url: error.url, status: 404, problem: error.problem });
  }
  return error;
}

export function mountDashboard(container: HTMLElement, initial: DashboardRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let observatory: ObservatoryDetail | null = null;
  let choices: TerritoryChoices | null = null;
  const indicatorDetails = new Map<string, Promise<IndicatorDetail>>();
  let layerTitles: Map<string, string> | null = null;

  // What is on screen, to refetch only what a change needs.
  let dataKey = '';
  let seriesKey = '';
  let fittedKey = '';
  let current: { indicator: IndicatorDetail; period: string } | null = null;
  let rows: ValueItem[] = [];
  let seriesGeneration = 0;
  let dataGeneration = 0;
  let legendNow: Legend | null = null;

  // --- skeleton -------------------------------------------------------------------------------------------------
  const title = h('h1', { tabindex: '-1' }, 'Observatoire');
  const description = h('p', { class: 'lead' });
  const notice = h('div', { class: 'notice-slot' });
  const controls = h('form', { class: 'controls', 'aria-label': 'Choix de l’indicateur, de la période et du territoire' });
  controls.addEventListener('submit', (e) => e.preventDefault());
  const keyFigure = h('div', { class: 'key-figure', 'aria-live': 'polite' }, loading('Chargement du chiffre clé…'));

  const mapTitle = h('h2', { id: 'map-title' }, 'Carte');
  const legendSlot = h('div', { class: 'legend-slot' }, loading('Chargement de la légende…'));
  const layersSlot = h('div', { class: 'layers-slot' });
  const mapElement = h('div', { class: 'map', id: 'dashboard-map' });
  const mapStatus = h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…');
  const selectedSlot = h('div', { class: 'selected-slot', 'aria-live': 'polite' });
  const mapSection = h(
    'section',
    { class: 'block block--map', 'aria-labelledby': 'map-title' },
    mapTitle,
    h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, mapElement, mapStatus), h('div', { class: 'map-side' }, legendSlot, layersSlot)),
    h(
      'p',
      { class: 'note' },
      'Survolez ou cliquez un territoire pour sa valeur. Au clavier : flèches pour déplacer la carte, + et − pour zoomer ; ',
      h('a', { href: '#classement' }, 'les données de la carte sont aussi dans le tableau de classement'),
      '.',
    ),
    selectedSlot,
  );

  const chartTitle = h('h2', { id: 'chart-title' }, 'Évolution');
  const chartOptions = h('div', { class: 'chart-options' });
  const chartSlot = h('div', { class: 'chart' }, loading('Chargement de la série…'));
  const chartSection = h('section', { class: 'block', 'aria-labelledby': 'chart-title' }, chartTitle, chartOptions, chartSlot);

  const rankingSlot = h('div', {}, loading('Chargement du classement…'));
  const rankingSection = h(
    'section',
    { class: 'block', id: 'classement', 'aria-labelledby': 'ranking-title' },
    h('h2', { id: 'ranking-title' }, 'Classement'),
    rankingSlot,
  );
  const metaSlot = h('div', {}, loading('Chargement de la fiche de l’indicateur…'));
  const metaSection = h('section', { class: 'block', 'aria-labelledby': 'meta-title' }, h('h2', { id: 'meta-title' }, 'À propos de l’indicateur'), metaSlot);
  const downloadSlot = h('div', { class: 'downloads' });
  const downloadSection = h(
    'section',
    { class: 'block', 'aria-labelledby': 'download-title' },
    h('h2', { id: 'download-title' }, 'Télécharger et réutiliser'),
    downloadSlot,
  );

  container.append(
    h('p', { class: 'breadcrumb' }, h('a', { href: '/', 'data-nav': '' }, 'Portail'), ' › ', h('span', { class: 'breadcrumb__here' }, 'Observatoire')),
    title,
    description,
    notice,
    controls,
    keyFigure,
    h('div', { class: 'dashboard-grid' }, mapSection, chartSection),
    rankingSection,
    h('div', { class: 'dashboard-grid' }, metaSection, downloadSection),
  );

  // --- the map, loaded on demand -----------------------------------------------------------------------------------
  let map: ChoroplethMap | null = null;
  let movedByMap = false;
  const mapReady: Promise<ChoroplethMap | null> = mountMap(
    import('../map/choropleth').then(({ createChoroplethMap }) =>
      createChoroplethMap(mapElement, {
        position: route.map,
        label: 'Carte de l’indicateur',
        describe: (p: MapProperties) => describeTerritory(p),
        onMove: (position) => {
          if (destroyed) return;
          movedByMap = true;
          ctx.navigate({ ...route, map: position }, { replace: true });
        },
        onSelect: (id) => {
          if (destroyed || id === route.selected) return;
          ctx.navigate({ ...route, selected: id });
        },
      }),
    ),
    mapElement,
    mapStatus,
    () => destroyed,
  ).then((created) => (map = created));

  /** Base 100 as asked in the URL, else for counts (sums): a commune and the région only compare as indices. */
  function baseHundred(ind: IndicatorSummary | null): boolean {
    return route.index ?? ind?.aggregation === 'sum';
  }

  function indicatorSummary(): IndicatorSummary | null {
    return current?.indicator.indicator ?? null;
  }

  function describeTerritory(p: MapProperties): string {
    const ind = indicatorSummary();
    const value = ind ? formatFigure(p.value, p.status, ind.decimals, ind.unit) : String(p.value ?? '');
    const status = p.status && p.status !== 'secret' ? ` (${statusLabel(p.status)})` : '';
    return `${p.name} : ${value}${status}`;
  }

  // --- loading -----------------------------------------------------------------------------------------------------
  function indicatorDetail(code: string): Promise<IndicatorDetail> {
    let detail = indicatorDetails.get(code);
    if (!detail) {
      detail = ctx.client.get({ path: '/api/v1/indicators/{code}', params: { code } });
      indicatorDetails.set(code, detail);
      detail.catch(() => indicatorDetails.delete(code));
    }
    return detail;
  }

  async function start(): Promise<void> {
    try {
      [observatory, choices] = await Promise.all([
        ctx.client.get({ path: '/api/v1/observatories/{slug}', params: { slug: route.observatory } }),
        ctx.territoryChoices(),
      ]);
    } catch (error) {
      if (destroyed) return;
      if (error instanceof ApiError && error.status === 404) {
        title.textContent = 'Observatoire introuvable';
        ctx.setTitle('Observatoire introuvable');
        showError(notice, new ApiError(`Il n’y a pas d’observatoire « ${route.observatory} ».`, { kind: 'http', url: error.url, status: 404 }));
        for (const s of [controls, keyFigure, mapSection, chartSection, rankingSection, metaSection, downloadSection]) s.remove();
        notice.append(h('p', {}, h('a', { href: '/', 'data-nav': '' }, 'Voir la liste des observatoires')));
        return;
      }
      showError(notice, error, () => void start());
      return;
    }
    if (destroyed) return;
    title.textContent = observatory.name;
    container.querySelector('.breadcrumb__here')!.textContent = observatory.name;
    description.textContent = observatory.description;
    const land = observatoryLink(ctx.observatory(observatory.slug), route.zone, 'dashboard');
    if (land) description.after(land);
    void loadLayerTitles();
    await apply();
  }

  async function loadLayerTitles(): Promise<void> {
    if (!observatory || observatory.layers.length === 0) return;
    try {
      const collections = await ctx.client.get({ path: '/ogc/collections' });
      layerTitles = new Map(collections.collections.map((c) => [c.id, c.title]));
    } catch {
      layerTitles = new Map();
    }
    if (!destroyed) renderLayerToggles();
  }

  function allIndicators(): IndicatorSummary[] {
    return observatory?.themes.flatMap((t) => t.indicators) ?? [];
  }

  /** Applies the route: controls, then whatever data the change needs. */
  async function apply(): Promise<void> {
    if (!observatory) return;
    const indicators = allIndicators();
    const code = route.indicator ?? indicators[0]?.code ?? null;
    const summary = indicators.find((i) => i.code === code);
    replaceContent(notice);
    if (!code || !summary) {
      showError(
        notice,
        new ApiError(code ? `L’indicateur « ${code} » n’existe pas dans cet observatoire.` : 'Cet observatoire n’a pas encore d’indicateur.', {
          kind: 'http',
          url: '',
          status: 404,
        }),
      );
      if (indicators[0])
        notice.append(
          h('p', {}, h('a', { href: routeToUrl({ ...route, indicator: null, period: null }), 'data-nav': '' }, `Afficher « ${indicators[0].label} »`)),
        );
      return;
    }
    let detail: IndicatorDetail;
    try {
      detail = await indicatorDetail(code);
    } catch (error) {
      showError(metaSlot, error, () => void apply());
      showError(keyFigure, error, () => void apply());
      return;
    }
    if (destroyed) return;
    const periods = detail.periods;
    let period = route.period ?? periods[periods.length - 1] ?? '';
    if (route.period && !periods.includes(route.period)) {
      period = periods[periods.length - 1] ?? '';
      notice.append(
        h(
          'div',
          { class: 'alert alert--warning', role: 'alert' },
          h(
            'p',
            { class: 'alert__title' },
            `La période « ${route.period} » n’existe pas pour cet indicateur : la dernière période disponible (${formatPeriod(period)}) est affichée.`,
          ),
        ),
      );
    }
    current = { indicator: detail, period };
    refreshObservatoryLink(container, ctx.observatory(observatory.slug), route.zone);
    ctx.setTitle(`${summary.label} — ${observatory.name}`);
    renderControls(indicators, detail, period);
    renderMetadata(detail, period);
    renderDownloads(detail, period);
    renderLayerToggles();
    renderChartOptions();

    const key = [code, period, route.level, route.zone, route.method, route.classes].join('|');
    if (key !== dataKey) {
      dataKey = key;
      void loadData(detail, period);
    } else {
      showSelected();
    }
    const sKey = [code, route.zone, baseHundred(summary), route.selected].join('|');
    if (sKey !== seriesKey) {
      seriesKey = sKey;
      void loadSeries(detail);
    }
    void mapReady.then((m) => {
      if (!m || destroyed) return;
      m.setSelected(route.selected);
      if (observatory)
        m.setOverlays(
          observatory.layers.map((id) => ({ id, title: layerTitles?.get(id) ?? id })),
          route.layers,
        );
    });
  }

  function renderControls(indicators: IndicatorSummary[], detail: IndicatorDetail, period: string): void {
    const themeOf = new Map(observatory!.themes.flatMap((t) => t.indicators.map((i) => [i.code, t.name] as const)));
    const go = (changes: Partial<DashboardRoute>): void => ctx.navigate({ ...route, ...changes });
    const levels = ['commune', 'epci'].filter((l) => detail.aggregableLevels.includes(l) || detail.storedLevels.includes(l));
    const fields = [
      selectField(
        'Indicateur',
        'indicator',
        indicators.map((i) => ({ value: i.code, label: i.label, group: themeOf.get(i.code) ?? '' })),
        detail.indicator.code,
        (value) => go({ indicator: value, period: null, selected: null }),
      ).field,
      selectField(
        'Période',
        'period',
        [...detail.periods].reverse().map((p) => ({ value: p, label: formatPeriod(p) })),
        period,
        (value) => go({ period: value }),
      ).field,
      selectField(
        'Niveau',
        'level',
        levels.map((l) => ({ value: l, label: l === 'epci' ? 'Intercommunalités (EPCI)' : 'Communes' })),
        route.level,
        (value) => go({ level: value === 'epci' ? 'epci' : 'commune', selected: null, map: null }),
      ).field,
      selectField('Zone', 'zone', choices ? territoryOptions(choices) : [{ value: route.zone, label: route.zone }], route.zone, (value) =>
        go({ zone: value, selected: null, map: null }),
      ).field,
      selectField('Méthode de classement', 'method', METHODS, route.method, (value) =>
        go({ method: value === 'jenks' || value === 'equal' ? value : 'quantile' }),
      ).field,
      selectField(
        'Nombre de classes',
        'classes',
        Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => ({ value: String(i + MIN_CLASSES), label: String(i + MIN_CLASSES) })),
        String(route.classes),
        (value) => go({ classes: Number(value) }),
      ).field,
    ];
    // Keep the focused control focused across the re-render (keyboard users stay where they were).
    const focusedName = (ctx.document.activeElement as HTMLSelectElement | null)?.name;
    replaceContent(controls, h('fieldset', { class: 'controls__fieldset' }, h('legend', { class: 'visually-hidden' }, 'Choix de la vue'), ...fields));
    if (focusedName && controls.contains(ctx.document.activeElement) === false) {
      (controls.querySelector(`[name="${focusedName}"]`) as HTMLElement | null)?.focus();
    }
  }

  function renderChartOptions(): void {
    replaceContent(
      chartOptions,
      checkboxField('Base 100 à la première période', 'index', baseHundred(indicatorSummary()), (checked) => ctx.navigate({ ...route, index: checked })),
    );
  }

  function renderLayerToggles(): void {
    if (!observatory || observatory.layers.length === 0) {
      replaceContent(layersSlot);
      return;
    }
    replaceContent(
      layersSlot,
      h(
        'fieldset',
        { class: 'layers' },
        h('legend', {}, 'Couches de l’observatoire'),
        ...observatory.layers.map((id) =>
          checkboxField(layerTitles?.get(id) ?? id, `layer-${id}`, route.layers.includes(id), (checked) =>
            ctx.navigate({ ...route, layers: checked ? [...route.layers, id] : route.layers.filter((l) => l !== id) }),
          ),
        ),
      ),
    );
  }

  async function loadData(detail: IndicatorDetail, period: string): Promise<void> {
    const mine = ++dataGeneration;
    const code = detail.indicator.code;
    const ind = detail.indicator;
    const zone = route.zone;
    const classQuery = { level: route.level, within: zone, period, method: route.method, classes: route.classes };
    const levelWords = levelLabel(route.level, true);
    const zoneWords = zoneName(choices, zone);
    mapTitle.textContent = `Carte : ${ind.label} par ${levelLabel(route.level)}, ${formatPeriod(period)}`;
    chartTitle.textContent = `Évolution : ${ind.label}`;
    replaceContent(legendSlot, loading('Chargement de la légende…'));
    replaceContent(rankingSlot, loading('Chargement du classement…'));
    replaceContent(keyFigure, loading('Chargement du chiffre clé…'));
    mapStatus.hidden = false;
    mapStatus.textContent = 'Chargement de la carte…';
    mapElement.setAttribute('aria-busy', 'true');

    const breaks = ctx.client.get({ path: '/api/v1/indicators/{code}/breaks', params: { code }, query: classQuery });
    const geo = ctx.client.getFeatureCollection<MapFeatureCollection>(
      apiUrl({ path: '/api/v1/indicators/{code}/map', params: { code }, query: { ...classQuery, resolution: 'medium' } }),
    );
    const values = ctx.client.get({
      path: '/api/v1/indicators/{code}/values',
      params: { code },
      query: { level: route.level, within: zone, period },
    });
    const compare = ctx.client.get({
      path: '/api/v1/indicators/{code}/compare',
      params: { code },
      query: { territory: zone, period, references: REFERENCES.filter((r) => r !== zone).join(',') },
    });

    // Each block on its own: one failure never blanks the others.
    void compare.then(
      (answer) => mine === dataGeneration && renderKeyFigure(answer, ind),
      (error: unknown) => mine === dataGeneration && showError(keyFigure, explain(error, zone), () => void reloadData()),
    );
    await Promise.allSettled([
      breaks.then(
        (answer) => {
          if (mine !== dataGeneration) return;
          legendNow = answer.legend;
          renderLegend(answer.legend, ind, levelWords);
        },
        (error: unknown) => mine === dataGeneration && showError(legendSlot, explain(error, zone), () => void reloadData()),
      ),
      Promise.allSettled([values, breaks]).then(([answer]) => {
        if (mine !== dataGeneration) return;
        if (answer.status === 'rejected') {
          showError(rankingSlot, explain(answer.reason, zone), () => void reloadData());
          return;
        }
        rows = answer.value.items;
        renderRanking(answer.value, ind, zoneWords);
      }),
      geo.then(
        async (answer) => {
          const m = await mapReady;
          if (mine !== dataGeneration || !m) return;
          const fitKey = `${route.level}|${zone}`;
          const fit = fittedKey !== fitKey && !(fittedKey === '' && route.map !== null);
          fittedKey = fitKey;
          m.setData(answer, fit);
          m.setSelected(route.selected);
          m.setLabel(
            `Carte choroplèthe : ${ind.label} par ${levelLabel(route.level)}, ${zoneWords}, ${formatPeriod(period)}. Les valeurs sont dans le tableau de classement.`,
          );
          await m.idle();
          if (mine !== dataGeneration) return;
          mapStatus.hidden = true;
          mapElement.removeAttribute('aria-busy');
          mapElement.dataset['drawn'] = `${code}|${period}|${route.level}|${zone}|${route.method}|${route.classes}`;
        },
        (error: unknown) => {
          if (mine !== dataGeneration) return;
          mapStatus.hidden = false;
          showError(mapStatus, explain(error, zone), () => void reloadData());
        },
      ),
    ]);
    if (mine === dataGeneration) showSelected();
  }

  function reloadData(): void {
    dataKey = '';
    void apply();
  }

  function renderKeyFigure(answer: CompareResponse, ind: IndicatorSummary): void {
    const subject = answer.territory;
    replaceContent(
      keyFigure,
      h(
        'div',
        { class: 'key-figure__main' },
        h('p', { class: 'key-figure__label' }, `${ind.label} — ${subject.territory.name}, ${formatPeriod(answer.period)}`),
        h(
          'p',
          { class: 'key-figure__value', 'data-testid': 'zone-value', 'data-value': subject.value ?? '', 'data-status': subject.status ?? '' },
          formatFigure(subject.value, subject.status, ind.decimals, ind.unit),
        ),
        h(
          'p',
          { class: 'key-figure__status' },
          `Valeur ${statusLabel(subject.status)}`,
          subject.coverage && subject.coverage.communesWithValue < subject.coverage.communes
            ? ` · ${formatInteger(subject.coverage.communesWithValue)} communes sur ${formatInteger(subject.coverage.communes)} renseignées`
            : '',
        ),
      ),
      h(
        'ul',
        { class: 'key-figure__refs', 'aria-label': 'Comparaison aux territoires de référence' },
        ...answer.references.map((r) =>
          h(
            'li',
            {},
            h('span', { class: 'key-figure__ref-name' }, r.territory.name),
            ' : ',
            formatFigure(r.value, r.status, ind.decimals, ind.unit),
            r.relativeGap !== null && ind.aggregation !== 'sum' ? ` (écart ${formatSigned(r.gap, ind.decimals)}${ind.unit === '%' ? ' pt' : ''})` : '',
          ),
        ),
      ),
    );
  }

  function renderLegend(legend: Legend, ind: IndicatorSummary, levelWords: string): void {
    const items = legend.classes.map((c, i) =>
      h(
        'li',
        { class: 'legend__class', 'data-class': i },
        h('span', { class: 'legend__swatch', 'data-colour': c.colour, style: `background:${c.colour}` }),
        h('span', {}, `${classLabel(legend, i, ind.decimals)} `, h('span', { class: 'legend__count' }, `(${formatInteger(c.count)})`)),
      ),
    );
    if (legend.counts.secret > 0) {
      items.push(
        h(
          'li',
          { class: 'legend__other' },
          h('span', { class: 'legend__swatch legend__swatch--secret', style: `background:${legend.secretColour}` }),
          `Secret statistique (${formatInteger(legend.counts.secret)})`,
        ),
      );
    }
    if (legend.counts.noData > 0) {
      items.push(
        h(
          'li',
          { class: 'legend__other' },
          h('span', { class: 'legend__swatch', style: `background:${legend.noDataColour}` }),
          `Pas de donnée (${formatInteger(legend.counts.noData)})`,
        ),
      );
    }
    const method = METHODS.find((m) => m.value === legend.method)?.label ?? legend.method;
    replaceContent(
      legendSlot,
      h(
        'figure',
        { class: 'legend', 'data-classes': legend.classes.length },
        h(
          'figcaption',
          { class: 'legend__title' },
          `${ind.label} (${ind.unit})`,
          h('br'),
          h('span', { class: 'legend__method' }, `${method}, ${legend.classes.length} classes — ${formatInteger(legend.counts.total)} ${levelWords}`),
        ),
        h('ol', { class: 'legend__list' }, ...items),
      ),
    );
  }

  /** The class of a value in the legend (lower bound inclusive, upper exclusive except for the last class). */
  function classOf(row: ValueItem): number | null {
    if (!legendNow || row.value === null || row.status === 'secret') return null;
    const classes = legendNow.classes;
    for (let i = 0; i < classes.length; i++) {
      const c = classes[i]!;
      if (row.value >= c.lower && (row.value < c.upper || i === classes.length - 1)) return i;
    }
    return null;
  }

  function renderRanking(answer: ValuesResponse, ind: IndicatorSummary, zoneWords: string): void {
    const parent = answer.parent;
    const columns: Column<ValueItem>[] = [
      { key: 'rank', label: 'Rang', numeric: true, cell: (r) => (r.rank === null ? '—' : formatInteger(r.rank)), sort: (r) => r.rank },
      {
        key: 'name',
        label: levelLabel(route.level) === 'EPCI' ? 'EPCI' : 'Commune',
        rowHeader: true,
        cell: (r) => {
          const button = h('button', { type: 'button', class: 'link-button', 'aria-pressed': String(r.territory.id === route.selected) }, r.territory.name);
          button.addEventListener('click', () => ctx.navigate({ ...route, selected: r.territory.id === route.selected ? null : r.territory.id }));
          return button;
        },
        sort: (r) => r.territory.name,
      },
      {
        key: 'value',
        label: `Valeur (${ind.unit})`,
        numeric: true,
        cell: (r) => (r.status === 'secret' ? h('span', { class: 'secret' }, 'secret') : formatValue(r.value, ind.decimals)),
        sort: (r) => r.value,
      },
      { key: 'status', label: 'Statut', cell: (r) => statusLabel(r.status), sort: (r) => statusLabel(r.status) },
      {
        key: 'gap',
        label: `Écart à ${parent?.territory.name ?? zoneWords}`,
        numeric: true,
        cell: (r) => formatSigned(r.gapToParent, ind.decimals),
        sort: (r) => r.gapToParent,
      },
      {
        key: 'class',
        label: 'Classe',
        cell: (r) => {
          const k = classOf(r);
          if (k === null) return r.status === 'secret' ? 'secret' : '—';
          const colour = legendNow?.classes[k]?.colour ?? '#fff';
          return h('span', { class: 'class-cell' }, h('span', { class: 'legend__swatch', style: `background:${colour}` }), `${k + 1}`);
        },
        sort: (r) => classOf(r),
      },
    ];
    const table = sortableTable(
      `${ind.label}, ${formatPeriod(answer.period)} : ${formatInteger(answer.total)} ${levelLabel(route.level, answer.total > 1)} de ${parent?.territory.name ?? zoneWords}`,
      columns,
      answer.items,
      { key: 'rank', direction: 'ascending' },
      (r) => ({ 'data-territory': r.territory.id, class: r.territory.id === route.selected ? 'is-selected' : '' }),
    );
    replaceContent(
      rankingSlot,
      parent
        ? h(
            'p',
            {},
            `${parent.territory.name} : `,
            h('strong', {}, formatFigure(parent.value, parent.status, ind.decimals, ind.unit)),
            ` (${statusLabel(parent.status)}).`,
          )
        : null,
      table.element,
    );
  }

  function showSelected(): void {
    const ind = indicatorSummary();
    if (!route.selected || !ind) {
      replaceContent(selectedSlot);
      return;
    }
    const row = rows.find((r) => r.territory.id === route.selected);
    if (!row) {
      replaceContent(selectedSlot);
      return;
    }
    for (const tr of rankingSlot.querySelectorAll('tr[data-territory]')) {
      tr.classList.toggle('is-selected', tr.getAttribute('data-territory') === route.selected);
    }
    const clear = h('button', { type: 'button', class: 'button button--tertiary' }, 'Désélectionner');
    clear.addEventListener('click', () => ctx.navigate({ ...route, selected: null }));
    replaceContent(
      selectedSlot,
      h(
        'div',
        { class: 'selected', 'data-selected': row.territory.id },
        h('h3', {}, row.territory.name),
        row.status === 'secret' || row.status === 'restricted'
          ? h(
              'p',
              {},
              h('strong', {}, formatFigure(row.value, row.status, ind.decimals, ind.unit)),
              row.status === 'secret' ? ' : la valeur repose sur trop peu d’unités pour être publiée.' : ' : valeur réservée aux partenaires habilités.',
            )
          : h(
              'p',
              {},
              h('strong', {}, formatFigure(row.value, row.status, ind.decimals, ind.unit)),
              ` — valeur ${statusLabel(row.status)}`,
              row.rank !== null ? `, rang ${formatInteger(row.rank)} sur ${formatInteger(rows.length)}` : '',
              '.',
            ),
        h(
          'p',
          {},
          h(
            'a',
            { href: routeToUrl({ view: 'profile', territory: row.territory.id, q: '' }), 'data-nav': '' },
            `Tableau de bord territorial de ${row.territory.name}`,
          ),
          ' ',
          clear,
        ),
      ),
    );
  }

  async function loadSeries(detail: IndicatorDetail): Promise<void> {
    const mine = ++seriesGeneration;
    const ind = detail.indicator;
    const territories = [route.zone];
    if (route.selected && route.selected !== route.zone) territories.push(route.selected);
    for (const r of REFERENCES) if (!territories.includes(r)) territories.push(r);
    const first = detail.periods[0];
    replaceContent(chartSlot, loading('Chargement de la série…'));
    try {
      const [answer, charts] = await Promise.all([
        ctx.client.get({
          path: '/api/v1/indicators/{code}/series',
          params: { code: ind.code },
          query: { territories: territories.join(','), index: baseHundred(ind) ? first : null },
        }),
        import('../charts/seriesChart'),
      ]);
      if (mine !== seriesGeneration || destroyed) return;
      drawChart(answer, ind, charts.seriesChart);
    } catch (error) {
      if (mine === seriesGeneration && !destroyed)
        showError(chartSlot, explain(error, route.zone), () => {
          seriesKey = '';
          void apply();
        });
    }
  }

  let chartResize: ResizeObserver | null = null;
  function drawChart(answer: SeriesResponse, ind: IndicatorSummary, seriesChart: typeof import('../charts/seriesChart').seriesChart): void {
    const index = answer.indexPeriod !== null;
    const titleText = `${ind.label}${index ? `, base 100 en ${formatPeriod(answer.indexPeriod!)}` : ` (${ind.unit})`}`;
    const figure = h('figure', { class: 'chart__figure' });
    const periods = [...new Set(answer.series.flatMap((s) => s.points.map((p) => p.period)))];
    const table = simpleTable(
      titleText,
      ['Période', ...answer.series.map((s) => s.territory.name)],
      periods.map((period) => [
        formatPeriod(period),
        ...answer.series.map((s) => {
          const p = s.points.find((x) => x.period === period);
          if (!p) return '—';
          if (p.status === 'secret') return 'secret';
          return index ? formatDecimal(p.index, 1) : formatValue(p.value, ind.decimals);
        }),
      ]),
    );
    const legend = h(
      'ul',
      { class: 'chart__legend', 'aria-hidden': 'true' },
      ...answer.series.map((s, i) =>
        h(
          'li',
          {},
          h('span', { class: `chart__key chart__key--${i}` }),
          s.territory.name,
          s.annualGrowth !== null ? ` (${formatRate(s.annualGrowth)} par an)` : '',
        ),
      ),
    );
    const draw = (): void => {
      const width = Math.max(280, Math.floor(chartSlot.clientWidth || 600));
      figure.replaceChildren(seriesChart({ series: answer.series, index, unit: ind.unit, decimals: ind.decimals, title: titleText }, { width }));
    };
    replaceContent(chartSlot, legend, figure, tableAlternative('Afficher les données du graphique sous forme de tableau', table));
    draw();
    chartResize?.disconnect();
    let last = chartSlot.clientWidth;
    chartResize =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (Math.abs(chartSlot.clientWidth - last) < 24) return;
            last = chartSlot.clientWidth;
            draw();
          });
    chartResize?.observe(chartSlot);
  }

  function renderMetadata(detail: IndicatorDetail, period: string): void {
    const ind = detail.indicator;
    const periods = detail.periods;
    const entries: [string, Node | string][] = [
      ['Définition', detail.definition],
      ['Unité', ind.unit],
      ['Source', ind.sourceUrl ? h('a', { href: ind.sourceUrl, rel: 'noopener' }, ind.source) : ind.source],
      ['Millésime', `${formatPeriod(period)} (affiché) ; données de ${formatPeriod(periods[0] ?? '')} à ${formatPeriod(periods[periods.length - 1] ?? '')}`],
      ['Périodicité', PERIODICITY[ind.periodicity] ?? ind.periodicity],
      ['Licence', ind.licence],
      ['Diffusion', CONFIDENTIALITY[ind.confidentiality] ?? ind.confidentiality],
      ['Agrégation', AGGREGATIONS[ind.aggregation] ?? ind.aggregation],
      [
        'Niveaux',
        `stocké par ${detail.storedLevels.map((l) => levelLabel(l)).join(', ')} ; calculé pour ${detail.aggregableLevels.map((l) => levelLabel(l)).join(', ')}`,
      ],
      ['Code', h('code', {}, ind.code)],
    ];
    if (detail.secrecyThreshold !== null) {
      entries.push(['Secret statistique', `valeur masquée sous ${formatWithUnit(detail.secrecyThreshold, 0, 'unités')}`]);
    }
    replaceContent(
      metaSlot,
      h('dl', { class: 'meta' }, ...entries.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
      h(
        'p',
        {},
        h(
          'a',
          { href: routeToUrl({ view: 'catalogue', q: '', observatory: null, source: null, item: `indicator:${ind.code}` }), 'data-nav': '' },
          'Voir dans le catalogue de données',
        ),
      ),
    );
  }

  function renderDownloads(detail: IndicatorDetail, period: string): void {
    const code = detail.indicator.code;
    const query = { level: route.level, within: route.zone, period };
    const json = apiUrl({ path: '/api/v1/indicators/{code}/values', params: { code }, query });
    const csv = apiUrl({ path: '/api/v1/indicators/{code}/values', params: { code }, query: { ...query, format: 'csv' } });
    const geojson = apiUrl({
      path: '/api/v1/indicators/{code}/map',
      params: { code },
      query: { ...query, method: route.method, classes: route.classes },
    });
    const base = `${code}_${route.level}_${route.zone.replace(':', '-')}_${period}`;
    const origin = ctx.window.location.origin;
    replaceContent(
      downloadSlot,
      h(
        'p',
        { class: 'downloads__buttons' },
        h('a', { class: 'button', href: csv, download: `${base}.csv`, 'data-download': 'csv' }, 'Télécharger les données (CSV)'),
        h('a', { class: 'button button--secondary', href: geojson, download: `${base}.geojson`, 'data-download': 'geojson' }, 'Télécharger la carte (GeoJSON)'),
      ),
      h(
        'p',
        { class: 'note' },
        `Source : ${detail.indicator.source}. Licence : ${detail.indicator.licence}. Le CSV (UTF-8, séparateur virgule) se lit tel quel avec pandas.read_csv ou un tableur.`,
      ),
      h('p', { class: 'label' }, 'Adresse de ces données dans l’API'),
      h('pre', { class: 'code' }, h('code', { 'data-testid': 'api-url' }, new URL(json, origin).href)),
      h(
        'p',
        { class: 'downloads__copy' },
        copyButton('Copier l’URL de l’API', () => new URL(json, origin).href),
        copyButton('Copier la commande curl', () => curlCommand(json, origin)),
      ),
    );
  }

  void start();

  return {
    update(next: Route) {
      if (next.view !== 'dashboard') return;
      const previous = route;
      route = next;
      const fromMap = movedByMap;
      movedByMap = false;
      const samePosition = JSON.stringify(previous.map) === JSON.stringify(next.map);
      // Back/forward (or a shared URL) to another position: the map follows; its own moves are already there.
      if (next.map && map && !samePosition && !fromMap) map.jumpTo(next.map);
      const onlyMapMoved = JSON.stringify({ ...previous, map: null }) === JSON.stringify({ ...next, map: null });
      if (!onlyMapMoved) void apply();
    },
    destroy() {
      destroyed = true;
      dataGeneration++;
      seriesGeneration++;
      chartResize?.disconnect();
      map?.destroy();
    },
  };
}
