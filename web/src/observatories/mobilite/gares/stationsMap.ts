/**
 * The stations' map, on MapLibre GL, loaded on demand when the reader nears it: the EPCI contours for the setting and
 * one point per station. Passengers show by size (the area grows with the footfall) and service by shape: a station
 * with passenger trains is a filled dot in a dark ring, one without is a small hollow ring (not colour alone); the
 * chosen station gets a thick ring. Nothing leaves our origin (no basemap, no glyphs).
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { TerritoryFeatureCollection } from '../../../platform/api/types';
import { createFlatMap, showTooltip } from '../../../platform/map/flatMap';

export interface StationPoint {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: number[] };
  properties: { id: string; passengers: number; served: boolean; chosen: boolean; label: string };
}

export interface StationsMap {
  setContext(epcis: TerritoryFeatureCollection): void;
  /** The stations to show; fit: zoom to them. */
  setStations(points: StationPoint[], fit: boolean): void;
  setLabel(label: string): void;
  idle(): Promise<void>;
  destroy(): void;
}

type Data = Parameters<GeoJSONSource['setData']>[0];

export async function createStationsMap(container: HTMLElement, label: string, onChoose: (id: string) => void): Promise<StationsMap> {
  const map = await createFlatMap(container, label, null);
  const canvas = map.getCanvas();
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('epcis', { type: 'geojson', data: empty });
  map.addSource('stations', { type: 'geojson', data: empty });
  map.addLayer({ id: 'epcis-fill', type: 'fill', source: 'epcis', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.85 } });
  map.addLayer({ id: 'epcis-line', type: 'line', source: 'epcis', paint: { 'line-color': '#7b7b7b', 'line-width': 1 } });
  map.addLayer({
    id: 'stations',
    type: 'circle',
    source: 'stations',
    // The small ones on top of the large ones.
    layout: { 'circle-sort-key': ['-', 0, ['get', 'passengers']] as never },
    paint: {
      // Area proportional to the passengers: 3 px for a halt, about 24 px for 2.7 million.
      'circle-radius': ['case', ['get', 'served'], ['+', 3, ['*', 0.0128, ['sqrt', ['get', 'passengers']]]], 5] as never,
      'circle-color': ['case', ['get', 'served'], '#000091', '#ffffff'] as never,
      'circle-opacity': ['case', ['get', 'served'], 0.75, 1] as never,
      'circle-stroke-color': '#161616',
      'circle-stroke-width': ['case', ['get', 'chosen'], 4, ['get', 'served'], 1, 2.5] as never,
    },
  });

  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);
  const under = (event: MapMouseEvent) => map.queryRenderedFeatures(event.point, { layers: ['stations'] })[0];
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
    if (feature) onChoose(String((feature.properties as { id: string }).id));
  });

  return {
    setContext(epcis) {
      (map.getSource('epcis') as GeoJSONSource | undefined)?.setData(epcis as unknown as Data);
    },
    setStations(points, fit) {
      (map.getSource('stations') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: points } as unknown as Data);
      if (fit && points.length > 0) {
        const xs = points.map((p) => p.geometry.coordinates[0]!);
        const ys = points.map((p) => p.geometry.coordinates[1]!);
        map.fitBounds(
          [
            [Math.min(...xs), Math.min(...ys)],
            [Math.max(...xs), Math.max(...ys)],
          ],
          { padding: 40, animate: false, maxZoom: 12 },
        );
      }
    },
    setLabel(text) {
      canvas.setAttribute('aria-label', text);
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
