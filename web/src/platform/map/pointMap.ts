/**
 * A map of points on MapLibre GL (its module loaded on demand, when the reader nears the map): one circle layer whose
 * size, colour, outline and drawing order a page configures (a MapLibre expression or a constant), optionally over the
 * EPCI contours for the setting. Hovering a point shows its `label` property; the map's position goes to
 * `data-position` and, when the reader moved it, to `onMove` (the page puts it in the URL). The legend, the filters and
 * the table alternative stay the page's: they say in words what the colours and sizes show. Nothing leaves our origin
 * (no basemap, no glyphs). Used by the short-supply-chain outlets, the tourist accommodation and the road accidents.
 */
import type { CircleLayerSpecification, GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { TerritoryFeatureCollection } from '../api/types';
import { formatMapPosition, type MapPosition } from '../routes';
import { createFlatMap, showTooltip } from './flatMap';

/** A point of the map: its `label` is what hovering shows; the other properties are the style's inputs. */
export interface MapPoint {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] };
  properties: { label: string };
}

/** A style value: a constant or a MapLibre expression (["get", "colour"]). */
type StyleValue = number | string | unknown[];

/** The points' layer: its id (and its source's), and how a point is drawn. */
export interface PointLayer {
  id: string;
  radius: StyleValue;
  colour: StyleValue;
  opacity?: StyleValue;
  strokeColour?: StyleValue;
  strokeWidth?: StyleValue;
  /** Which points are drawn on top (higher last). */
  sortKey?: StyleValue;
}

export interface PointMapOptions {
  /** The canvas' accessible name. */
  label: string;
  position: MapPosition | null;
  onMove?(position: MapPosition): void;
  layer: PointLayer;
  /** Draw the EPCI contours under the points (setContext gives them). */
  contours?: boolean;
  /** The margin around the points a fit shows, in pixels (30). */
  fitPadding?: number;
  /** A pointer cursor over a point (when clicking one does something on the page). */
  pointer?: boolean;
}

export interface PointMap {
  /** The points to show; fit: zoom to these. */
  setPoints(points: readonly MapPoint[], fit: readonly MapPoint[] | null): void;
  /** The EPCI contours under the points (with `contours` only). */
  setContext(epcis: TerritoryFeatureCollection): void;
  setLabel(label: string): void;
  jumpTo(position: MapPosition): void;
  idle(): Promise<void>;
  destroy(): void;
}

type Data = Parameters<GeoJSONSource['setData']>[0];

export async function createPointMap(container: HTMLElement, options: PointMapOptions): Promise<PointMap> {
  const map = await createFlatMap(container, options.label, options.position);
  const canvas = map.getCanvas();
  const { layer } = options;
  const empty = { type: 'FeatureCollection' as const, features: [] };
  if (options.contours) {
    map.addSource('epcis', { type: 'geojson', data: empty });
    map.addLayer({ id: 'epcis-fill', type: 'fill', source: 'epcis', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.85 } });
    map.addLayer({ id: 'epcis-line', type: 'line', source: 'epcis', paint: { 'line-color': '#7b7b7b', 'line-width': 1 } });
  }
  map.addSource(layer.id, { type: 'geojson', data: empty });
  const circles: CircleLayerSpecification = {
    id: layer.id,
    type: 'circle',
    source: layer.id,
    paint: {
      'circle-radius': layer.radius as never,
      'circle-color': layer.colour as never,
      ...(layer.opacity === undefined ? {} : { 'circle-opacity': layer.opacity as never }),
      'circle-stroke-color': (layer.strokeColour ?? '#ffffff') as never,
      'circle-stroke-width': (layer.strokeWidth ?? 1) as never,
    },
  };
  if (layer.sortKey !== undefined) circles.layout = { 'circle-sort-key': layer.sortKey as never };
  map.addLayer(circles);

  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);
  map.on('mousemove', (event: MapMouseEvent) => {
    const feature = map.queryRenderedFeatures(event.point, { layers: [layer.id] })[0];
    if (options.pointer) canvas.style.cursor = feature ? 'pointer' : '';
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
      (map.getSource(layer.id) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: points } as unknown as Data);
      if (fit && fit.length > 0) {
        const xs = fit.map((p) => p.geometry.coordinates[0]!);
        const ys = fit.map((p) => p.geometry.coordinates[1]!);
        map.fitBounds(
          [
            [Math.min(...xs), Math.min(...ys)],
            [Math.max(...xs), Math.max(...ys)],
          ],
          { padding: options.fitPadding ?? 30, animate: false, maxZoom: 14 },
        );
      }
    },
    setContext(epcis) {
      (map.getSource('epcis') as GeoJSONSource | undefined)?.setData(epcis as unknown as Data);
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
