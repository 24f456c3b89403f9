/**
 * Surchauffe urbaine (/environnement/surchauffe): for the AULA perimeter, an EPCI or a commune, how many people and
 * which sensitive buildings are in a hot spot — the figures, the map of the zones coloured by class and of the
 * buildings (loaded near the screen), its legend, and the buildings in hot spots as a table. Territory, year and map
 * position are in the URL.
 */
import './environnement.css';
import type { TerritoryFeatureCollection } from '../../platform/api/types';
import type { Context, TerritoryChoices, View } from '../../platform/context';
import { formatInteger } from '../../platform/format';
import type { MapPosition, Route } from '../../platform/routes';
import { apiAddress, loading, mountMap, showError, tableAlternative } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { nearViewport } from '../../platform/ui/nearViewport';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { renderTerritoryPicker, resolveTerritory, unknownTerritory, type PickedTerritory } from '../../platform/ui/territoryPicker';
import { buildingsUrl, surchauffeApiUrl, zonesUrl, type BuildingCollection, type Surchauffe, type ZoneCollection } from './api';
import type { HeatMap } from './heatMap';
import { renderBuildings, renderFigures, renderLegend } from './panels';
import { isSurchauffeRoute, surchauffeRoute, surchauffeUrl, type SurchauffeRoute } from './route';

const TITLE = 'Surchauffe urbaine';

