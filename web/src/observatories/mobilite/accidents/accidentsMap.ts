/**
 * The accident map, on MapLibre GL, loaded on demand when the reader nears it: the EPCI contours for the setting and
 * one point per accident. Severity shows by size and outline, not by colour alone: a fatal accident is a large dot
 * in a thick dark ring, a serious one a medium dot in a thin ring, a light one a small dot without ring (the colour
 * repeats it). Nothing leaves our origin (no basemap, no glyphs).
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { TerritoryFeatureCollection } from '../../../platform/api/types';
import { createFlatMap, showTooltip } from '../../../platform/map/flatMap';
import { formatMapPosition, type MapPosition } from '../../../platform/routes';

export interface AccidentPoint {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] };
  properties: { severity: string; label: string };
}

export interface AccidentsMapOptions {
  position: MapPosition | null;
  label: string;
  onMove(position: MapPosition): void;
}

export interface AccidentsMap {
  setContext(epcis: TerritoryFeatureCollection): void;
  /** The accidents to show; fit: zoom to them. */
  setAccidents(points: AccidentPoint[], fit: boolean): void;
  setLabel(label: string): void;
  jumpTo(position: MapPosition): void;
  idle(): Promise<void>;
  destroy(): void;
}

type Data = Parameters<GeoJSONSource['setData']>[0];

export async function createAccidentsMap(container: HTMLElement, options: AccidentsMapOptions): Promise<AccidentsMap> {
  const map = await createFlatMap(container, options.label, options.position);
  const canvas = map.getCanvas();
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('epcis', { type: 'geojson', data: empty });
  map.addSource('accidents', { type: 'geojson', data: empty });
  map.addLayer({ id: 'epcis-fill', type: 'fill', source: 'epcis', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.85 } });
  map.addLayer({ id: 'epcis-line', type: 'line', source: 'epcis', paint: { 'line-color': '#7b7b7b', 'line-width': 1 } });
  const bySeverity = <T>(fatal: T, serious: T, light: T, none: T): unknown[] => [
    'match',
    ['get', 'severity'],
    'tue',
    fatal,
    'hospitalise',
    serious,
    'blesse_leger',
    light,
    none,
  ];
  map.addLayer({
    id: 'accidents',
    type: 'circle',
    source: 'accidents',
    // The worst on top.
    layout: { 'circle-sort-key': bySeverity(3, 2, 1, 0) as never },
    paint: {
      // Zoom must be the top-level input: one size per severity at each end of the zoom range.
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, bySeverity(5, 3.5, 2.2, 2) as never, 13, bySeverity(9, 6.5, 4, 3.5) as never],
      'circle-color': bySeverity('#a4000f', '#e4794a', '#f5c45e', '#b0b0b0') as never,
      'circle-stroke-color': '#161616',
      'circle-stroke-width': bySeverity(2.5, 1, 0, 0) as never,
    },
  });

  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);
  map.on('mousemove', (event: MapMouseEvent) => {
    const feature = map.queryRenderedFeatures(event.point, { layers: ['accidents'] })[0];
    if (!feature) {
      tooltip.hidden = true;
      canvas.style.cursor = '';
      return;
    }
    canvas.style.cursor = 'pointer';
    showTooltip(tooltip, container, event.point, String((feature.properties as { label: string }).label));
  });
  map.on('mouseout', () => (tooltip.hidden = true));
  map.on('moveend', (event: { originalEvent?: unknown }) => {
    const centre = map.getCenter();
    const position = { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() };
    container.dataset['position'] = formatMapPosition(position);
    if (event.originalEvent) options.onMove(position);
  });

  return {
    setContext(epcis) {
      (map.getSource('epcis') as GeoJSONSource | undefined)?.setData(epcis as unknown as Data);
    },
    setAccidents(points, fit) {
      (map.getSource('accidents') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: points } as unknown as Data);
      if (fit && points.length > 0) {
        const xs = points.map((p) => p.geometry.coordinates[0]!);
        const ys = points.map((p) => p.geometry.coordinates[1]!);
        map.fitBounds(
          [
            [Math.min(...xs), Math.min(...ys)],
            [Math.max(...xs), Math.max(...ys)],
          ],
          { padding: 40, animate: false, maxZoom: 14 },
        );
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
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    },
    destroy() {
      map.remove();
    },
  };
}
