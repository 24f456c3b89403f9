/**
 * Réseau cyclable: for the AULA perimeter, an EPCI or a commune, the km of facility in service, per 1,000 inhabitants
 * and the share of the priority routes built; the km by type of the national schema and by status; the network map by
 * family of facility (line patterns, loaded near the screen) with the tables as its alternative; the downloads (the
 * GeoJSON to the national schema, CSV, the OGC address for QGIS). The territory is in the URL.
 */
import './cyclable.css';
import { apiUrl, withQuery } from '../../../platform/api/client';
import type { Context, View } from '../../../platform/context';
import { formatDecimal, formatInteger } from '../../../platform/format';
import type { Route } from '../../../platform/routes';
import {
  apiAddress,
  loading,
  mountMap,
  selectField,
  showError,
  simpleTable,
  sortableTable,
  tableAlternative,
  type Column,
  type Option,
} from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import { nearViewport } from '../../../platform/ui/nearViewport';
import type { CycleNetwork, FacilityCollection, FacilityFeature } from './api';
import type { NetworkMap } from './networkMap';
import { cyclableUrl, isCyclableRoute, type CyclableRoute } from './route';
import { FAMILY_STYLES, lineSample, mainFacility } from './styles';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';

const km = (value: number): string => `${formatDecimal(value, 1)}\u00a0km`;

/** The figures of the territory: km in service, per 1,000 inhabitants, the priority routes' share built. */
function renderFigures(slot: HTMLElement, network: CycleNetwork): void {
  const figure = (id: string, label: string, value: string, raw: number | null | undefined) =>
    h('div', { class: 'figure' }, h('dt', {}, label), h('dd', { 'data-testid': id, 'data-value': raw ?? '' }, value));
  replaceContent(
    slot,
    h(
      'dl',
      { class: 'cyclable-figures' },
      figure('in-service-km', 'Aménagements cyclables en service', km(network.inServiceKm), network.inServiceKm),
      figure('km-per-thousand', 'Pour 1 000 habitants', network.kmPerThousand == null ? '—' : km(network.kmPerThousand), network.kmPerThousand),
      figure(
        'priority-share',
        'Itinéraires prioritaires réalisés',
        network.priorityShare == null ? '—' : `${formatDecimal(network.priorityShare, 1)}\u00a0%`,
        network.priorityShare,
      ),
      figure('segments', 'Tronçons', formatInteger(network.segments), network.segments),
    ),
    h('p', { class: 'note' }, 'Linéaire compté côté par côté : une rue avec une bande cyclable de chaque côté compte deux fois sa longueur.'),
  );
}

/** The km by type of the schema (rows) and status (columns), with the totals. */
function typesTable(network: CycleNetwork): HTMLElement {
  const rows = network.types.filter((t) => t.total > 0);
  const sum = (pick: (t: (typeof rows)[number]) => number) => rows.reduce((a, t) => a + pick(t), 0);
  const table = simpleTable(
    `Linéaire d’aménagements cyclables par type et par statut, en km — ${network.name}`,
    ['Type d’aménagement', 'En service', 'En travaux', 'Provisoire', 'Non renseigné', 'Total'],
    [
      ...rows.map((t) => [
        t.label,
        formatDecimal(t.enService, 1),
        formatDecimal(t.enTravaux, 1),
        formatDecimal(t.provisoire, 1),
        formatDecimal(t.nonRenseigne, 1),
        formatDecimal(t.total, 1),
      ]),
      [
        'Total',
        ...[sum((t) => t.enService), sum((t) => t.enTravaux), sum((t) => t.provisoire), sum((t) => t.nonRenseigne), sum((t) => t.total)].map((v) =>
          formatDecimal(v, 1),
        ),
      ],
    ],
  );
  table.dataset['testid'] = 'types-table';
  return table;
}

function routesTable(network: CycleNetwork): HTMLElement {
  if (network.priorityRoutes.length === 0) return h('p', {}, 'Aucun itinéraire prioritaire n’est défini dans ce territoire.');
  const table = simpleTable(
    `Itinéraires prioritaires du schéma cyclable — ${network.name}`,
    ['Commune', 'Itinéraire', 'Prévu (km)', 'Réalisé (km)', 'Part réalisée'],
    network.priorityRoutes.map((r) => [
      r.communeName,
      r.name,
      formatDecimal(r.plannedKm, 1),
      formatDecimal(r.builtKm, 1),
      `${formatDecimal(r.share, 1)}\u00a0%`,
    ]),
    2,
  );
  table.dataset['testid'] = 'routes-table';
  return table;
}