export function mountSurchauffe(container: HTMLElement, initial: SurchauffeRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let picked: PickedTerritory | null = null;
  let movedByMap = false;
  const title = h('h1', { tabindex: '-1' }, TITLE);
  const picker = h('div', { class: 'env-picker' }, loading('Chargement des territoires…'));
  const figures = h('div', { class: 'env-figures-slot', 'aria-live': 'polite' }, loading('Chargement des chiffres…'));
  const mapElement = h('div', { id: 'environnement-map', class: 'env-map' });
  const mapStatus = h('div', { class: 'map-status', role: 'status' }, loading('Chargement de la carte…'));
  const legend = h('div', { class: 'legend', 'data-testid': 'legend' });
  const buildings = h('div', { class: 'env-buildings-slot' }, loading('Chargement des bâtiments…'));
  const downloads = h('div', { class: 'downloads' });
  const block = (id: string, heading: string, ...content: HTMLElement[]) =>
    h('section', { class: 'block', 'aria-labelledby': id }, h('h2', { id }, heading), ...content);
  container.append(
    observatoryBreadcrumb('environnement', 'Observatoire de l’environnement', TITLE),
    title,
    h(
      'p',
      { class: 'lead' },
      'Les îlots de chaleur et de fraîcheur relevés sur une image satellite d’été, croisés avec la population (carreaux de 200 m de l’INSEE) et les bâtiments qui accueillent un public sensible à la chaleur : écoles, crèches, EHPAD, centres de santé.',
    ),
    picker,
    block('env-chiffres', 'Chiffres clés', figures),
    block(
      'env-carte',
      'Carte des îlots de chaleur et des bâtiments sensibles',
      h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, mapElement, mapStatus), legend),
      tableAlternative('La carte en tableau', h('p', {}, 'Le tableau des bâtiments en îlot de chaleur ci-dessous reprend la carte.')),
    ),
    block('env-batiments', 'Les bâtiments sensibles en îlot de chaleur', buildings),
    block(
      'env-regle',
      'Comment ces chiffres sont calculés',
      h(
        'p',
        {},
        'La population d’un carreau de 200 m compte au prorata de la part de sa surface située dans un îlot de chaleur ; la part de la population est la somme de ces habitants rapportée à la population des carreaux du territoire. Un bâtiment est en îlot de chaleur si son point est dans une zone (ou sur sa limite).',
      ),
    ),
    block('env-donnees', 'Les données', downloads),
  );
  renderLegend(legend);

  const nearness = nearViewport(mapElement);
  const map: Promise<HeatMap | null> = mountMap(
    nearness.near
      .then(() => import('./heatMap'))
      .then(({ createHeatMap }) =>
        createHeatMap(mapElement, {
          label: 'Carte des îlots de chaleur et des bâtiments sensibles',
          position: route.map,
          onMove: (position: MapPosition) => {
            if (destroyed) return;
            movedByMap = true;
            ctx.navigate({ ...route, map: position }, { replace: true });
          },
        }),
      ),
    mapElement,
    mapStatus,
    () => destroyed,
  );

  function showPicker(): void {
    renderTerritoryPicker(picker, {
      client: ctx.client,
      choices,
      picked,
      territory: route.territory,
      href: (territory) => surchauffeUrl(surchauffeRoute({ territory })),
      choose: (territory) => ctx.navigate(surchauffeRoute({ territory })),
      live: () => !destroyed,
    });
  }

  async function drawMap(answer: Surchauffe, live: () => boolean): Promise<void> {
    const m = await map;
    if (!m || !live() || answer.year === null) return;
    // A commune is shown among its EPCI's communes, for the setting.
    const commune = picked?.level === 'commune' ? picked : null;
    const within = commune?.epci ?? route.territory;
    const [communes, zones, all] = await Promise.all([
      ctx.client.getTerritoryFeatures({ level: 'commune', within, limit: 1000 }) as Promise<TerritoryFeatureCollection>,
      ctx.client.getFeatureCollection<ZoneCollection>(zonesUrl(answer.year)),
      ctx.client.getFeatureCollection<BuildingCollection>(buildingsUrl()),
    ]);
    if (!live()) return;
    const ids = new Set(commune ? [commune.id] : communes.features.map((f) => f.properties.id));
    const shown = all.features.filter((b) => ids.has(b.properties.commune));
    m.setCommunes(communes, route.map === null ? ids : null);
    m.setZones(zones.features);
    m.setBuildings(shown);
    m.setLabel(
      `Carte des îlots de chaleur et de fraîcheur et de ${formatInteger(shown.length)} bâtiments sensibles, dont ${formatInteger(answer.hotSpots.buildings)} en îlot de chaleur. Le tableau sous la carte les nomme.`,
    );
    await m.idle();
    if (!live()) return;
    mapStatus.hidden = true;
    mapElement.dataset['drawn'] = `${route.territory}|${shown.length}`;
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    const territory = route.territory;
    const url = surchauffeApiUrl(territory, route.year);
    replaceContent(
      downloads,
      h('p', { class: 'label' }, 'Ces chiffres dans l’API (JSON)'),
      ...apiAddress(url, ctx.window.location.origin),
      h(
        'p',
        { class: 'label' },
        'Dans QGIS : Couche › Ajouter une couche WFS / OGC API - Features, collections « environnement-ilots-chaleur » et « environnement-batiments-sensibles »',
      ),
      ...apiAddress('/ogc/collections/environnement-ilots-chaleur', ctx.window.location.origin),
    );
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      picked = await resolveTerritory(ctx.client, choices, territory);
      if (!live()) return;
      showPicker();
      const answer = await ctx.client.getJson<Surchauffe>(url);
      if (!live()) return;
      title.textContent = `${TITLE} — ${answer.territory.name}`;
      ctx.setTitle(title.textContent);
      renderFigures(figures, answer);
      renderBuildings(buildings, answer);
      void drawMap(answer, live).catch((error: unknown) => {
        if (live()) showError(mapStatus, error);
      });
    } catch (error) {
      if (!live()) return;
      title.textContent = TITLE;
      picked = null;
      showPicker();
      showError(figures, unknownTerritory(error, territory) ?? error, () => void load());
      replaceContent(buildings);
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isSurchauffeRoute(next)) return;
      const previous = route;
      route = next;
      if (next.territory !== previous.territory || next.year !== previous.year) {
        void load();
        return;
      }
      if (next.map && !movedByMap && JSON.stringify(previous.map) !== JSON.stringify(next.map)) void map.then((m) => next.map && m?.jumpTo(next.map));
      movedByMap = false;
    },
    destroy() {
      destroyed = true;
      generation++;
      nearness.cancel();
      void map.then((m) => m?.destroy());
    },
  };
}
