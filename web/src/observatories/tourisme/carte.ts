/**
 * Carte des hébergements touristiques (/tourisme/carte): the establishments of the latest inventory on a map, filtered
 * by type (checkboxes, in the URL), and the capacity of the chosen EPCI (CC des 7 Vallées or CABBALR) for those types:
 * establishments, tourist beds, beds per 1,000 inhabitants, and by type (from GET /api/v1/tourisme/capacity). The
 * establishments are loaded once (the OGC layer); a filter redraws and asks the capacity again. The map, its legend and
 * the table are a points page's (platform/ui/pointsPage.ts).
 */
import './tourisme.css';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { apiAddress, loading, selectField, showError } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { createPointsPage } from '../../platform/ui/pointsPage';
import {
  accommodationsLayerUrl,
  capacityUrl,
  occupancyUrl,
  type AccommodationCollection,
  type AccommodationFeature,
  type Capacity,
  type Occupancy,
} from './api';
import { capacityWords, number, points, shownAccommodations, TYPE_COLOURS, TYPE_LABELS } from './figures';
import { renderCapacity, renderOccupancy } from './panels';
import { carteUrl, EPCIS, isCarteRoute, toggleType, TYPES, type AccommodationType, type TourismeCarteRoute } from './route';

export function mountCarte(container: HTMLElement, initial: TourismeCarteRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let layer: AccommodationCollection | null = null;
  let communes = new Set<string>();
  let asked = 0;
  const page = createPointsPage<AccommodationType, TourismeCarteRoute, AccommodationFeature>({
    ctx,
    route,
    slug: 'tourisme',
    types: TYPES,
    labels: TYPE_LABELS,
    colours: TYPE_COLOURS,
    toggle: toggleType,
    typesLegend: 'Types d’hébergement',
    mapLabel: 'Carte des hébergements touristiques',
    // Each establishment a dot of its type's colour, its area growing with its tourist beds (the legend and the table say the same).
    layer: { id: 'accommodations', radius: ['+', 3, ['*', 0.35, ['sqrt', ['get', 'beds']]]], colour: ['get', 'colour'], opacity: 0.85 },
    legendNote: 'La taille du point croît avec les lits touristiques.',
    table: {
      caption: 'Les hébergements affichés',
      summary: 'Les hébergements affichés en tableau',
      testId: 'accommodations-table',
      columns: [
        { key: 'name', label: 'Établissement', cell: (f) => f.properties.name, sort: (f) => f.properties.name, rowHeader: true },
        { key: 'type', label: 'Type', cell: (f) => f.properties.type_label, sort: (f) => f.properties.type_label },
        { key: 'stars', label: 'Étoiles', cell: (f) => f.properties.stars ?? '–', sort: (f) => f.properties.stars, numeric: true },
        { key: 'capacity', label: 'Capacité', cell: capacityWords },
        { key: 'beds', label: 'Lits touristiques', cell: (f) => number(f.properties.tourist_beds), sort: (f) => f.properties.tourist_beds, numeric: true },
      ],
      sort: { key: 'beds', direction: 'descending' },
    },
  });
  const slots = {
    filters: h('form', { class: 'controls', 'aria-label': 'Filtres des hébergements' }),
    figures: h('div', { 'aria-live': 'polite' }, loading('Chargement de la capacité d’accueil…')),
    occupancy: h('div', { 'aria-live': 'polite' }, loading('Chargement de la fréquentation…')),
  };
  container.append(
    observatoryBreadcrumb('tourisme', 'Observatoire du tourisme', 'Carte des hébergements'),
    h('h1', { tabindex: '-1' }, 'Carte des hébergements touristiques'),
    h(
      'p',
      { class: 'lead' },
      'Les hébergements marchands du dernier inventaire (hôtels et campings classés, gîtes, chambres d’hôtes, hébergements collectifs, résidences) et leur capacité en lits touristiques : une chambre compte 2 lits, un emplacement de camping 3 lits, les autres hébergements leurs lits.',
    ),
    slots.filters,
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'tourisme-capacity-title' },
      h('h2', { id: 'tourisme-capacity-title' }, 'Capacité d’accueil'),
      slots.figures,
    ),
    h(
      'section',
      { class: 'block block--map', 'aria-labelledby': 'tourisme-map-title' },
      h('h2', { id: 'tourisme-map-title' }, 'Les hébergements'),
      page.mapLayout,
      page.table,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'tourisme-occupancy-title' },
      h('h2', { id: 'tourisme-occupancy-title' }, 'Fréquentation saisonnière'),
      slots.occupancy,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'tourisme-download-title' },
      h('h2', { id: 'tourisme-download-title' }, 'Les données'),
      h('p', { class: 'label' }, 'Les hébergements du dernier inventaire (GeoJSON, OGC API - Features ; QGIS : collection « tourisme-hebergements »)'),
      ...apiAddress(accommodationsLayerUrl(), ctx.window.location.origin),
      h(
        'p',
        {},
        h('a', { class: 'button', href: `${accommodationsLayerUrl()}&f=csv`, download: 'tourisme-hebergements.csv' }, 'Télécharger les hébergements (CSV)'),
      ),
    ),
  );
  ctx.setTitle('Carte des hébergements touristiques');

  function drawFilters(): void {
    const epci = selectField(
      'Intercommunalité',
      'territory',
      [...EPCIS].map((e) => ({ value: e.id, label: e.label })),
      route.territory,
      (territory) => ctx.navigate({ ...route, territory, map: null }),
    );
    replaceContent(slots.filters, epci.field, page.typeFilter());
  }

  async function drawFigures(): Promise<void> {
    const ask = ++asked;
    const types = route.types;
    if (types !== null && types.length === 0) {
      replaceContent(slots.figures, h('p', {}, 'Aucun type d’hébergement n’est coché.'));
      return;
    }
    try {
      const capacity = await ctx.client.getJson<Capacity>(capacityUrl(route.territory, types));
      if (destroyed || ask !== asked) return;
      renderCapacity(slots.figures, capacity);
    } catch (error) {
      if (!destroyed && ask === asked) showError(slots.figures, error, () => void drawFigures());
    }
  }

  async function drawOccupancy(): Promise<void> {
    const territory = route.territory;
    try {
      const o = await ctx.client.getJson<Occupancy>(occupancyUrl(territory));
      if (destroyed || territory !== route.territory) return;
      renderOccupancy(slots.occupancy, o);
    } catch (error) {
      if (!destroyed && territory === route.territory) showError(slots.occupancy, error, () => void drawOccupancy());
    }
  }

  const inTerritory = (f: AccommodationFeature): boolean => communes.has(f.properties.commune);

  function drawList(): void {
    if (layer) page.list(shownAccommodations(layer.features, route.types).filter(inTerritory));
  }

  function drawMap(): Promise<void> {
    return page.drawMap(() => {
      if (!layer) return null;
      const shown = shownAccommodations(layer.features, route.types);
      return {
        points: points(shown),
        fit: points(layer.features.filter(inTerritory)),
        label: `Carte des hébergements touristiques : ${number(shown.length)} affichés. Le tableau sous la carte reprend ceux de l’intercommunalité.`,
        drawn: `${carteUrl({ ...route, map: null })}|${shown.length}`,
      };
    });
  }

  async function loadTerritory(): Promise<void> {
    const found = await ctx.client.listTerritories({ level: 'commune', within: route.territory, limit: 200 });
    communes = new Set(found.items.map((t) => t.id));
  }

  async function load(): Promise<void> {
    try {
      const [collection] = await Promise.all([ctx.client.getFeatureCollection<AccommodationCollection>(accommodationsLayerUrl()), loadTerritory()]);
      if (destroyed) return;
      layer = collection;
      drawList();
      void drawMap();
    } catch (error) {
      if (!destroyed) showError(page.table, error, () => void load());
    }
  }

  drawFilters();
  void drawFigures();
  void drawOccupancy();
  void load();

  return {
    update(next: Route) {
      if (!isCarteRoute(next)) return;
      const previous = route;
      route = next;
      page.update(next);
      drawFilters();
      const filtersChanged = previous.territory !== next.territory || JSON.stringify(previous.types) !== JSON.stringify(next.types);
      if (filtersChanged) void drawFigures();
      if (previous.territory !== next.territory) {
        page.fitAgain();
        void drawOccupancy();
        void loadTerritory().then(() => {
          drawList();
          void drawMap();
        });
      } else if (filtersChanged) {
        drawList();
        void drawMap();
      }
    },
    destroy() {
      destroyed = true;
      page.destroy();
    },
  };
}