/** The map's alternative: the segments drawn, a page at a time. */
function segmentsTable(network: FacilityCollection): HTMLElement {
  const main = (f: FacilityFeature) => mainFacility(f.properties.ame_d, f.properties.ame_g) ?? 'AUCUN';
  const status = (f: FacilityFeature) => (main(f) === f.properties.ame_d ? f.properties.statut_d : f.properties.statut_g) ?? 'NON RENSEIGNE';
  const columns: Column<FacilityFeature>[] = [
    { key: 'id', label: 'Identifiant', cell: (f) => f.properties.id_local, sort: (f) => f.properties.id_local, rowHeader: true },
    { key: 'commune', label: 'Commune (INSEE)', cell: (f) => f.properties.code_com_d, sort: (f) => f.properties.code_com_d },
    { key: 'type', label: 'Aménagement principal', cell: (f) => main(f).toLowerCase(), sort: main },
    { key: 'status', label: 'Statut', cell: (f) => status(f).toLowerCase(), sort: status },
    { key: 'route', label: 'Itinéraires', cell: (f) => (f.properties.nom_loc ?? []).join(', ') },
  ];
  const table = sortableTable(
    `Tronçons du réseau cyclable (${formatInteger(network.features.length)})`,
    columns,
    network.features,
    { key: 'id', direction: 'ascending' },
    () => ({}),
    { size: 50 },
  );
  return h('div', { class: 'table-wrap', 'data-testid': 'segments-table' }, table.element);
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'cyclable-legend', 'aria-label': 'Légende de la carte' },
    ...FAMILY_STYLES.map((style) => h('li', {}, lineSample(style), ` ${style.label} (${style.pattern})`)),
  );
}

function renderDownloads(slot: HTMLElement, territory: string, origin: string): void {
  const query = territory === 'groupement:aula' ? {} : { territory };
  const geojson = apiUrl({ path: '/api/v1/mobilite/cycle-facilities', query });
  const csv = apiUrl({ path: '/api/v1/mobilite/cycle-facilities', query: { ...query, format: 'csv' } });
  const name = `amenagements_cyclables_${territory.replace(':', '_')}`;
  replaceContent(
    slot,
    h(
      'p',
      { class: 'downloads__buttons' },
      h('a', { class: 'button', href: geojson, download: `${name}.geojson`, 'data-download': 'geojson' }, 'GeoJSON au schéma national'),
      ' ',
      h('a', { class: 'button button--secondary', href: csv, download: `${name}.csv`, 'data-download': 'csv' }, 'CSV (géométrie en WKT)'),
      ' ',
      h(
        'a',
        {
          class: 'button button--secondary',
          href: apiUrl({ path: '/api/v1/mobilite/cycle-facilities', query: { ...query, format: 'xlsx' } }),
          download: `${name}.xlsx`,
          'data-download': 'xlsx',
        },
        'Tableur (XLSX)',
      ),
    ),
    h(
      'p',
      { class: 'note' },
      'Le GeoJSON suit exactement le schéma de données des aménagements cyclables (0.3) : c’est le fichier attendu par la base nationale et les calculateurs d’itinéraires.',
    ),
    h('p', { class: 'label' }, 'Dans QGIS : Couche › Ajouter une couche WFS / OGC API - Features, collection « mobilite-amenagements-cyclables »'),
    ...apiAddress('/ogc/collections/mobilite-amenagements-cyclables', origin),
  );
}

