/**
 * Foncier économique: the land of the business parks (ZAE) and its availability, for the elected officials who ask
 * what land is still free and for the EPCIs' economic services who update their parks day by day.
 *
 * - a map of the parks and their lots coloured by status (legend; a table for each map), a territory filter, the
 *   figures of the territory and of the park, the park's lots, and the park as it stood on a past date (asOf);
 * - for a signed-in editor whose scope holds the park: a lot's status and occupant, retire, create (drawn outline),
 *   split (a cut line drawn across the lot, previewed by the API, then sent). Every write sends If-Match; a 412 shows
 *   the other editor's version and lets the user re-apply or discard, never overwrite silently.
 *
 * Loaded on demand (dynamic import), with its MapLibre map.
 */
import './foncier-eco.css';
import { apiUrl, ApiError } from '../../platform/api/client';
import type { Lot, LotItem, LotsResponse, ParkFigures, ParkTotals, PartPreview, SplitAnswer } from './api';
import type { FeatureCollection, Position, TerritorySummary } from '../../platform/api/types';
import type { Context, TerritoryChoices, View } from '../../platform/context';
import { canEdit, describeIdentity } from '../../platform/auth/session';
import { formatDate, formatDecimal, formatInteger } from '../../platform/format';
import type { LotsMap, ParkProperties, PreviewPart } from './lotsMap';
import { dashboardRoute, routeToUrl, type Route } from '../../platform/routes';
import { foncierEcoRoute, foncierEcoUrl, isFoncierEcoRoute, type FoncierEcoRoute } from './route';
import { loading, mountMap, selectField, showError, sortableTable, uid, type Column, type Option } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import {
  bboxOf,
  fieldMessage,
  mapLots,
  normaliseSiret,
  STATUSES,
  STATUS_COLOURS,
  STATUS_LABELS,
  statusColour,
  statusLabel,
  today,
  totalsOf,
  totalsOfLots,
  type LotGeometry,
  type OgcLotProperties,
} from './data';

const CONFLICT_TITLE = 'Ce lot a été modifié par quelqu’un d’autre';

type LotFeatures = FeatureCollection<LotGeometry, OgcLotProperties>;
type ParkFeatures = FeatureCollection<LotGeometry, ParkProperties>;

/** What the editor is doing on the map. */
type Tool =
  | { kind: 'none' }
  | { kind: 'split'; lot: Lot; etag: string; points: Position[]; preview: PartPreview[] | null; statuses: [string, string] }
  | { kind: 'create'; park: number; points: Position[] };

function ha(value: number | null | undefined): string {
  return `${formatDecimal(value ?? null, 2)} ha`;
}

function figureTiles(totals: ParkTotals, prefix: string): HTMLElement {
  const tiles: [string, string, string][] = [
    ['total', 'Surface totale', ha(totals.totalHa)],
    ['occupied', 'Occupée', ha(totals.occupiedHa)],
    ['available', 'Disponible aménagée', ha(totals.availableHa)],
    ['reserve', 'Réserves non aménagées', ha(totals.reserveHa)],
    ['brownfield', 'Friches', ha(totals.brownfieldHa)],
    ['rate', 'Taux d’occupation', totals.occupancyRate === null ? '—' : `${formatDecimal(totals.occupancyRate, 1)} %`],
    ['establishments', 'Établissements', formatInteger(totals.establishments)],
  ];
  return h(
    'dl',
    { class: 'figures', 'data-figures': prefix },
    ...tiles.map(([key, label, value]) =>
      h(
        'div',
        { class: `figures__item figures__item--${key}`, 'data-figure': key },
        h('dt', { class: 'figures__label' }, label),
        h('dd', { class: 'figures__value' }, value),
      ),
    ),
  );
}

function swatch(status: string): HTMLElement {
  return h('span', { class: 'legend__swatch', style: `background:${statusColour(status)}`, 'aria-hidden': 'true' });
}

function statusCell(status: string): HTMLElement {
  return h('span', { class: 'status-cell', 'data-status': status }, swatch(status), ' ', statusLabel(status));
}

/** The French date "30 juin 2025" of a yyyy-mm-dd. */
function dayLabel(day: string): string {
  return formatDate(`${day}T12:00:00`);
}

