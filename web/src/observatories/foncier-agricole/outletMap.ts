/**
 * The outlets map, on MapLibre GL, loaded on demand when the reader nears it: each outlet a dot of its type's colour
 * (the legend and the table below say the same in words). Nothing leaves our origin (no basemap, no glyphs).
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import { createFlatMap, showTooltip } from '../../platform/map/flatMap';
import { formatMapPosition, type MapPosition } from '../../platform/routes';
import type { OutletPoint } from './figures';

export interface OutletMapOptions {
  label: string;
  position: MapPosition | null;
  onMove?(position: MapPosition): void;
}

export interface OutletMap {
  /** The outlets to show; fit: zoom to these. */
  setPoints(points: readonly OutletPoint[], fit: readonly OutletPoint[] | null): void;
  setLabel(label: string): void;
  jumpTo(position: MapPosition): void;
  idle(): Promise<void>;
  destroy(): void;
}

type Data = Parameters<GeoJSONSource['setData']>[0];

export async function createOutletMap(container: HTMLElement, options: OutletMapOptions): Promise<OutletMap> {
  const map = await createFlatMap(container, options.label, options.position);
  const canvas = map.getCanvas();
  map.addSource('outlets', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  map.addLayer({
    id: 'outlets',
    type: 'circle',
    source: 'outlets',
    paint: {
      'circle-radius': 6,
      'circle-color': ['get', 'colour'] as never,
      'circle-opacity': 0.9,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  });
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);
  map.on('mousemove', (event: MapMouseEvent) => {
    const feature = map.queryRenderedFeatures(event.point, { layers: ['outlets'] })[0];
    if (!feature) {
      tooltip.hidden = true;
      return;
    }
    showTooltip(tooltip, container, event.point, String((feature.properties as { label: string }).label));
  });
  map.on('mouseout', () => (tooltip.hidden = true));
  map.on('moveend', (event: { originalEvent?: unknown }) => {
    const centre = map.getCenter();
    const position = { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() };
    container.dataset['position'] = formatMapPosition(position);
    if (event.originalEvent) options.onMove?.(position);
  });

  return {
    setPoints(points, fit) {
      (map.getSource('outlets') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: points } as unknown as Data);
      if (fit && fit.length > 0) {
        const xs = fit.map((p) => p.geometry.coordinates[0]);
        const ys = fit.map((p) => p.geometry.coordinates[1]);
        map.fitBounds(
          [
            [Math.min(...xs), Math.min(...ys)],
            [Math.max(...xs), Math.max(...ys)],
          ],
          { padding: 30, animate: false, maxZoom: 14 },
        );
      }
    },
    setLabel(text) {
      canvas.setAttribute('aria-label', text);
    },
    jumpTo(position) {
      map.jumpTo({ center: [position.lon, position.lat], zoom: position.zoom });
    },
    idle() {
      return new Promise((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    },
    destroy() {
      map.remove();
    },
  };
}
