/**
 * The stations' map, on MapLibre GL, loaded on demand when the reader nears it: the EPCI contours for the setting and
 * one point per station. Passengers show by size (the area grows with the footfall) and service by shape: a station
 * with passenger trains is a filled dot in a dark ring, one without is a small hollow ring (not colour alone); the
 * chosen station gets a thick ring. Nothing leaves our origin (no basemap, no glyphs). The map is the platform's map of
 * points (platform/map/pointMap.ts).
 */
import type { TerritoryFeatureCollection } from '../../../platform/api/types';
import { createPointMap } from '../../../platform/map/pointMap';

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

export async function createStationsMap(container: HTMLElement, label: string, onChoose: (id: string) => void): Promise<StationsMap> {
  const map = await createPointMap(container, {
    label,
    position: null,
    contours: true,
    layer: {
      id: 'stations',
      // Area proportional to the passengers: 3 px for a halt, about 24 px for 2.7 million.
      radius: ['case', ['get', 'served'], ['+', 3, ['*', 0.0128, ['sqrt', ['get', 'passengers']]]], 5],
      colour: ['case', ['get', 'served'], '#000091', '#ffffff'],
      opacity: ['case', ['get', 'served'], 0.75, 1],
      strokeColour: '#161616',
      strokeWidth: ['case', ['get', 'chosen'], 4, ['get', 'served'], 1, 2.5],
      // The small ones on top of the large ones.
      sortKey: ['-', 0, ['get', 'passengers']],
    },
    onChoose: (p) => onChoose(String(p['id'])),
    fitPadding: 40,
    fitMaxZoom: 12,
  });
  return {
    setContext: (epcis) => map.setContext(epcis),
    setStations: (points, fit) => map.setPoints(points, fit ? points : null),
    setLabel: (text) => map.setLabel(text),
    idle: () => map.idle(),
    destroy: () => map.destroy(),
  };
}
