/**
 * The map panel: the MapLibre map (sitesMap.ts, loaded on demand with its layers: the EPCI contours and the sites'
 * polygons), the sites the list keeps in their colours, the chosen site outlined, the position in the URL both ways,
 * and the panel's status line. It marks #friches-map with data-drawn="<list>|<colour>|<number of sites>" once drawn.
 */
import { mountMap, showError } from '../../platform/ui/components';
import { nearViewport } from '../../platform/ui/nearViewport';
import { formatDecimal } from '../../platform/format';
import type { MapPosition } from '../../platform/routes';
import type { FricheFeatureCollection, SiteItem, SitesResponse } from './api';
import type { MapContext } from './data';
import { plural, siteColour, statusLabel } from './domain';
import type { SiteFeatures, SitesMap } from './sitesMap';

export interface MapPanelProps {
  /** The route's position when the page opens (null: fit the sites). */
  position: MapPosition | null;
  loadContext(): Promise<MapContext>;
  /** The user moved the map. */
  onMove(position: MapPosition): void;
  /** The user clicked a site. */
  onSelect(id: number): void;
}

export interface MapDrawing {
  sites: SitesResponse;
  colour: 'score' | 'status';
  /** The list's filters key: the map fits a new list once. */
  listKey: string;
}

export interface MapPanel {
  /** The route's position: the map jumps there, unless it moved there itself. */
  follow(position: MapPosition | null): void;
  draw(drawing: MapDrawing): void;
  select(id: number | null): void;
  destroy(): void;
}

/** A site's tooltip and accessible name: "Friche X (Commune) : score 72,5, en projet, 2,3 ha". */
export function siteLabel(item: SiteItem): string {
  return `${item.name} (${item.communeName}) : score ${formatDecimal(item.score, 1)}, ${statusLabel(item.status).toLowerCase()}, ${formatDecimal(item.areaHa, 1)} ha`;
}

/** The layer's polygons of the sites listed, each with its colour and label (sites not in the list are left out). */
export function siteFeatures(items: readonly SiteItem[], layer: FricheFeatureCollection, colour: 'score' | 'status'): SiteFeatures {
  const byId = new Map(items.map((s) => [s.id, s]));
  return {
    type: 'FeatureCollection',
    features: layer.features.flatMap((f) => {
      const item = byId.get(Number(f.id));
      return item
        ? [
            {
              type: 'Feature' as const,
              id: item.id,
              geometry: f.geometry,
              properties: { id: item.id, colour: siteColour(item, colour), label: siteLabel(item) },
            },
          ]
        : [];
    }),
  };
}

/** The map's accessible name. */
export function mapLabel(count: number, colour: 'score' | 'status'): string {
  return `Carte des friches : ${plural(count, 'site')} colorés par ${colour === 'status' ? 'statut' : 'score de mutabilité'}. La liste des sites suit la carte.`;
}

export function mountMapPanel(element: HTMLElement, status: HTMLElement, props: MapPanelProps): MapPanel {
  let destroyed = false;
  let map: SitesMap | null = null;
  let layer: FricheFeatureCollection | null = null;
  let drawing: MapDrawing | null = null;
  let selected: number | null = null;
  let position = props.position;
  let movedByMap = false;
  let fitted = props.position !== null;

  // On a phone the map is under the filters and the summary: MapLibre loads when the reader nears it.
  const nearness = nearViewport(element);
  const ready: Promise<SitesMap | null> = mountMap(
    nearness.near
      .then(() => import('./sitesMap'))
      .then(({ createSitesMap }) =>
        createSitesMap(element, {
          position: props.position,
          label: 'Carte des friches',
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

  async function loadContext(): Promise<void> {
    try {
      const context = await props.loadContext();
      if (destroyed) return;
      layer = context.layer;
      const m = await ready;
      m?.setContext(context.epcis);
      void render();
    } catch (error) {
      if (destroyed) return;
      status.hidden = false;
      showError(status, error, () => void loadContext());
    }
  }

  async function render(): Promise<void> {
    const m = await ready;
    if (!m || !drawing || !layer || destroyed) return;
    const { sites, colour, listKey } = drawing;
    const shown = siteFeatures(sites.items, layer, colour);
    const fit = !fitted || (position === null && shown.features.length > 0 && element.dataset['fitted'] !== listKey);
    m.setSites(shown, fit && shown.features.length > 0);
    if (fit) {
      fitted = true;
      element.dataset['fitted'] = listKey;
    }
    m.setSelected(selected);
    m.setLabel(mapLabel(shown.features.length, colour));
    await m.idle();
    if (destroyed) return;
    status.hidden = true;
    element.dataset['drawn'] = `${listKey}|${colour}|${shown.features.length}`;
  }

  void loadContext();

  return {
    follow(next) {
      const previous = position;
      position = next;
      const fromMap = movedByMap;
      movedByMap = false;
      if (next && map && !fromMap && JSON.stringify(previous) !== JSON.stringify(next)) map.jumpTo(next);
    },
    draw(next) {
      drawing = next;
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
