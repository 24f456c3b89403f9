/**
 * The outlets' map, on MapLibre GL, loaded on demand when the reader nears it: the centralities' polygons (a pale
 * fill, a dark outline) under the cells. An active cell is a dot filled with its activity's colour, a vacant one a
 * hollow grey ring, one under works a grey dot in a thick dark ring (not colour alone: the status shows by shape);
 * the chosen cell gets a large black ring. Nothing leaves our origin (no basemap, no glyphs).
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import { createFlatMap, showTooltip } from '../../platform/map/flatMap';
import { formatMapPosition, type MapPosition } from '../../platform/routes';
import type { CentralityFeature } from './api';
import type { CellPoint } from './cells';

export interface CellsMapOptions {
  label: string;
  position: MapPosition | null;
  onChoose(cell: string): void;
  onMove?(position: MapPosition): void;
}

export interface CellsMap {
  setCentralities(features: readonly CentralityFeature[]): void;
  /** The cells to show; fit: zoom to them. */
  setCells(points: readonly CellPoint[], fit: boolean): void;
  setLabel(label: string): void;
  jumpTo(position: MapPosition): void;
  idle(): Promise<void>;
  destroy(): void;
}

type Data = Parameters<GeoJSONSource['setData']>[0];

function boundsOf(coordinates: readonly number[][]): [[number, number], [number, number]] {
  const xs = coordinates.map((c) => c[0]!);
  const ys = coordinates.map((c) => c[1]!);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

export async function createCellsMap(container: HTMLElement, options: CellsMapOptions): Promise<CellsMap> {
  const map = await createFlatMap(container, options.label, options.position);
  const canvas = map.getCanvas();
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('centralities', { type: 'geojson', data: empty });
  map.addSource('cells', { type: 'geojson', data: empty });
  map.addLayer({ id: 'centralities-fill', type: 'fill', source: 'centralities', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.9 } });
  map.addLayer({ id: 'centralities-line', type: 'line', source: 'centralities', paint: { 'line-color': '#3a3a3a', 'line-width': 1.5 } });
  const bySymbol = (activity: unknown, vacant: unknown, works: unknown): unknown[] => [
    'match',
    ['get', 'symbol'],
    'vacant',
    vacant,
    'travaux',
    works,
    activity,
  ];
  map.addLayer({
    id: 'cells',
    type: 'circle',
    source: 'cells',
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 2.5, 14, 5, 17, 8] as never,
      'circle-color': bySymbol(['get', 'colour'], '#ffffff', '#b0b0b0') as never,
      'circle-stroke-color': ['case', ['get', 'chosen'], '#000000', bySymbol('#ffffff', '#6a6a6a', '#161616')] as never,
      'circle-stroke-width': ['case', ['get', 'chosen'], 4, bySymbol(0.8, 2, 2.5)] as never,
    },
  });

  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);
  const under = (event: MapMouseEvent) => map.queryRenderedFeatures(event.point, { layers: ['cells'] })[0];
  map.on('mousemove', (event: MapMouseEvent) => {
    const feature = under(event);
    if (!feature) {
      tooltip.hidden = true;
      canvas.style.cursor = '';
      return;
    }
    canvas.style.cursor = 'pointer';
    showTooltip(tooltip, container, event.point, String((feature.properties as { label: string }).label));
  });
  map.on('mouseout', () => (tooltip.hidden = true));
  map.on('click', (event: MapMouseEvent) => {
    const feature = under(event);
    if (feature) options.onChoose(String((feature.properties as { cell: string }).cell));
  });
  map.on('moveend', (event: { originalEvent?: unknown }) => {
    const centre = map.getCenter();
    const position = { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() };
    container.dataset['position'] = formatMapPosition(position);
    if (event.originalEvent) options.onMove?.(position);
  });

  return {
    setCentralities(features) {
      (map.getSource('centralities') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features } as unknown as Data);
    },
    setCells(points, fit) {
      (map.getSource('cells') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: points } as unknown as Data);
      if (fit && points.length > 0) map.fitBounds(boundsOf(points.map((p) => p.geometry.coordinates)), { padding: 40, animate: false, maxZoom: 17 });
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