export function mountFoncierEco(container: HTMLElement, initial: FoncierEcoRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let choices: TerritoryChoices | null = null;
  let parks: ParkFigures[] | null = null;
  let lotFeatures: LotFeatures | null = null;
  let parkFeatures: ParkFeatures | null = null;
  const groupementEpcis = new Map<string, Promise<string[]>>();
  let territoryEpcis: string[] | null = null;
  let parkLots: LotsResponse | null = null;
  let parkLotsKey = '';
  let lotDetail: { lot: Lot; etag: string } | null = null;
  let lotDetailKey = '';
  let tool: Tool = { kind: 'none' };
  let drawCount = 0;
  let fittedKey = '';
  let generation = 0;

  ctx.setTitle('Foncier économique — disponibilités');

  // --- skeleton -----------------------------------------------------------------------------------------------------
  const title = h('h1', { tabindex: '-1' }, 'Disponibilités foncières des zones d’activités');
  const sessionNote = h('div', { class: 'session-note' });
  const controls = h('form', { class: 'controls foncier-controls', 'aria-label': 'Choix du territoire, de la zone et de la date' });
  controls.addEventListener('submit', (e) => e.preventDefault());
  const territoryFigures = h('div', { class: 'figures-slot' }, loading('Chargement des chiffres…'));
  const parkFigures = h('div', { class: 'figures-slot' });
  const figuresTitle = h('h2', { id: 'foncier-figures-title' }, 'Chiffres clés');
  const figuresSection = h('section', { class: 'block', 'aria-labelledby': 'foncier-figures-title' }, figuresTitle, territoryFigures, parkFigures);
  const mapElement = h('div', { class: 'map map--foncier', id: 'foncier-map' });
  const mapStatus = h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…');
  const toolBar = h('div', { class: 'draw-bar', hidden: true });
  const legend = h(
    'div',
    { class: 'legend' },
    h('p', { class: 'legend__title' }, 'Statut des lots'),
    h(
      'ul',
      { class: 'legend__list' },
      ...STATUSES.map((s) =>
        h(
          'li',
          { 'data-status': s },
          h('span', { class: 'legend__swatch', style: `background:${STATUS_COLOURS[s]}`, 'aria-hidden': 'true' }),
          STATUS_LABELS[s],
        ),
      ),
    ),
    h('p', { class: 'legend__method' }, 'Contour épais : zone d’activités ; bleu : zone et lot choisis.'),
  );
  const panel = h('div', { class: 'lot-panel', id: 'lot-panel', 'aria-live': 'polite' });
  const mapSection = h(
    'section',
    { class: 'block block--map', 'aria-labelledby': 'foncier-map-title' },
    h('h2', { id: 'foncier-map-title' }, 'Carte des disponibilités'),
    h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, mapElement, mapStatus, toolBar), h('div', { class: 'map-side' }, legend)),
    h(
      'p',
      { class: 'note' },
      'Survolez un lot pour son statut, cliquez-le pour sa fiche. Au clavier : flèches pour déplacer la carte, + et − pour zoomer ; ',
      h('a', { href: '#foncier-parks' }, 'les zones sont aussi dans le tableau ci-dessous'),
      '.',
    ),
  );
  const panelSection = h('section', { class: 'block', 'aria-labelledby': 'lot-panel-title' }, h('h2', { id: 'lot-panel-title' }, 'Zone et lot choisis'), panel);
  const parksSlot = h('div', {}, loading('Chargement des zones…'));
  const parksSection = h(
    'section',
    { class: 'block', id: 'foncier-parks', 'aria-labelledby': 'foncier-parks-title' },
    h('h2', { id: 'foncier-parks-title' }, 'Les zones d’activités'),
    parksSlot,
  );
  const lotsSlot = h('div', {});
  const lotsTitle = h('h2', { id: 'foncier-lots-title' }, 'Les lots de la zone');
  const lotsSection = h('section', { class: 'block', id: 'foncier-lots', 'aria-labelledby': 'foncier-lots-title', hidden: true }, lotsTitle, lotsSlot);

  container.append(
    h(
      'p',
      { class: 'breadcrumb' },
      h('a', { href: '/', 'data-nav': '' }, 'Portail'),
      ' › ',
      h('a', { href: routeToUrl(dashboardRoute('foncier-eco')), 'data-nav': '' }, 'Foncier économique'),
      ' › ',
      h('span', { class: 'breadcrumb__here' }, 'Disponibilités des zones d’activités'),
    ),
    title,
    h(
      'p',
      { class: 'lead' },
      'Le foncier des zones d’activités économiques, lot par lot : ce qui est occupé, disponible, en réserve ou en friche, mis à jour au fil de l’eau par les services économiques des intercommunalités.',
    ),
    sessionNote,
    controls,
    figuresSection,
    h('div', { class: 'foncier-grid' }, mapSection, panelSection),
    lotsSection,
    parksSection,
  );

  // --- the map, loaded on demand ------------------------------------------------------------------------------------
  let map: LotsMap | null = null;
  const mapReady: Promise<LotsMap | null> = mountMap(
    import('./lotsMap').then(({ createLotsMap }) =>
      createLotsMap(mapElement, {
        label: 'Carte des lots des zones d’activités par statut',
        describeLot: (p) => `Lot ${p.id} : ${p.label}, ${ha(p.areaHa)}${parkName(p.zae) ? ` — ${parkName(p.zae)}` : ''}`,
        describePark: (p) => p.name,
        onSelectLot: (lot, park) => {
          if (destroyed) return;
          ctx.navigate({ ...route, park, lot, asOf: park === route.park ? route.asOf : null });
        },
        onSelectPark: (park) => {
          if (destroyed || park === null || park === route.park) return;
          ctx.navigate({ ...route, park, lot: null, asOf: null });
        },
      }),
    ),
    mapElement,
    mapStatus,
    () => destroyed,
  ).then((created) => {
    map = created;
    if (created) {
      mapStatus.textContent = '';
      drawMap();
    }
    return created;
  });

  // --- helpers ------------------------------------------------------------------------------------------------------
  function parkOf(id: number | null): ParkFigures | null {
    return id === null ? null : (parks?.find((p) => p.id === id) ?? null);
  }
  function parkName(id: number): string | null {
    return parkOf(id)?.name ?? null;
  }
  function epciName(id: string | null): string {
    return (id && choices?.epcis.find((e) => e.id === id)?.name) || '—';
  }
  function territoryName(): string {
    if (!route.territory) return 'toutes les intercommunalités';
    const all: TerritorySummary[] = choices ? [...choices.groupements, ...choices.epcis] : [];
    return all.find((t) => t.id === route.territory)?.name ?? route.territory;
  }
  /** A territory's name from the selector lists, or its id. */
  function territoryLabel(id: string): string {
    const all: TerritorySummary[] = choices ? [...choices.groupements, ...choices.epcis] : [];
    return all.find((t) => t.id === id)?.name ?? id;
  }
  function parksShown(): ParkFigures[] {
    if (!parks) return [];
    if (!route.territory) return parks;
    if (route.territory.startsWith('epci:')) return parks.filter((p) => p.epciId === route.territory);
    const epcis = territoryEpcis ?? [];
    return parks.filter((p) => p.epciId !== null && epcis.includes(p.epciId));
  }
  function editable(park: ParkFigures | null): boolean {
    return park !== null && canEdit(ctx.session.identity(), park);
  }

  async function epcisOf(territory: string): Promise<string[]> {
    if (territory.startsWith('epci:')) return [territory];
    let answer = groupementEpcis.get(territory);
    if (!answer) {
      answer = ctx.client
        .get({ path: '/api/v1/territories', query: { level: 'epci', within: territory, limit: 100 } })
        .then((page) => page.items.map((t) => t.id));
      groupementEpcis.set(territory, answer);
      answer.catch(() => groupementEpcis.delete(territory));
    }
    return answer;
  }

  // --- loading ------------------------------------------------------------------------------------------------------
  async function loadParks(): Promise<void> {
    const answer = await ctx.client.get({ path: '/api/v1/foncier-eco/parks' });
    parks = answer.items;
  }
  async function loadGeometries(): Promise<void> {
    const [lots, zae] = await Promise.all([
      ctx.client.getFeatureCollection<LotFeatures>('/ogc/collections/foncier-eco-lots/items?limit=10000'),
      ctx.client.getFeatureCollection<ParkFeatures>('/ogc/collections/foncier-eco-zae/items?limit=10000'),
    ]);
    lotFeatures = lots;
    parkFeatures = zae;
  }
  async function loadParkLots(force = false): Promise<void> {
    const key = route.park === null ? '' : `${route.park}|${route.asOf ?? ''}`;
    if (!force && key === parkLotsKey) return;
    parkLotsKey = key;
    parkLots = null;
    if (route.park === null) return;
    const answer = await ctx.client.get({
      path: '/api/v1/foncier-eco/parks/{id}/lots',
      params: { id: route.park },
      query: { asOf: route.asOf },
    });
    if (key === parkLotsKey) parkLots = answer;
  }
  async function loadLot(force = false): Promise<void> {
    const key = route.lot === null || route.asOf !== null ? '' : String(route.lot);
    if (!force && key === lotDetailKey) return;
    lotDetailKey = key;
    lotDetail = null;
    if (key === '') return;
    const answer = await ctx.client.getVersioned<Lot>(apiUrl({ path: '/api/v1/foncier-eco/lots/{id}', params: { id: route.lot! } }));
    if (key === lotDetailKey) lotDetail = { lot: answer.body, etag: answer.etag ?? answer.body.eTag };
  }

  async function start(): Promise<void> {
    try {
      [choices] = await Promise.all([ctx.territoryChoices(), loadParks()]);
    } catch (error) {
      if (!destroyed) showError(territoryFigures, error, () => void start());
      return;
    }
    if (destroyed) return;
    void loadAndDrawMap();
    await apply();
  }

  async function loadAndDrawMap(): Promise<void> {
    try {
      await loadGeometries();
    } catch (error) {
      if (!destroyed) showError(mapStatus, error, () => void loadAndDrawMap());
      return;
    }
    if (mapStatus.querySelector('.alert')) replaceContent(mapStatus);
    drawMap();
    renderLotsTable();
  }

  /** Applies the route: controls, figures, tables, map, panel. */
  async function apply(): Promise<void> {
    const mine = ++generation;
    renderSessionNote();
    try {
      territoryEpcis = route.territory ? await epcisOf(route.territory) : null;
    } catch (error) {
      if (mine === generation) showError(territoryFigures, error, () => void apply());
      return;
    }
    if (mine !== generation || destroyed) return;
    renderControls();
    renderFigures();
    renderParksTable();
    drawMap();
    renderPanel();
    const park = parkOf(route.park);
    if (route.park !== null && !park) {
      showError(panel, new ApiError(`Il n’y a pas de zone d’activités n° ${route.park}.`, { kind: 'http', url: '', status: 404 }));
    }
    try {
      await Promise.all([loadParkLots(), loadLot()]);
    } catch (error) {
      if (mine === generation && !destroyed) {
        if (error instanceof ApiError && error.status === 404 && route.lot !== null) {
          lotDetail = null;
          replaceContent(panel, lotGone());
        } else showError(panel, error, () => void apply());
      }
      return;
    }
    if (mine !== generation || destroyed) return;
    renderFigures();
    renderLotsTable();
    drawMap();
    renderPanel();
  }

  /** After a write: the parks' figures, the map's lots, the park's lots and the lot, read again. */
  async function refresh(): Promise<void> {
    try {
      await Promise.all([loadParks(), loadGeometries(), loadParkLots(true), loadLot(true)]);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) lotDetail = null;
      else if (!destroyed) showError(panel, error, () => void refresh());
    }
    if (destroyed) return;
    renderControls();
    renderFigures();
    renderParksTable();
    renderLotsTable();
    drawMap();
  }

  // --- rendering ----------------------------------------------------------------------------------------------------
  function renderSessionNote(): void {
    const identity = ctx.session.identity();
    const next = foncierEcoUrl(route);
    if (!identity) {
      replaceContent(
        sessionNote,
        h(
          'p',
          { class: 'note session-note__text' },
          'Consultation publique. Les services économiques des intercommunalités mettent à jour leurs zones après connexion : ',
          h('a', { href: routeToUrl({ view: 'signIn', next }), 'data-nav': '' }, 'espace éditeur'),
          '.',
        ),
      );
      return;
    }
    replaceContent(
      sessionNote,
      h(
        'p',
        { class: 'note session-note__text', 'data-editor': identity.editor ? 'true' : 'false' },
        `Connecté : ${describeIdentity(identity)}. `,
        identity.editor
          ? identity.scope.length === 0
            ? 'Vous pouvez modifier les lots de toutes les zones.'
            : `Vous pouvez modifier les lots des zones de votre périmètre (${identity.scope.map(territoryLabel).join(', ')}) ; les autres sont en lecture seule.`
          : 'Votre clé permet de voir les occupants de votre territoire, pas de modifier les lots.',
      ),
    );
  }

  function renderControls(): void {
    const territoryOptions: Option[] = [
      { value: '', label: 'Toutes les intercommunalités' },
      ...(choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
      ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités (EPCI)' })),
    ];
    const shown = parksShown();
    const parkOptions: Option[] = [
      { value: '', label: `Toutes les zones (${shown.length})` },
      ...[...shown].sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((p) => ({ value: String(p.id), label: `${p.name} (n° ${p.id})` })),
    ];
    const territory = selectField('Territoire', 'territory', territoryOptions, route.territory ?? '', (value) =>
      ctx.navigate(foncierEcoRoute({ territory: value === '' ? null : value })),
    ).field;
    const park = selectField('Zone d’activités', 'park', parkOptions, route.park === null ? '' : String(route.park), (value) =>
      ctx.navigate({ ...route, park: value === '' ? null : Number(value), lot: null, asOf: null }),
    ).field;
    const dateId = uid('as-of');
    const date = h('input', { type: 'date', id: dateId, name: 'asOf', class: 'input', max: today(), min: '2020-01-01', 'aria-describedby': `${dateId}-hint` });
    date.value = route.asOf ?? '';
    date.disabled = route.park === null;
    date.addEventListener('change', () => {
      const value = date.value;
      if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.navigate({ ...route, asOf: value === '' || value >= today() ? null : value, lot: route.lot });
    });
    const now = h('button', { type: 'button', class: 'button button--tertiary', disabled: route.asOf === null }, 'Aujourd’hui');
    now.addEventListener('click', () => ctx.navigate({ ...route, asOf: null }));
    const dateField = h(
      'div',
      { class: 'field field--date' },
      h('label', { for: dateId, class: 'label' }, 'Situation au'),
      h('p', { class: 'hint', id: `${dateId}-hint` }, route.park === null ? 'Choisissez d’abord une zone.' : 'Voir la zone telle qu’elle était ce jour-là.'),
      h('div', { class: 'field__row' }, date, now),
    );
    const focused = controls.contains(ctx.document.activeElement) ? (ctx.document.activeElement as HTMLElement).getAttribute('name') : null;
    replaceContent(controls, territory, park, dateField);
    if (focused) (controls.querySelector(`[name="${focused}"]`) as HTMLElement | null)?.focus();
  }

  function renderFigures(): void {
    const shown = parksShown();
    const totals = totalsOf(shown);
    replaceContent(
      territoryFigures,
      h('h3', { class: 'figures__title' }, `${formatInteger(totals.parks)} zones d’activités — ${territoryName()}, aujourd’hui`),
      figureTiles(totals, 'territory'),
    );
    const park = parkOf(route.park);
    if (!park) {
      replaceContent(parkFigures);
      return;
    }
    const parkTotals = route.asOf !== null && parkLots ? totalsOfLots(parkLots.items) : route.asOf === null ? totalsOf([park]) : null;
    replaceContent(
      parkFigures,
      h('h3', { class: 'figures__title' }, `${park.name} — ${route.asOf ? `au ${dayLabel(route.asOf)}` : 'aujourd’hui'}`),
      parkTotals ? figureTiles(parkTotals, 'park') : loading('Chargement de la zone à cette date…'),
    );
  }

  function renderParksTable(): void {
    const shown = parksShown();
    const columns: Column<ParkFigures>[] = [
      {
        key: 'name',
        label: 'Zone',
        rowHeader: true,
        sort: (p) => p.name,
        cell: (p) => h('a', { href: foncierEcoUrl({ ...route, park: p.id, lot: null, asOf: null }), 'data-nav': '', 'data-park': p.id }, p.name),
      },
      { key: 'epci', label: 'Intercommunalité', sort: (p) => epciName(p.epciId), cell: (p) => epciName(p.epciId) },
      { key: 'total', label: 'Surface (ha)', numeric: true, sort: (p) => p.totalHa, cell: (p) => formatDecimal(p.totalHa, 2) },
      { key: 'occupied', label: 'Occupée (ha)', numeric: true, sort: (p) => p.occupiedHa, cell: (p) => formatDecimal(p.occupiedHa, 2) },
      {
        key: 'available',
        label: 'Disponible aménagée (ha)',
        numeric: true,
        sort: (p) => p.availableHa + p.marketedHa,
        cell: (p) => formatDecimal(p.availableHa + p.marketedHa, 2),
      },
      { key: 'reserve', label: 'Réserves (ha)', numeric: true, sort: (p) => p.reserveHa, cell: (p) => formatDecimal(p.reserveHa, 2) },
      { key: 'brownfield', label: 'Friches (ha)', numeric: true, sort: (p) => p.brownfieldHa, cell: (p) => formatDecimal(p.brownfieldHa, 2) },
      {
        key: 'rate',
        label: 'Taux d’occupation',
        numeric: true,
        sort: (p) => p.occupancyRate,
        cell: (p) => (p.occupancyRate === null ? '—' : `${formatDecimal(p.occupancyRate, 1)} %`),
      },
      { key: 'establishments', label: 'Établissements', numeric: true, sort: (p) => p.establishments, cell: (p) => formatInteger(p.establishments) },
    ];
    const table = sortableTable(
      `Zones d’activités de ${territoryName()} : surfaces par statut des lots (aujourd’hui)`,
      columns,
      shown,
      { key: 'available', direction: 'descending' },
      (p) => (p.id === route.park ? { class: 'is-selected', 'aria-current': 'true' } : {}),
    );
    replaceContent(parksSlot, table.element);
  }

  function renderLotsTable(): void {
    const park = parkOf(route.park);
    lotsSection.hidden = park === null;
    if (!park) return;
    lotsTitle.textContent = `Les lots de ${park.name}${route.asOf ? ` au ${dayLabel(route.asOf)}` : ''}`;
    if (!parkLots) {
      replaceContent(lotsSlot, loading('Chargement des lots…'));
      return;
    }
    const items = parkLots.items;
    const drawn = new Set((lotFeatures?.features ?? []).map((f) => Number(f.id)));
    const occupants = items.some((l) => l.occupantName !== null || l.occupantSiret !== null);
    const columns: Column<LotItem>[] = [
      {
        key: 'id',
        label: 'Lot',
        rowHeader: true,
        sort: (l) => l.id,
        cell: (l) => h('a', { href: foncierEcoUrl({ ...route, lot: l.id }), 'data-nav': '', 'data-lot': l.id }, `n° ${l.id}`),
      },
      { key: 'status', label: 'Statut', sort: (l) => statusLabel(l.status), cell: (l) => statusCell(l.status) },
      { key: 'area', label: 'Surface (ha)', numeric: true, sort: (l) => l.areaHa, cell: (l) => formatDecimal(l.areaHa, 2) },
      ...(occupants
        ? [
            { key: 'occupant', label: 'Occupant', sort: (l: LotItem) => l.occupantName, cell: (l: LotItem) => l.occupantName ?? '—' },
            { key: 'siret', label: 'SIRET', sort: (l: LotItem) => l.occupantSiret, cell: (l: LotItem) => l.occupantSiret ?? '—' },
          ]
        : []),
      { key: 'updated', label: 'Mis à jour le', sort: (l) => l.updatedAt, cell: (l) => formatDate(l.updatedAt) },
      {
        key: 'note',
        label: 'Remarque',
        cell: (l) =>
          [
            l.splitFrom !== null ? `issu du lot n° ${l.splitFrom}` : null,
            route.asOf !== null && lotFeatures && !drawn.has(l.id) ? 'découpé ou retiré depuis (pas de tracé aujourd’hui)' : null,
          ]
            .filter(Boolean)
            .join(' ; ') || '',
      },
    ];
    const table = sortableTable(
      `Lots de ${park.name}${route.asOf ? ` au ${dayLabel(route.asOf)}` : ''} : statut, surface${occupants ? ', occupant' : ''}`,
      columns,
      [...items],
      { key: 'id', direction: 'ascending' },
      (l) => ({ 'data-lot-row': String(l.id), ...(l.id === route.lot ? { class: 'is-selected', 'aria-current': 'true' } : {}) }),
    );
    replaceContent(
      lotsSlot,
      occupants
        ? null
        : h(
            'p',
            { class: 'note' },
            'Les occupants (raison sociale, SIRET) sont des données partenaires : ils ne sont montrés qu’aux partenaires du territoire et à l’agence.',
          ),
      table.element,
    );
  }

  function drawMap(): void {
    if (!map || !lotFeatures || !parkFeatures) return;
    const shown = new Set(parksShown().map((p) => p.id));
    const past = route.park !== null && route.asOf !== null && parkLots ? { park: route.park, lots: parkLots.items } : null;
    const lots = mapLots(
      lotFeatures.features.filter((f) => shown.has(f.properties.zae) || f.properties.zae === route.park),
      past,
    );
    const zae: ParkFeatures = {
      type: 'FeatureCollection',
      features: parkFeatures.features.filter((f) => shown.has(Number(f.id)) || Number(f.id) === route.park),
    };
    map.setParks(zae);
    map.setLots(lots);
    map.setSelected(route.park, route.lot);
    const fitKey = `${route.territory}|${route.park}`;
    if (fitKey !== fittedKey) {
      const focus = route.park !== null ? zae.features.filter((f) => Number(f.id) === route.park) : zae.features;
      const bbox = bboxOf(focus.map((f) => f.geometry));
      if (bbox) {
        map.fitTo(bbox);
        fittedKey = fitKey;
      }
    }
    const selected = lots.features.find((f) => f.properties.id === route.lot);
    const key = `${route.territory ?? ''}|${route.park ?? ''}|${route.asOf ?? ''}|${++drawCount}`;
    const drawnMap = map;
    void drawnMap.idle().then(() => {
      if (destroyed) return;
      mapElement.dataset['drawn'] = key;
      mapElement.dataset['lots'] = String(lots.features.length);
      if (selected) mapElement.dataset['selectedStatus'] = selected.properties.status;
      else delete mapElement.dataset['selectedStatus'];
    });
    mapElement.dataset['pending'] = key;
  }

  // --- the panel: park, lot sheet, editing ------------------------------------------------------------------------
  function lotGone(): HTMLElement {
    return h(
      'div',
      { class: 'alert alert--info', role: 'status' },
      h('p', { class: 'alert__title' }, `Le lot n° ${route.lot} n’existe plus : il a été découpé ou retiré.`),
      h('p', {}, h('a', { href: foncierEcoUrl({ ...route, lot: null }), 'data-nav': '' }, 'Revenir à la zone')),
    );
  }

  function renderPanel(): void {
    if (tool.kind !== 'none') return renderTool();
    const park = parkOf(route.park);
    if (!park) {
      replaceContent(panel, h('p', { class: 'note' }, 'Choisissez une zone d’activités sur la carte, dans la liste ou dans le tableau pour voir ses lots.'));
      return;
    }
    const canWrite = editable(park);
    const parts: (HTMLElement | null)[] = [
      h(
        'div',
        { class: 'panel-park' },
        h('h3', {}, park.name),
        h(
          'p',
          { class: 'note' },
          `Zone n° ${park.id} · ${epciName(park.epciId)} · ${ha(park.totalHa)} · ${park.establishments} établissement${park.establishments > 1 ? 's' : ''}`,
        ),
      ),
    ];
    if (route.asOf !== null) {
      parts.push(
        h(
          'p',
          { class: 'alert alert--info', role: 'status' },
          `Situation au ${dayLabel(route.asOf)} : consultation seulement. Revenez à aujourd’hui pour modifier les lots.`,
        ),
      );
    } else if (ctx.session.identity()?.editor && !canWrite) {
      parts.push(h('p', { class: 'alert alert--warning', 'data-read-only': '' }, 'Cette zone est hors du périmètre de votre clé : lecture seule.'));
    } else if (canWrite && route.lot === null) {
      const create = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'create' }, 'Ajouter un lot (tracer son contour)');
      create.addEventListener('click', () => startCreate(park.id));
      parts.push(h('p', { class: 'actions' }, create));
    }
    if (route.lot === null) {
      parts.push(h('p', { class: 'note' }, 'Cliquez un lot sur la carte ou dans le tableau des lots pour sa fiche.'));
      replaceContent(panel, ...parts);
      return;
    }
    if (route.asOf !== null) {
      const item = parkLots?.items.find((l) => l.id === route.lot) ?? null;
      parts.push(
        item ? lotSheet(item) : parkLots ? h('p', { class: 'note' }, `Le lot n° ${route.lot} n’existait pas à cette date.`) : loading('Chargement du lot…'),
      );
      replaceContent(panel, ...parts);
      return;
    }
    if (!lotDetail) {
      parts.push(loading('Chargement du lot…'));
      replaceContent(panel, ...parts);
      return;
    }
    parts.push(lotSheet(lotDetail.lot));
    if (canWrite) parts.push(editForm(lotDetail.lot, lotDetail.etag));
    replaceContent(panel, ...parts);
  }

  function lotSheet(lot: LotItem | Lot): HTMLElement {
    const close = h('a', { href: foncierEcoUrl({ ...route, lot: null }), 'data-nav': '', class: 'lot-sheet__close' }, 'Fermer la fiche');
    const rows: [string, HTMLElement | string][] = [
      ['Statut', statusCell(lot.status)],
      ['Surface', ha(lot.areaHa)],
      ['Version', `${lot.version}, du ${formatDate(lot.updatedAt)}`],
    ];
    if (lot.occupantName !== null) rows.push(['Occupant', lot.occupantName]);
    if (lot.occupantSiret !== null) rows.push(['SIRET', lot.occupantSiret]);
    if (lot.splitFrom !== null) rows.push(['Origine', `issu du découpage du lot n° ${lot.splitFrom}`]);
    if ('changedBy' in lot && lot.changedBy) rows.push(['Modifié par', lot.changedBy]);
    return h(
      'div',
      { class: 'lot-sheet', 'data-lot-sheet': lot.id, 'data-status': lot.status },
      h('h3', {}, `Lot n° ${lot.id}`),
      h('dl', { class: 'lot-sheet__list' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
      close,
    );
  }

  /** A field with its label, hint and error slot (aria-describedby), for the API's field errors. */
  function field(label: string, control: HTMLInputElement | HTMLSelectElement, name: string, hint?: string): { element: HTMLElement; error: HTMLElement } {
    const id = control.id;
    const error = h('p', { class: 'field__error', id: `${id}-error`, hidden: true, 'data-error-for': name });
    const hintElement = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
    if (hint) control.setAttribute('aria-describedby', `${id}-hint`);
    return { element: h('div', { class: 'field' }, h('label', { for: id, class: 'label' }, label), hintElement, control, error), error };
  }

  function setFieldError(control: HTMLElement, error: HTMLElement, message: string | null): void {
    error.hidden = message === null;
    error.textContent = message ?? '';
    const hint = control.id ? `${control.id}-hint` : '';
    const described = [control.ownerDocument.getElementById(hint) ? hint : '', message ? error.id : ''].filter(Boolean).join(' ');
    if (described) control.setAttribute('aria-describedby', described);
    else control.removeAttribute('aria-describedby');
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
  }

  function editForm(lot: Lot, etag: string): HTMLElement {
    const formId = uid('lot-form');
    const status = h(
      'select',
      { id: `${formId}-status`, name: 'status', class: 'select' },
      ...STATUSES.map((s) => h('option', { value: s }, STATUS_LABELS[s])),
    );
    status.value = lot.status;
    const name = h('input', { id: `${formId}-name`, name: 'occupantName', class: 'input', autocomplete: 'organization', maxlength: 200 });
    name.value = lot.occupantName ?? '';
    const siret = h('input', { id: `${formId}-siret`, name: 'occupantSiret', class: 'input', inputmode: 'numeric', autocomplete: 'off' });
    siret.value = lot.occupantSiret ?? '';
    const statusField = field('Statut', status, 'status');
    const nameField = field('Occupant (raison sociale)', name, 'occupantName', 'Obligatoire pour un lot occupé ; effacé sinon.');
    const siretField = field('SIRET de l’occupant', siret, 'occupantSiret', '14 chiffres (facultatif).');
    const occupantFields = h('div', { class: 'occupant-fields' }, nameField.element, siretField.element);
    const syncOccupant = (): void => {
      occupantFields.hidden = status.value !== 'occupe';
    };
    status.addEventListener('change', syncOccupant);
    syncOccupant();
    const formStatus = h('div', { class: 'form-status' });
    const save = h('button', { type: 'submit', class: 'button' }, 'Enregistrer');
    const retire = h('button', { type: 'button', class: 'button button--secondary button--danger', 'data-action': 'retire' }, 'Retirer ce lot…');
    const split = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'split' }, 'Découper ce lot…');
    const form = h(
      'form',
      { class: 'form lot-form', novalidate: true, 'aria-labelledby': `${formId}-title`, 'data-lot-form': lot.id },
      h('h3', { id: `${formId}-title` }, `Modifier le lot n° ${lot.id}`),
      statusField.element,
      occupantFields,
      h('p', { class: 'actions' }, save),
      formStatus,
      h('p', { class: 'actions actions--secondary' }, split, ' ', retire),
    );
    const errors: Record<string, { control: HTMLElement; error: HTMLElement }> = {
      status: { control: status, error: statusField.error },
      occupantName: { control: name, error: nameField.error },
      occupantSiret: { control: siret, error: siretField.error },
    };
    function clearErrors(): void {
      for (const e of Object.values(errors)) setFieldError(e.control, e.error, null);
      formStatus.replaceChildren();
    }
    function body(): { status: string; occupantName: string | null; occupantSiret: string | null } {
      const occupied = status.value === 'occupe';
      return {
        status: status.value,
        occupantName: occupied ? name.value.trim() || null : null,
        occupantSiret: occupied ? (siret.value.trim() === '' ? null : normaliseSiret(siret.value)) : null,
      };
    }
    async function submit(ifMatch: string, change = body()): Promise<void> {
      clearErrors();
      save.disabled = true;
      save.textContent = 'Enregistrement…';
      try {
        await ctx.client.send<Lot>('PATCH', apiUrl({ path: '/api/v1/foncier-eco/lots/{id}', params: { id: lot.id } }), { body: change, ifMatch });
        await refresh();
        renderPanel();
        announce(`Lot n° ${lot.id} enregistré : ${statusLabel(change.status)}.`);
      } catch (error) {
        save.disabled = false;
        save.textContent = 'Enregistrer';
        handleWriteError(error, formStatus, errors, {
          mine: `statut « ${statusLabel(change.status)} »${change.occupantName ? `, occupant « ${change.occupantName} »` : ''}`,
          reapplyLabel: 'Réappliquer ma modification sur la version actuelle',
          reapply: (current) => void submit(current.eTag, change),
        });
      }
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void submit(etag);
    });
    retire.addEventListener('click', () => confirmRetire(lot, etag, formStatus, retire));
    split.addEventListener('click', () => startSplit(lot, etag));
    return form;
  }

  /** A polite announcement after a write, in the panel's status line. */
  function announce(message: string): void {
    const note = h('p', { class: 'alert alert--success', role: 'status', 'data-saved': '' }, message);
    panel.prepend(note);
  }

  interface ConflictOptions {
    mine: string;
    reapplyLabel: string;
    reapply: (current: Lot) => void;
  }

  /** Shows a write's failure: field errors next to their fields, 412 as a conflict, 403 and others in words. */
  function handleWriteError(
    error: unknown,
    slot: HTMLElement,
    fields: Record<string, { control: HTMLElement; error: HTMLElement }>,
    conflict: ConflictOptions,
  ): void {
    if (!(error instanceof ApiError) || error.kind !== 'http') {
      showError(slot, error);
      return;
    }
    if (error.status === 412) {
      const current = (error.body as { current?: Lot } | null)?.current ?? null;
      showConflict(slot, current, conflict);
      return;
    }
    if (error.status === 400 && error.problem?.errors) {
      let first: HTMLElement | null = null;
      const general: string[] = [];
      for (const [name, reasons] of Object.entries(error.problem.errors)) {
        const target = Object.entries(fields).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
        const message = reasons.map((r) => fieldMessage(name, r)).join(' ');
        if (target) {
          setFieldError(target.control, target.error, message);
          first ??= target.control;
        } else general.push(message);
      }
      if (general.length > 0 || !first) {
        replaceContent(slot, h('div', { class: 'alert alert--error', role: 'alert' }, h('p', { class: 'alert__title' }, general.join(' ') || error.message)));
      }
      first?.focus();
      return;
    }
    if (error.status === 403) {
      replaceContent(
        slot,
        h(
          'div',
          { class: 'alert alert--error', role: 'alert', 'data-forbidden': '' },
          h('p', { class: 'alert__title' }, 'Modification refusée : ce lot est hors du périmètre de votre clé.'),
          h('p', { class: 'alert__detail' }, `Détail technique : ${error.message}`),
        ),
      );
      return;
    }
    if (error.status === 404) {
      replaceContent(slot, lotGone());
      return;
    }
    if (error.status === 401) {
      replaceContent(
        slot,
        h(
          'div',
          { class: 'alert alert--error', role: 'alert' },
          h('p', { class: 'alert__title' }, 'Votre session a pris fin : reconnectez-vous pour enregistrer.'),
        ),
      );
      return;
    }
    showError(slot, error);
  }

  function showConflict(slot: HTMLElement, current: Lot | null, options: ConflictOptions): void {
    const headingId = uid('conflict');
    const reapply = h('button', { type: 'button', class: 'button', 'data-action': 'reapply' }, options.reapplyLabel);
    const discard = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'discard' }, 'Abandonner ma modification');
    reapply.disabled = current === null;
    reapply.addEventListener('click', () => {
      if (current) options.reapply(current);
    });
    discard.addEventListener('click', () => {
      tool = { kind: 'none' };
      map?.stopDrawing();
      map?.setPreview(null);
      toolBar.hidden = true;
      void refresh().then(() => {
        renderPanel();
        (panel.querySelector('h3') as HTMLElement | null)?.focus();
      });
    });
    const box = h(
      'div',
      { class: 'alert alert--warning conflict', role: 'alert', 'data-conflict': '', tabindex: '-1', 'aria-labelledby': headingId },
      h('p', { class: 'alert__title', id: headingId }, `${CONFLICT_TITLE} depuis que vous l’avez ouvert.`),
      current
        ? h(
            'div',
            {},
            h('p', {}, `Version actuelle (n° ${current.version}, du ${formatDate(current.updatedAt)}, par ${current.changedBy}) :`),
            h(
              'ul',
              { class: 'conflict__current' },
              h('li', {}, 'Statut : ', statusCell(current.status)),
              current.occupantName !== null ? h('li', {}, `Occupant : ${current.occupantName}`) : null,
              h('li', {}, `Surface : ${ha(current.areaHa)}`),
            ),
          )
        : h('p', {}, 'Le lot n’existe plus sous cette forme.'),
      h('p', {}, `Votre modification, non enregistrée : ${options.mine}.`),
      h('p', { class: 'actions' }, reapply, ' ', discard),
    );
    replaceContent(slot, box);
    box.focus();
  }

  function confirmRetire(lot: Lot, etag: string, slot: HTMLElement, opener: HTMLElement): void {
    const yes = h('button', { type: 'button', class: 'button button--danger', 'data-action': 'confirm-retire' }, `Retirer le lot n° ${lot.id}`);
    const no = h('button', { type: 'button', class: 'button button--secondary' }, 'Annuler');
    const box = h(
      'div',
      { class: 'alert alert--warning', role: 'alertdialog', 'aria-label': 'Confirmer le retrait du lot', tabindex: '-1' },
      h('p', { class: 'alert__title' }, `Retirer le lot n° ${lot.id} (${ha(lot.areaHa)}) de la zone ?`),
      h('p', {}, 'Il disparaît de la carte et des chiffres à partir d’aujourd’hui ; son historique reste consultable à une date passée.'),
      h('p', { class: 'actions' }, yes, ' ', no),
    );
    no.addEventListener('click', () => {
      slot.replaceChildren();
      opener.focus();
    });
    const doRetire = async (ifMatch: string): Promise<void> => {
      yes.setAttribute('disabled', '');
      try {
        await ctx.client.send('DELETE', apiUrl({ path: '/api/v1/foncier-eco/lots/{id}', params: { id: lot.id } }), { ifMatch });
        ctx.navigate({ ...route, lot: null });
        await refresh();
        renderPanel();
        announce(`Lot n° ${lot.id} retiré.`);
      } catch (error) {
        handleWriteError(
          error,
          slot,
          {},
          {
            mine: 'retrait du lot',
            reapplyLabel: 'Retirer quand même la version actuelle',
            reapply: (current) => void doRetire(current.eTag),
          },
        );
      }
    };
    yes.addEventListener('click', () => void doRetire(etag));
    replaceContent(slot, box);
    box.focus();
  }

  // --- drawing tools: split along a line, create a lot --------------------------------------------------------------
  function startSplit(lot: Lot, etag: string): void {
    tool = { kind: 'split', lot, etag, points: [], preview: null, statuses: [lot.status, lot.status] };
    void mapReady.then((m) =>
      m?.startDrawing('line', (points) => {
        if (tool.kind !== 'split') return;
        tool.points = points;
        tool.preview = null;
        m.setPreview(null);
        renderTool();
      }),
    );
    renderTool();
    (panel.querySelector('h3') as HTMLElement | null)?.focus();
  }

  function startCreate(park: number): void {
    tool = { kind: 'create', park, points: [] };
    void mapReady.then((m) =>
      m?.startDrawing('polygon', (points) => {
        if (tool.kind !== 'create') return;
        tool.points = points;
        renderTool();
      }),
    );
    renderTool();
    (panel.querySelector('h3') as HTMLElement | null)?.focus();
  }

  function stopTool(): void {
    tool = { kind: 'none' };
    map?.stopDrawing();
    map?.setPreview(null);
    toolBar.hidden = true;
    renderPanel();
  }

  function renderTool(): void {
    const cancel = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'cancel-tool' }, 'Annuler');
    cancel.addEventListener('click', () => {
      stopTool();
      (panel.querySelector('button, a') as HTMLElement | null)?.focus();
    });
    const undo = h('button', { type: 'button', class: 'button button--tertiary', 'data-action': 'undo' }, 'Effacer le dernier point');
    undo.addEventListener('click', () => map?.undoPoint());
    const slot = h('div', { class: 'form-status' });
    toolBar.hidden = false;
    if (tool.kind === 'split') {
      const t = tool;
      undo.toggleAttribute('disabled', t.points.length === 0);
      replaceContent(
        toolBar,
        h('p', { class: 'draw-bar__text' }, `Tracé de la ligne de coupe : ${t.points.length} point${t.points.length > 1 ? 's' : ''}`),
        undo,
      );
      const previewButton = h(
        'button',
        { type: 'button', class: 'button', 'data-action': 'preview-split', disabled: t.points.length < 2 },
        'Prévisualiser la découpe',
      );
      previewButton.addEventListener('click', () => void previewSplit(slot));
      const children: (HTMLElement | string)[] = [
        h('h3', { tabindex: '-1' }, `Découper le lot n° ${t.lot.id}`),
        h(
          'ol',
          { class: 'steps' },
          h('li', {}, 'Cliquez sur la carte un premier point hors du lot, d’un côté.'),
          h('li', {}, 'Ajoutez des points si la coupe fait un angle, puis un dernier point hors du lot, de l’autre côté.'),
          h('li', {}, 'Prévisualisez les deux parties, choisissez leur statut, puis découpez.'),
        ),
      ];
      if (t.preview) {
        const selects = t.preview.map((part, i) => {
          const select = h(
            'select',
            { id: uid(`part-${i + 1}`), name: `part-${i + 1}-status`, class: 'select' },
            ...STATUSES.map((s) => h('option', { value: s }, STATUS_LABELS[s])),
          );
          select.value = t.statuses[i] ?? part.status;
          select.addEventListener('change', () => {
            t.statuses[i as 0 | 1] = select.value;
            map?.setPreview(previewParts(t.preview!, t.statuses));
          });
          return h(
            'div',
            { class: 'field part-field', 'data-part': i + 1 },
            h('label', { for: select.id, class: 'label' }, `Partie ${i + 1} (${ha(part.areaHa)}) — statut`),
            select,
          );
        });
        const confirm = h('button', { type: 'button', class: 'button', 'data-action': 'confirm-split' }, 'Découper le lot');
        confirm.addEventListener('click', () => void commitSplit(slot, t.etag));
        children.push(
          h('p', { class: 'note' }, 'Aperçu calculé par le service (PostGIS) : les parties sont hachurées sur la carte, dans l’ordre ci-dessous.'),
          ...selects,
          h('p', { class: 'actions' }, confirm, ' ', cancel),
        );
      } else {
        children.push(h('p', { class: 'actions' }, previewButton, ' ', cancel));
      }
      replaceContent(panel, h('div', { class: 'tool', 'data-tool': 'split' }, ...children, slot));
      return;
    }
    if (tool.kind === 'create') {
      const t = tool;
      undo.toggleAttribute('disabled', t.points.length === 0);
      replaceContent(toolBar, h('p', { class: 'draw-bar__text' }, `Contour du nouveau lot : ${t.points.length} point${t.points.length > 1 ? 's' : ''}`), undo);
      const formId = uid('new-lot');
      const status = h(
        'select',
        { id: `${formId}-status`, name: 'status', class: 'select' },
        ...STATUSES.map((s) => h('option', { value: s }, STATUS_LABELS[s])),
      );
      status.value = 'disponible_amenage';
      const name = h('input', { id: `${formId}-name`, name: 'occupantName', class: 'input', maxlength: 200 });
      const siret = h('input', { id: `${formId}-siret`, name: 'occupantSiret', class: 'input', inputmode: 'numeric' });
      const statusField = field('Statut', status, 'status');
      const nameField = field('Occupant (raison sociale)', name, 'occupantName', 'Obligatoire pour un lot occupé.');
      const siretField = field('SIRET de l’occupant', siret, 'occupantSiret', '14 chiffres (facultatif).');
      const occupantFields = h('div', { class: 'occupant-fields' }, nameField.element, siretField.element);
      const sync = (): void => {
        occupantFields.hidden = status.value !== 'occupe';
      };
      status.addEventListener('change', sync);
      sync();
      const geometryError = h('p', { class: 'field__error', id: `${formId}-geometry-error`, hidden: true, 'data-error-for': 'geometry' });
      const drawingNote = h(
        'p',
        { class: 'note', id: `${formId}-geometry` },
        `Contour : ${t.points.length} point${t.points.length > 1 ? 's' : ''} (au moins 3).`,
      );
      const save = h('button', { type: 'submit', class: 'button', disabled: t.points.length < 3 }, 'Créer le lot');
      const form = h(
        'form',
        { class: 'form', novalidate: true, 'data-tool': 'create' },
        h('h3', { tabindex: '-1' }, 'Ajouter un lot'),
        h(
          'p',
          { class: 'note' },
          'Cliquez sur la carte les sommets du contour, à l’intérieur de la zone et hors des autres lots (un lot retiré ou une partie non lotie).',
        ),
        drawingNote,
        geometryError,
        statusField.element,
        occupantFields,
        h('p', { class: 'actions' }, save, ' ', cancel),
        slot,
      );
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const occupied = status.value === 'occupe';
        const ring = [...t.points, t.points[0]!];
        const fields = {
          status: { control: status as HTMLElement, error: statusField.error },
          occupantName: { control: name as HTMLElement, error: nameField.error },
          occupantSiret: { control: siret as HTMLElement, error: siretField.error },
          geometry: { control: drawingNote as HTMLElement, error: geometryError },
        };
        for (const f of Object.values(fields)) setFieldError(f.control, f.error, null);
        save.disabled = true;
        ctx.client
          .send<Lot>('POST', apiUrl({ path: '/api/v1/foncier-eco/parks/{id}/lots', params: { id: t.park } }), {
            body: {
              geometry: { type: 'Polygon', coordinates: [ring] },
              status: status.value,
              occupantName: occupied ? name.value.trim() || null : null,
              occupantSiret: occupied && siret.value.trim() !== '' ? normaliseSiret(siret.value) : null,
            },
          })
          .then(async (answer) => {
            tool = { kind: 'none' };
            map?.stopDrawing();
            toolBar.hidden = true;
            const created = answer.body;
            ctx.navigate({ ...route, lot: created?.id ?? null });
            await refresh();
            renderPanel();
            announce(`Lot n° ${created?.id ?? ''} créé.`);
          })
          .catch((error: unknown) => {
            save.disabled = false;
            handleWriteError(error, slot, fields, { mine: 'création du lot', reapplyLabel: 'Réessayer', reapply: () => form.requestSubmit() });
          });
      });
      replaceContent(panel, form);
    }
  }

  function previewParts(parts: PartPreview[], statuses: [string, string]): PreviewPart[] {
    return parts.map((p, i) => ({ geometry: p.geometry as LotGeometry, colour: statusColour(statuses[i] ?? p.status), label: `Partie ${i + 1}` }));
  }

  async function previewSplit(slot: HTMLElement): Promise<void> {
    if (tool.kind !== 'split') return;
    const t = tool;
    slot.replaceChildren(loading('Calcul des deux parties…'));
    try {
      const answer = await ctx.client.send<SplitAnswer>(
        'POST',
        `${apiUrl({ path: '/api/v1/foncier-eco/lots/{id}/split', params: { id: t.lot.id } })}?dryRun=true`,
        {
          body: { cutLine: { type: 'LineString', coordinates: t.points } },
          ifMatch: t.etag,
        },
      );
      if (tool !== t || !answer.body) return;
      t.preview = answer.body.parts;
      map?.setPreview(previewParts(t.preview, t.statuses));
      renderTool();
      (panel.querySelector('[data-part="1"] select') as HTMLElement | null)?.focus();
    } catch (error) {
      slot.replaceChildren();
      const lineError = h('p', { class: 'field__error', role: 'alert', 'data-error-for': 'cutLine' });
      handleWriteError(
        error,
        slot,
        { cutLine: { control: lineError, error: lineError } },
        {
          mine: 'découpe du lot',
          reapplyLabel: 'Recommencer la découpe sur la version actuelle',
          reapply: (current) => {
            t.etag = current.eTag;
            t.lot = current;
            void previewSplit(slot);
          },
        },
      );
      if (!lineError.hidden && lineError.textContent) slot.prepend(lineError);
    }
  }

  async function commitSplit(slot: HTMLElement, ifMatch: string): Promise<void> {
    if (tool.kind !== 'split') return;
    const t = tool;
    slot.replaceChildren(loading('Découpe en cours…'));
    try {
      const answer = await ctx.client.send<SplitAnswer>('POST', apiUrl({ path: '/api/v1/foncier-eco/lots/{id}/split', params: { id: t.lot.id } }), {
        body: { cutLine: { type: 'LineString', coordinates: t.points }, parts: t.statuses.map((status) => ({ status })) },
        ifMatch,
      });
      tool = { kind: 'none' };
      map?.stopDrawing();
      map?.setPreview(null);
      toolBar.hidden = true;
      const ids = answer.body?.lots.map((l) => l.id) ?? [];
      ctx.navigate({ ...route, lot: null });
      await refresh();
      renderPanel();
      announce(`Lot n° ${t.lot.id} découpé en lots n° ${ids.join(' et n° ')}.`);
    } catch (error) {
      slot.replaceChildren();
      handleWriteError(
        error,
        slot,
        {},
        {
          mine: 'découpe du lot',
          reapplyLabel: 'Recommencer la découpe sur la version actuelle',
          reapply: (current) => {
            t.etag = current.eTag;
            t.lot = current;
            t.preview = null;
            map?.setPreview(null);
            void previewSplit(slot);
          },
        },
      );
    }
  }

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && tool.kind !== 'none') stopTool();
  };
  ctx.document.addEventListener('keydown', onKey);
  // After the requests of the moment have settled (a refused key fails them all, and the shared caches drop them).
  const unsubscribe = ctx.session.subscribe(() => void ctx.window.setTimeout(onSession, 0));
  function onSession(): void {
    if (destroyed) return;
    if (tool.kind !== 'none') stopTool();
    // A refused key (401) may have failed the first reads: read them again, anonymously.
    if (!lotFeatures) void loadAndDrawMap();
    if (!parks) {
      void start();
      return;
    }
    // Occupants depend on who asks: read the park's lots and the lot again.
    void apply().then(() =>
      Promise.all([loadParkLots(true), loadLot(true)])
        .then(() => {
          if (destroyed) return;
          renderLotsTable();
          renderPanel();
        })
        .catch(() => undefined),
    );
  }

  void start();

  return {
    update(next: Route) {
      if (!isFoncierEcoRoute(next)) return;
      const lotChanged = next.lot !== route.lot || next.park !== route.park || next.asOf !== route.asOf;
      route = next;
      if (lotChanged && tool.kind !== 'none') {
        tool = { kind: 'none' };
        map?.stopDrawing();
        map?.setPreview(null);
        toolBar.hidden = true;
      }
      void apply();
    },
    destroy() {
      destroyed = true;
      generation++;
      unsubscribe();
      ctx.document.removeEventListener('keydown', onKey);
      void mapReady.then((m) => m?.destroy());
    },
  };
}
