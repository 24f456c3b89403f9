/**
 * Gares (/mobilite/gares): for the AULA perimeter, an EPCI or a commune, the stations' key figures and their change,
 * the map of the stations sized by passengers (loaded near the screen), the stations sorted by passengers with their
 * occupancy and change, and a station's sheet with its series. The territory and the station chosen are in the URL.
 */
import './gares.css';
import type { Context, TerritoryChoices, View } from '../../../platform/context';
import { formatInteger } from '../../../platform/format';
import type { Route } from '../../../platform/routes';
import { apiAddress, loading, mountMap, showError, tableAlternative } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import { nearViewport } from '../../../platform/ui/nearViewport';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';
import { renderTerritoryPicker, resolveTerritory, unknownTerritory, type PickedTerritory } from '../../../platform/ui/territoryPicker';
import { stationsUrl, type Stations } from './api';
import { garesRoute, garesUrl, isGaresRoute, type GaresRoute } from './route';
import { renderFigures, renderSheet, stationsTable } from './sheet';
import type { StationPoint, StationsMap } from './stationsMap';
import { count } from './words';

/** The map's points: each station with its passengers, service, whether it is the one chosen, and its tooltip. */
export function stationPoints(stations: Stations, chosen: string | null): StationPoint[] {
  return stations.stations.map((s) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [s.longitude, s.latitude] },
    properties: {
      id: s.id,
      passengers: s.latest?.passengers ?? 0,
      served: s.passengerService,
      chosen: s.id === chosen,
      label: s.passengerService ? `${s.name} : ${count(s.latest?.passengers)} voyageurs par an` : `${s.name} : sans desserte voyageurs`,
    },
  }));
}

export function mountGares(container: HTMLElement, initial: GaresRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let picked: PickedTerritory | null = null;
  let shown: Stations | null = null;
  let fitted: string | null = null;
  const title = h('h1', { tabindex: '-1' }, 'Gares');
  const picker = h('div', { class: 'gares-picker' }, loading('Chargement des territoires…'));
  const figures = h('div', { class: 'gares-figures-slot', 'aria-live': 'polite' }, loading('Chargement des gares…'));
  const mapElement = h('div', { id: 'gares-map', class: 'gares-map' });
  const mapStatus = h('div', { class: 'map-status', role: 'status' }, loading('Chargement de la carte…'));
  const table = h('div', { class: 'gares-table-slot' }, loading('Chargement du tableau…'));
  const sheet = h('div', { class: 'gares-sheet', id: 'gares-fiche' });
  const downloads = h('div', { class: 'downloads' });
  const block = (id: string, heading: string, ...content: HTMLElement[]) =>
    h('section', { class: 'block', 'aria-labelledby': id }, h('h2', { id }, heading), ...content);
  container.append(
    observatoryBreadcrumb('mobilite', 'Mobilité', 'Gares'),
    title,
    h(
      'p',
      { class: 'lead' },
      'Les gares du territoire et leurs chiffres année après année : voyageurs, trains par jour ouvré, occupation des parkings et du stationnement vélo, avec leur évolution depuis l’enquête précédente.',
    ),
    picker,
    block('gares-chiffres', 'Chiffres clés', figures),
    block(
      'gares-carte',
      'Carte des gares',
      h(
        'p',
        { class: 'note' },
        'La surface de chaque disque plein est proportionnelle aux voyageurs de l’année ; un petit cercle creux est une gare sans desserte voyageurs ; un cercle épais marque la gare choisie.',
      ),
      mapElement,
      mapStatus,
      tableAlternative('Les gares de la carte en tableau', h('p', {}, 'Le tableau des gares ci-dessous reprend la carte.')),
    ),
    block('gares-tableau', 'Les gares par voyageurs', table),
    block('gares-fiche-bloc', 'Fiche de la gare', sheet),
    block('gares-telechargements', 'Les données', downloads),
  );

  const nearness = nearViewport(mapElement);
  const map: Promise<StationsMap | null> = mountMap(
    nearness.near
      .then(() => import('./stationsMap'))
      .then(({ createStationsMap }) => createStationsMap(mapElement, 'Carte des gares', (id) => ctx.navigate({ ...route, station: id }))),
    mapElement,
    mapStatus,
    () => destroyed,
  );
  void map.then(async (m) => {
    if (!m) return;
    const epcis = await ctx.client.getTerritoryFeatures({ level: 'epci' }).catch(() => null);
    if (epcis && !destroyed) m.setContext(epcis);
  });

  function showPicker(): void {
    renderTerritoryPicker(picker, {
      client: ctx.client,
      choices,
      picked,
      territory: route.territory,
      href: (territory) => garesUrl(garesRoute({ territory })),
      choose: (territory) => ctx.navigate(garesRoute({ territory })),
      live: () => !destroyed,
    });
  }

  async function drawMap(): Promise<void> {
    const m = await map;
    if (!m || !shown || destroyed) return;
    const points = stationPoints(shown, route.station);
    m.setStations(points, fitted !== route.territory);
    fitted = route.territory;
    m.setLabel(`Carte des gares : ${formatInteger(points.length)} gares, la taille selon les voyageurs. Le tableau des gares suit la carte.`);
    await m.idle();
    if (destroyed) return;
    mapStatus.hidden = true;
    mapElement.dataset['drawn'] = `${route.territory}|${points.length}`;
  }

  function drawSheet(): void {
    const station = shown?.stations.find((s) => s.id === route.station) ?? null;
    renderSheet(sheet, station, garesUrl({ ...route, station: null }));
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    const territory = route.territory;
    replaceContent(
      downloads,
      h('p', { class: 'label' }, 'Ces gares dans l’API (JSON, séries par année)'),
      ...apiAddress(stationsUrl(territory), ctx.window.location.origin),
      h('p', { class: 'label' }, 'Dans QGIS : Couche › Ajouter une couche WFS / OGC API - Features, collection « mobilite-gares »'),
      ...apiAddress('/ogc/collections/mobilite-gares', ctx.window.location.origin),
    );
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      picked = await resolveTerritory(ctx.client, choices, territory);
      if (!live()) return;
      showPicker();
      const stations = await ctx.client.getJson<Stations>(stationsUrl(territory));
      if (!live()) return;
      shown = stations;
      title.textContent = `Gares — ${stations.name}`;
      ctx.setTitle(title.textContent);
      renderFigures(figures, stations);
      replaceContent(
        table,
        stationsTable(stations, (id) => garesUrl({ ...route, station: id })),
      );
      drawSheet();
      void drawMap();
    } catch (error) {
      if (!live()) return;
      title.textContent = 'Gares';
      picked = null;
      showPicker();
      showError(figures, unknownTerritory(error, territory) ?? error, () => void load());
      replaceContent(table);
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isGaresRoute(next) || garesUrl(next) === garesUrl(route)) return;
      const territoryChanged = next.territory !== route.territory;
      route = next;
      if (territoryChanged) {
        void load();
        return;
      }
      // Another station: its sheet and the ring on the map, from the stations already loaded.
      drawSheet();
      void drawMap();
      if (route.station) sheet.querySelector<HTMLElement>('#gares-fiche-titre')?.focus();
    },
    destroy() {
      destroyed = true;
      generation++;
      nearness.cancel();
      void map.then((m) => m?.destroy());
    },
  };
}
