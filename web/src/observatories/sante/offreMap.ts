/**
 * The care-supply map, on MapLibre GL, loaded on demand: the EPCIs' outlines under the care points, each category a
 * colour and a size (an emergency service or a hospital larger than a pharmacy), so that the legend reads without
 * colour alone. Nothing leaves our origin (no basemap, no glyphs).
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import { createFlatMap, showTooltip } from '../../platform/map/flatMap';
import type { CarePoint } from './api';
import type { Category } from './route';

/** Each category's colour (Okabe–Ito, distinguishable by most colour-blind readers) and radius. */
export const CATEGORY_STYLE: Record<Category, { colour: string; radius: number }> = {
  pharmacie: { colour: '#009E73', radius: 4 },
  cabinet_generaliste: { colour: '#0072B2', radius: 3.5 },
  msp: { colour: '#E69F00', radius: 6 },
  centre_sante: { colour: '#CC79A7', radius: 6 },
  hopital: { colour: '#000000', radius: 8 },
  urgences: { colour: '#D55E00', radius: 9 },
};

export interface OffreMap {
  setOutlines(features: readonly unknown[]): void;
  setPoints(points: readonly CarePoint[]): void;
  setLabel(label: string): void;
  idle(): Promise<void>;
  destroy(): void;
}

type Data = Parameters<GeoJSONSource['setData']>[0];

export async function createOffreMap(container: HTMLElement, label: string): Promise<OffreMap> {
  const map = await createFlatMap(container, label);
  const canvas = map.getCanvas();
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('outlines', { type: 'geojson', data: empty });
  map.addSource('points', { type: 'geojson', data: empty });
  map.addLayer({ id: 'outlines', type: 'line', source: 'outlines', paint: { 'line-color': '#6a6a6a', 'line-width': 1 } });
  const byCategory = (pick: (s: { colour: string; radius: number }) => string | number): unknown[] => [
    'match',
    ['get', 'category'],
    ...Object.entries(CATEGORY_STYLE).flatMap(([code, style]) => [code, pick(style)]),
    pick(CATEGORY_STYLE.pharmacie),
  ];
  map.addLayer({
    id: 'points',
    type: 'circle',
    source: 'points',
    paint: {
      'circle-color': byCategory((s) => s.colour) as never,
      'circle-radius': byCategory((s) => s.radius) as never,
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
    const feature = map.queryRenderedFeatures(event.point, { layers: ['points'] })[0];
    if (!feature) {
      tooltip.hidden = true;
      return;
    }
    const p = feature.properties as { name: string; category_label: string };
    showTooltip(tooltip, container, event.point, `${p.name} (${p.category_label})`);
  });
  map.on('mouseout', () => (tooltip.hidden = true));

  return {
    setOutlines(features) {
      (map.getSource('outlines') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features } as unknown as Data);
    },
    setPoints(points) {
      (map.getSource('points') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: points } as unknown as Data);
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
