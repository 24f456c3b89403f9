/**
 * The choropleth map, on MapLibre GL (WebGL). This module is loaded on demand (dynamic import) so that the portal
 * never waits for MapLibre. No basemap and no glyphs: the territories come from the API's /map GeoJSON, the
 * observatory's layers from its OGC vector tiles, on a plain background; nothing leaves our origin.
 */
import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { BBox, MapFeatureCollection, MapProperties } from '../api/types';
import { formatMapPosition, type MapPosition } from '../routes';
import { boundingBox } from './svgMap';
import { createFlatMap, fitToBox, showTooltip } from './flatMap';

export interface OverlayLayer {
  id: string;
  title: string;
}

export interface ChoroplethOptions {
  position: MapPosition | null;
  /** The user moved the map (after the move ended). */
  onMove(position: MapPosition): void;
  /** The user clicked a territory (or outside any: null). */
  onSelect(id: string | null): void;
  /** Text of the hover tooltip for a territory. */
  describe(properties: MapProperties): string;
  /** Accessible name of the map. */
  label: string;
}

export interface ChoroplethMap {
  setData(data: MapFeatureCollection, fit: boolean): void;
  setSelected(id: string | null): void;
  setOverlays(layers: OverlayLayer[], visible: readonly string[]): void;
  setLabel(label: string): void;
  jumpTo(position: MapPosition): void;
  /** Resolves when the map has drawn everything it has (sources loaded, no transition running). */
  idle(): Promise<void>;
  destroy(): void;
}

const SOURCE = 'territories';
function overlaySource(id: string): string {
  return `overlay:${id}`;
}

export async function createChoroplethMap(container: HTMLElement, options: ChoroplethOptions): Promise<ChoroplethMap> {
  const map = await createFlatMap(container, options.label, options.position);
  const canvas = map.getCanvas();
  const here = map.getCenter();
  container.dataset['position'] = formatMapPosition({ lon: here.lng, lat: here.lat, zoom: map.getZoom() });

  map.addSource(SOURCE, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId: 'id',
  });
  map.addLayer({
    id: 'territories-fill',
    type: 'fill',
    source: SOURCE,
    paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.92 },
  });
  map.addLayer({
    id: 'territories-line',
    type: 'line',
    source: SOURCE,
    paint: { 'line-color': '#6a6a6a', 'line-width': 0.5 },
  });
  map.addLayer({
    id: 'territories-hover',
    type: 'line',
    source: SOURCE,
    paint: {
      'line-color': '#161616',
      'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0],
    },
  });
  map.addLayer({
    id: 'territories-selected',
    type: 'line',
    source: SOURCE,
    filter: ['==', ['get', 'id'], ''],
    paint: { 'line-color': '#000091', 'line-width': 3.5 },
  });

  // Hover tooltip: our own element (text only), so that its content is plain text and its style ours.
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);

  let hovered: string | number | null = null;
  function setHover(id: string | number | null): void {
    if (hovered !== null) map.setFeatureState({ source: SOURCE, id: hovered }, { hover: false });
    hovered = id;
    if (hovered !== null) map.setFeatureState({ source: SOURCE, id: hovered }, { hover: true });
  }
  function featureAt(event: MapMouseEvent): MapGeoJSONFeature | null {
    return map.queryRenderedFeatures(event.point, { layers: ['territories-fill'] })[0] ?? null;
  }
  map.on('mousemove', (event: MapMouseEvent) => {
    const feature = featureAt(event);
    if (!feature) {
      setHover(null);
      tooltip.hidden = true;
      canvas.style.cursor = '';
      return;
    }
    canvas.style.cursor = 'pointer';
    setHover(feature.id ?? null);
    showTooltip(tooltip, container, event.point, options.describe(feature.properties as MapProperties));
  });
  map.on('mouseout', () => {
    setHover(null);
    tooltip.hidden = true;
  });
  map.on('click', (event: MapMouseEvent) => {
    const feature = featureAt(event);
    const id = feature ? (feature.properties as MapProperties).id : null;
    options.onSelect(id);
  });

  // Only the user's moves (mouse, touch, keyboard, zoom buttons) carry an originalEvent; ours (fit, jump) do not.
  map.on('moveend', (event: { originalEvent?: unknown }) => {
    const center = map.getCenter();
    const position = { lon: center.lng, lat: center.lat, zoom: map.getZoom() };
    // Where the map is, for tests and for anyone inspecting the page (the URL has it once the user moved).
    container.dataset['position'] = formatMapPosition(position);
    if (event.originalEvent) options.onMove(position);
  });

  let overlayIds: string[] = [];

  return {
    setData(data, fit) {
      (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(data as unknown as Parameters<GeoJSONSource['setData']>[0]);
      setHover(null);
      if (fit) {
        const bbox: BBox | null = boundingBox(data.features.map((f) => f.geometry));
        if (bbox) {
          fitToBox(map, bbox, { padding: 24 });
        }
      }
    },
    setSelected(id) {
      map.setFilter('territories-selected', ['==', ['get', 'id'], id ?? '']);
    },
    setOverlays(layers, visible) {
      for (const layer of layers) {
        const source = overlaySource(layer.id);
        if (!map.getSource(source)) {
          map.addSource(source, {
            type: 'vector',
            tiles: [`${location.origin}/ogc/collections/${encodeURIComponent(layer.id)}/tiles/WebMercatorQuad/{z}/{y}/{x}`],
            minzoom: 0,
            maxzoom: 16,
          });
          const common = { source, 'source-layer': layer.id, layout: { visibility: 'none' as const } };
          map.addLayer({
            id: `${source}:fill`,
            type: 'fill',
            ...common,
            filter: ['==', ['geometry-type'], 'Polygon'],
            paint: { 'fill-color': '#000091', 'fill-opacity': 0.25 },
          });
          map.addLayer({
            id: `${source}:line`,
            type: 'line',
            ...common,
            filter: ['!=', ['geometry-type'], 'Point'],
            paint: { 'line-color': '#000091', 'line-width': 1.2 },
          });
          map.addLayer({
            id: `${source}:circle`,
            type: 'circle',
            ...common,
            filter: ['==', ['geometry-type'], 'Point'],
            paint: {
              'circle-color': '#000091',
              // Below zoom 12 the API groups close points (point_count): a cluster grows with the log of its size.
              'circle-radius': [
                'interpolate',
                ['linear'],
                ['zoom'],
                8,
                ['+', 1.6, ['ln', ['number', ['get', 'point_count'], 1]]],
                13,
                ['+', 4.5, ['ln', ['number', ['get', 'point_count'], 1]]],
              ],
              'circle-stroke-color': '#ffffff',
              'circle-stroke-width': 0.6,
            },
          });
          overlayIds.push(layer.id);
        }
      }
      for (const id of overlayIds) {
        const visibility = visible.includes(id) ? 'visible' : 'none';
        for (const kind of ['fill', 'line', 'circle']) {
          map.setLayoutProperty(`${overlaySource(id)}:${kind}`, 'visibility', visibility);
        }
      }
    },
    setLabel(label) {
      canvas.setAttribute('aria-label', label);
    },
    jumpTo(position) {
      map.jumpTo({ center: [position.lon, position.lat], zoom: position.zoom });
    },
    idle() {
      return new Promise((resolve) => {
        if (map.loaded() && !map.isMoving()) {
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else {
          map.once('idle', () => resolve());
        }
      });
    },
    destroy() {
      overlayIds = [];
      map.remove();
    },
  };
}
