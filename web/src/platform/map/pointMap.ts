/**
 * A map of points on MapLibre GL (its module loaded on demand, when the reader nears the map): one circle layer whose
 * size, colour, outline and drawing order a page configures (a MapLibre expression or a constant), over areas drawn
 * for the setting or as data (the EPCI contours, communes, zones: a fill and an outline each). Hovering a point shows
 * its `label` property (or the page's words, for an area too); clicking one may choose it (`onChoose`). The map's
 * position goes to `data-position` and, when the reader moved it, to `onMove` (the page puts it in the URL). The
 * legend, the filters and the table alternative stay the page's: they say in words what the colours and sizes show.
 * Nothing leaves our origin (no basemap, no glyphs). Used by the short-supply-chain outlets, the tourist accommodation,
 * the road accidents, the stations, the care supply, the shops' cells and the overheating map.
 */
import type { CircleLayerSpecification, GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { TerritoryFeatureCollection } from '../api/types';
import { formatMapPosition, type MapPosition } from '../routes';
import { createFlatMap, showTooltip } from './flatMap';

/** A point of the map: its `label` is what hovering shows (unless the layer says otherwise); the other properties are the style's inputs. */
export interface MapPoint {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] };
  properties: object;
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
  /** What hovering a point shows (its `label` property by default). */
  tooltip?(properties: Record<string, unknown>): string;
}

/** Areas under the points (layers `<id>-fill` and `<id>-line`, in the order given), their features given by setAreas. */
export interface AreaLayer {
  id: string;
  /** No fill: the outline only. */
  fill?: { colour: StyleValue; opacity: number };
  line: { colour: string; width: number };
  /** What hovering an area shows (nothing without it). */
  tooltip?(properties: Record<string, unknown>): string;
}

/** The EPCI contours drawn for the setting (`contours`). */
const EPCI_CONTOURS: AreaLayer = { id: 'epcis', fill: { colour: '#ffffff', opacity: 0.85 }, line: { colour: '#7b7b7b', width: 1 } };

/** An extent: [[west, south], [east, north]]. */
export type Bounds = [[number, number], [number, number]];

export interface PointMapOptions {
  /** The canvas' accessible name. */
  label: string;
  position: MapPosition | null;
  onMove?(position: MapPosition): void;
  layer: PointLayer;
  /** Draw the EPCI contours under the points (setContext gives them). */
  contours?: boolean;
  /** Other areas under the points (over the contours). */
  areas?: readonly AreaLayer[];
  /** The margin around what a fit shows, in pixels (30), and the closest it zooms (14). */
  fitPadding?: number;
  fitMaxZoom?: number;
  /** A pointer cursor over a point (when clicking one does something on the page). */
  pointer?: boolean;
  /** Clicking a point chooses it (a pointer cursor over the points). */
  onChoose?(properties: Record<string, unknown>): void;
}

export interface PointMap {
  /** The points to show; fit: zoom to these. */
  setPoints(points: readonly MapPoint[], fit: readonly MapPoint[] | null): void;
  /** The EPCI contours under the points (with `contours` only). */
  setContext(epcis: TerritoryFeatureCollection): void;
  /** The features of the area `id` (one of `areas`). */
  setAreas(id: string, features: readonly unknown[]): void;
  /** Zooms to `bounds`. */
  fitTo(bounds: Bounds): void;
  setLabel(label: string): void;
  jumpTo(position: MapPosition): void;
  idle(): Promise<void>;
  destroy(): void;
}

type Data = Parameters<GeoJSONSource['setData']>[0];

/** The points' extent. */
export function pointsBounds(points: readonly { geometry: { coordinates: number[] } }[]): Bounds {
  const xs = points.map((p) => p.geometry.coordinates[0]!);
  const ys = points.map((p) => p.geometry.coordinates[1]!);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

export async function createPointMap(container: HTMLElement, options: PointMapOptions): Promise<PointMap> {
  const map = await createFlatMap(container, options.label, options.position);
  const canvas = map.getCanvas();
  const { layer } = options;
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const areas = [...(options.contours ? [EPCI_CONTOURS] : []), ...(options.areas ?? [])];
  for (const area of areas) {
    map.addSource(area.id, { type: 'geojson', data: empty });
    if (area.fill)
      map.addLayer({
        id: `${area.id}-fill`,
        type: 'fill',
        source: area.id,
        paint: { 'fill-color': area.fill.colour as never, 'fill-opacity': area.fill.opacity },
      });
    map.addLayer({ id: `${area.id}-line`, type: 'line', source: area.id, paint: { 'line-color': area.line.colour, 'line-width': area.line.width } });
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

  // What hovering says: the point's, else the area's under it (the topmost first).
  const said = new Map<string, (properties: Record<string, unknown>) => string>([
    [layer.id, layer.tooltip ?? ((p) => String(p['label']))],
    ...areas.flatMap((a) => (a.tooltip && a.fill ? [[`${a.id}-fill`, a.tooltip] as const] : [])),
  ]);
  const pointer = options.pointer || options.onChoose !== undefined;
  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);
  map.on('mousemove', (event: MapMouseEvent) => {
    const feature = map.queryRenderedFeatures(event.point, { layers: [...said.keys()] })[0];
    if (pointer) canvas.style.cursor = feature?.layer.id === layer.id ? 'pointer' : '';
    if (!feature) {
      tooltip.hidden = true;
      return;
    }
    showTooltip(tooltip, container, event.point, said.get(feature.layer.id)!(feature.properties as Record<string, unknown>));
  });
  map.on('mouseout', () => (tooltip.hidden = true));
  if (options.onChoose) {
    const choose = options.onChoose;
    map.on('click', (event: MapMouseEvent) => {
      const feature = map.queryRenderedFeatures(event.point, { layers: [layer.id] })[0];
      if (feature) choose(feature.properties as Record<string, unknown>);
    });
  }
  map.on('moveend', (event: { originalEvent?: unknown }) => {
    const centre = map.getCenter();
    const position = { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() };
    container.dataset['position'] = formatMapPosition(position);
    if (event.originalEvent) options.onMove?.(position);
  });
  const fitTo = (bounds: Bounds): void => {
    map.fitBounds(bounds, { padding: options.fitPadding ?? 30, animate: false, maxZoom: options.fitMaxZoom ?? 14 });
  };
  const setData = (id: string, data: unknown): void => {
    (map.getSource(id) as GeoJSONSource | undefined)?.setData(data as Data);
  };

  return {
    setPoints(points, fit) {
      setData(layer.id, { type: 'FeatureCollection', features: points });
      if (fit && fit.length > 0) fitTo(pointsBounds(fit));
    },
    setContext(epcis) {
      setData(EPCI_CONTOURS.id, epcis);
    },
    setAreas(id, features) {
      setData(id, { type: 'FeatureCollection', features });
    },
    fitTo,
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
