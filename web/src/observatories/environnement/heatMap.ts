/**
 * The overheating map, on MapLibre GL, loaded on demand when the reader nears it: the territory's communes for the
 * setting, the zones filled by class (two warm tones for the hot spots, two blues for the cool islands, each outlined
 * darker), and the sensitive buildings as dots coloured by type; a building in a hot spot gets a thick black ring (not
 * colour alone: the list beside the map names them). Nothing leaves our origin (no basemap, no glyphs).
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { TerritoryFeatureCollection } from '../../platform/api/types';
import { createFlatMap, showTooltip } from '../../platform/map/flatMap';
import { formatMapPosition, type MapPosition } from '../../platform/routes';
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

type Data = Parameters<GeoJSONSource['setData']>[0];

/** The communes' extent, or null without geometry. */
export function boundsOf(communes: TerritoryFeatureCollection): [[number, number], [number, number]] | null {
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
  const map = await createFlatMap(container, options.label, options.position);
  const canvas = map.getCanvas();
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('communes', { type: 'geojson', data: empty });
  map.addSource('zones', { type: 'geojson', data: empty });
  map.addSource('buildings', { type: 'geojson', data: empty });
  map.addLayer({ id: 'communes-fill', type: 'fill', source: 'communes', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.9 } });
  map.addLayer({ id: 'communes-line', type: 'line', source: 'communes', paint: { 'line-color': '#7b7b7b', 'line-width': 1 } });
  map.addLayer({
    id: 'zones-fill',
    type: 'fill',
    source: 'zones',
    paint: { 'fill-color': byCode('zone_class', ZONE_COLOURS, '#cccccc') as never, 'fill-opacity': 0.75 },
  });
  map.addLayer({ id: 'zones-line', type: 'line', source: 'zones', paint: { 'line-color': '#3a3a3a', 'line-width': 0.8 } });
  map.addLayer({
    id: 'buildings',
    type: 'circle',
    source: 'buildings',
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 3, 13, 6, 16, 9] as never,
      'circle-color': byCode('building_type', BUILDING_COLOURS, '#666666') as never,
      'circle-stroke-color': ['case', ['get', 'in_hot_spot'], '#000000', '#ffffff'] as never,
      'circle-stroke-width': ['case', ['get', 'in_hot_spot'], 3, 1] as never,
    },
  });

  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);
  map.on('mousemove', (event: MapMouseEvent) => {
    const feature = map.queryRenderedFeatures(event.point, { layers: ['buildings', 'zones-fill'] })[0];
    if (!feature) {
      tooltip.hidden = true;
      return;
    }
    const p = feature.properties as Record<string, unknown>;
    const text =
      feature.layer.id === 'buildings'
        ? `${String(p['name'])} (${String(p['type_label'])})${p['in_hot_spot'] === true ? ' : en îlot de chaleur' : ''}`
        : `${String(p['class_label'])}, image du ${String(p['image_date'])}`;
    showTooltip(tooltip, container, event.point, text);
  });
  map.on('mouseout', () => (tooltip.hidden = true));
  map.on('moveend', (event: { originalEvent?: unknown }) => {
    const centre = map.getCenter();
    const position = { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() };
    container.dataset['position'] = formatMapPosition(position);
    if (event.originalEvent) options.onMove?.(position);
  });

  return {
    setCommunes(communes, fitTo) {
      (map.getSource('communes') as GeoJSONSource | undefined)?.setData(communes as unknown as Data);
      const bounds = fitTo ? boundsOf({ ...communes, features: communes.features.filter((f) => fitTo.has(f.properties.id)) }) : null;
      if (bounds) map.fitBounds(bounds, { padding: 30, animate: false, maxZoom: 15 });
    },
    setZones(zones) {
      (map.getSource('zones') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: zones } as unknown as Data);
    },
    setBuildings(buildings) {
      (map.getSource('buildings') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: buildings } as unknown as Data);
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
