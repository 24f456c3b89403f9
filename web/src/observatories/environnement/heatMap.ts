/**
 * The overheating map, on MapLibre GL, loaded on demand when the reader nears it: the territory's communes for the
 * setting, the zones filled by class (two warm tones for the hot spots, two blues for the cool islands, each outlined
 * darker), and the sensitive buildings as dots coloured by type; a building in a hot spot gets a thick black ring (not
 * colour alone: the list beside the map names them). Nothing leaves our origin (no basemap, no glyphs). The map is the
 * platform's map of points (platform/map/pointMap.ts), the communes and zones its areas.
 */
import type { TerritoryFeatureCollection } from '../../platform/api/types';
import { createPointMap, type Bounds } from '../../platform/map/pointMap';
import type { MapPosition } from '../../platform/routes';
import type { BuildingFeature, ZoneFeature } from './api';
import { BUILDING_COLOURS, ZONE_COLOURS } from './legend';

export interface HeatMapOptions {
  label: string;
  position: MapPosition | null;
  onMove?(position: MapPosition): void;
}

export interface HeatMap {
  /** The communes drawn; fitTo: zoom to these of them (null: stay). */
  setCommunes(communes: TerritoryFeatureCollection, fitTo: ReadonlySet<string> | null): void;
  setZones(zones: readonly ZoneFeature[]): void;
  setBuildings(buildings: readonly BuildingFeature[]): void;
  setLabel(label: string): void;
  jumpTo(position: MapPosition): void;
  idle(): Promise<void>;
  destroy(): void;
}

/** The communes' extent, or null without geometry. */
export function boundsOf(communes: TerritoryFeatureCollection): Bounds | null {
  const positions = communes.features.flatMap((f) =>
    f.geometry === null ? [] : f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2),
  );
  if (positions.length === 0) return null;
  const xs = positions.map((p) => p[0]);
  const ys = positions.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

const byCode = (property: string, colours: Readonly<Record<string, string>>, fallback: string): unknown[] => [
  'match',
  ['get', property],
  ...Object.entries(colours).flat(),
  fallback,
];

export async function createHeatMap(container: HTMLElement, options: HeatMapOptions): Promise<HeatMap> {
  const map = await createPointMap(container, {
    ...options,
    areas: [
      { id: 'communes', fill: { colour: '#ffffff', opacity: 0.9 }, line: { colour: '#7b7b7b', width: 1 } },
      {
        id: 'zones',
        fill: { colour: byCode('zone_class', ZONE_COLOURS, '#cccccc'), opacity: 0.75 },
        line: { colour: '#3a3a3a', width: 0.8 },
        tooltip: (p) => `${String(p['class_label'])}, image du ${String(p['image_date'])}`,
      },
    ],
    layer: {
      id: 'buildings',
      radius: ['interpolate', ['linear'], ['zoom'], 9, 3, 13, 6, 16, 9],
      colour: byCode('building_type', BUILDING_COLOURS, '#666666'),
      strokeColour: ['case', ['get', 'in_hot_spot'], '#000000', '#ffffff'],
      strokeWidth: ['case', ['get', 'in_hot_spot'], 3, 1],
      tooltip: (p) => `${String(p['name'])} (${String(p['type_label'])})${p['in_hot_spot'] === true ? ' : en îlot de chaleur' : ''}`,
    },
    fitMaxZoom: 15,
  });
  return {
    setCommunes(communes, fitTo) {
      map.setAreas('communes', communes.features);
      const bounds = fitTo ? boundsOf({ ...communes, features: communes.features.filter((f) => fitTo.has(f.properties.id)) }) : null;
      if (bounds) map.fitTo(bounds);
    },
    setZones: (zones) => map.setAreas('zones', zones),
    setBuildings: (buildings) => map.setPoints(buildings, null),
    setLabel: (text) => map.setLabel(text),
    jumpTo: (position) => map.jumpTo(position),
    idle: () => map.idle(),
    destroy: () => map.destroy(),
  };
}
