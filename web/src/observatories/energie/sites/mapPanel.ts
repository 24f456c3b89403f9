/**
 * The map panel: the MapLibre map (sitesMap.ts, loaded when the map nears the screen), the EPCI contours, the sites
 * of the answer, the chosen one ringed, the position in the URL both ways. It marks #energie-sites-map with
 * data-drawn="<number of sites>" once drawn.
 */
import { apiUrl, type ApiClient } from '../../../platform/api/client';
import type { TerritoryFeatureCollection } from '../../../platform/api/types';
import { mountMap, showError } from '../../../platform/ui/components';
import { nearViewport } from '../../../platform/ui/nearViewport';
import type { MapPosition } from '../../../platform/routes';
import type { SiteCollection } from './api';
import type { SitesMap } from './sitesMap';

export interface MapPanel {
  follow(position: MapPosition | null): void;
  draw(sites: SiteCollection, key: string): void;
  select(id: string | null): void;
  destroy(): void;
}

/** The map's accessible name. */
export function mapLabel(count: number): string {
  return `Carte des sites de production d’énergie : ${count} site${count > 1 ? 's' : ''}, chaque filière avec sa forme et sa lettre. Le tableau des sites suit la carte.`;
}

export function mountMapPanel(
  element: HTMLElement,
  status: HTMLElement,
  client: ApiClient,
  props: { position: MapPosition | null; onMove(position: MapPosition): void; onSelect(id: string): void },
): MapPanel {
  let destroyed = false;
  let map: SitesMap | null = null;
  let drawing: { sites: SiteCollection; key: string } | null = null;
  let selected: string | null = null;
  let position = props.position;
  let movedByMap = false;
  const nearness = nearViewport(element);
  const ready = mountMap(
    nearness.near
      .then(() => import('./sitesMap'))
      .then(({ createSitesMap }) =>
        createSitesMap(element, {
          position: props.position,
          label: 'Carte des sites de production d’énergie',
          onMove: (moved) => {
            if (destroyed) return;
            movedByMap = true;
            props.onMove(moved);
          },
          onSelect: (id) => {
            if (!destroyed && id !== null) props.onSelect(id);
          },
        }),
      ),
    element,
    status,
    () => destroyed,
  ).then((created) => (map = created));

  void ready.then(async (m) => {
    if (!m) return;
    try {
      const epcis = await client.getFeatureCollection<TerritoryFeatureCollection>(
        apiUrl({ path: '/api/v1/territories', query: { level: 'epci', format: 'geojson', resolution: 'low', limit: 100 } }),
      );
      if (!destroyed) m.setContext(epcis);
    } catch (error) {
      if (!destroyed) {
        status.hidden = false;
        showError(status, error);
      }
    }
  });

  async function render(): Promise<void> {
    const m = await ready;
    if (!m || !drawing || destroyed) return;
    const { sites, key } = drawing;
    const fit = position === null && element.dataset['fitted'] !== key;
    m.setSites(sites, fit && sites.features.length > 0);
    if (fit) element.dataset['fitted'] = key;
    m.setSelected(selected);
    m.setLabel(mapLabel(sites.features.length));
    await m.idle();
    if (destroyed) return;
    status.hidden = true;
    element.dataset['drawn'] = String(sites.features.length);
  }

  return {
    follow(next) {
      const previous = position;
      position = next;
      const fromMap = movedByMap;
      movedByMap = false;
      if (next && map && !fromMap && JSON.stringify(previous) !== JSON.stringify(next)) map.jumpTo(next);
    },
    draw(sites, key) {
      drawing = { sites, key };
      void render();
    },
    select(id) {
      selected = id;
      void ready.then((m) => m?.setSelected(id));
    },
    destroy() {
      destroyed = true;
      nearness.cancel();
      map?.destroy();
    },
  };
}