export function mountCyclable(container: HTMLElement, initial: CyclableRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  const title = h('h1', { tabindex: '-1' }, 'Réseau cyclable');
  const picker = h('div', { class: 'cyclable-picker' }, loading('Chargement des territoires…'));
  const figures = h('div', { class: 'cyclable-figures-slot', 'aria-live': 'polite' }, loading('Chargement du réseau…'));
  const types = h('div', { class: 'cyclable-types-slot' }, loading('Chargement des linéaires…'));
  const segments = h('div', {});
  const routes = h('div', {});
  const mapElement = h('div', { id: 'cyclable-map', class: 'cyclable-map' });
  const mapStatus = h('div', { class: 'map-status', role: 'status' }, loading('Chargement de la carte…'));
  const downloads = h('div', { class: 'downloads' });
  const block = (id: string, heading: string, ...content: HTMLElement[]) =>
    h('section', { class: 'block', 'aria-labelledby': id }, h('h2', { id }, heading), ...content);
  container.append(
    observatoryBreadcrumb('mobilite', 'Mobilité', 'Réseau cyclable'),
    title,
    h(
      'p',
      { class: 'lead' },
      'Le réseau cyclable au schéma national des aménagements cyclables : linéaires par type et par statut, itinéraires prioritaires du schéma, carte et téléchargements.',
    ),
    picker,
    block('cyclable-chiffres', 'Chiffres clés', figures),
    block('cyclable-lineaires', 'Linéaire par type et par statut', types),
    block(
      'cyclable-carte',
      'Carte du réseau par type d’aménagement',
      legend(),
      mapElement,
      mapStatus,
      tableAlternative('Les tronçons de la carte en tableau', segments),
    ),
    block('cyclable-itineraires', 'Itinéraires prioritaires', routes),
    block('cyclable-telechargements', 'Télécharger le réseau', downloads),
  );

  const nearness = nearViewport(mapElement);
  const map: Promise<NetworkMap | null> = mountMap(
    nearness.near.then(() => import('./networkMap')).then(({ createNetworkMap }) => createNetworkMap(mapElement, 'Carte du réseau cyclable')),
    mapElement,
    mapStatus,
    () => destroyed,
  );
  void map.then(async (m) => {
    if (!m) return;
    const epcis = await ctx.client.getTerritoryFeatures({ level: 'epci' }).catch(() => null);
    if (epcis && !destroyed) m.setContext(epcis);
  });

  async function showPicker(network: CycleNetwork | null): Promise<void> {
    const choices = await ctx.territoryChoices().catch(() => null);
    if (destroyed) return;
    const options: Option[] = [
      ...(choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
      ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'EPCI' })),
    ];
    if (!options.some((o) => o.value === route.territory)) options.push({ value: route.territory, label: network?.name ?? route.territory, group: 'Commune' });
    replaceContent(picker, selectField('Territoire', 'territory', options, route.territory, (territory) => ctx.navigate({ ...route, territory })).field);
  }

  async function drawMap(territory: string, live: () => boolean): Promise<void> {
    try {
      const network = await ctx.client.getJson<FacilityCollection>(withQuery('/api/v1/mobilite/cycle-facilities', { territory }));
      if (!live()) return;
      replaceContent(segments, segmentsTable(network));
      const m = await map;
      if (!m || !live()) return;
      m.setLabel(
        `Carte du réseau cyclable : ${formatInteger(network.features.length)} tronçons, par type d’aménagement. Le tableau des tronçons suit la carte.`,
      );
      await m.setNetwork(network);
      if (!live()) return;
      mapStatus.hidden = true;
      mapElement.dataset['drawn'] = `${territory}|${network.features.length}`;
    } catch (error) {
      if (!live()) return;
      mapStatus.hidden = false;
      showError(mapStatus, error, () => void drawMap(territory, live));
    }
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    const territory = route.territory;
    renderDownloads(downloads, territory, ctx.window.location.origin);
    void drawMap(territory, live);
    try {
      const network = await ctx.client.getJson<CycleNetwork>(withQuery('/api/v1/mobilite/cycle-network', { territory }));
      if (!live()) return;
      title.textContent = `Réseau cyclable — ${network.name}`;
      ctx.setTitle(title.textContent);
      void showPicker(network);
      renderFigures(figures, network);
      replaceContent(types, typesTable(network));
      replaceContent(routes, routesTable(network));
    } catch (error) {
      if (!live()) return;
      title.textContent = 'Réseau cyclable';
      void showPicker(null);
      showError(figures, error, () => void load());
      replaceContent(types);
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isCyclableRoute(next) || cyclableUrl(next) === cyclableUrl(route)) return;
      route = next;
      void load();
    },
    destroy() {
      destroyed = true;
      nearness.cancel();
      void map.then((m) => m?.destroy());
    },
  };
}
