/**
 * The care-supply map, on MapLibre GL, loaded on demand: the EPCIs' outlines under the care points, each category a
 * colour and a size (an emergency service or a hospital larger than a pharmacy), so that the legend reads without
 * colour alone. Nothing leaves our origin (no basemap, no glyphs). The map is the platform's map of points
 * (platform/map/pointMap.ts), the EPCIs' outlines its area.
 */
import { createPointMap } from '../../platform/map/pointMap';
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

const byCategory = (pick: (s: { colour: string; radius: number }) => string | number): unknown[] => [
  'match',
  ['get', 'category'],
  ...Object.entries(CATEGORY_STYLE).flatMap(([code, style]) => [code, pick(style)]),
  pick(CATEGORY_STYLE.pharmacie),
];

export async function createOffreMap(container: HTMLElement, label: string): Promise<OffreMap> {
  const map = await createPointMap(container, {
    label,
    position: null,
    areas: [{ id: 'outlines', line: { colour: '#6a6a6a', width: 1 } }],
    layer: {
      id: 'points',
      colour: byCategory((s) => s.colour),
      radius: byCategory((s) => s.radius),
      tooltip: (p) => `${String(p['name'])} (${String(p['category_label'])})`,
    },
  });
  return {
    setOutlines: (features) => map.setAreas('outlines', features),
    setPoints: (points) => map.setPoints(points, null),
    setLabel: (text) => map.setLabel(text),
    idle: () => map.idle(),
    destroy: () => map.destroy(),
  };
}
