/**
 * The outlets' map, on MapLibre GL, loaded on demand when the reader nears it: the centralities' polygons (a pale
 * fill, a dark outline) under the cells. An active cell is a dot filled with its activity's colour, a vacant one a
 * hollow grey ring, one under works a grey dot in a thick dark ring (not colour alone: the status shows by shape);
 * the chosen cell gets a large black ring. Nothing leaves our origin (no basemap, no glyphs). The map is the platform's
 * map of points (platform/map/pointMap.ts), the centralities its area.
 */
import { createPointMap } from '../../platform/map/pointMap';
import type { MapPosition } from '../../platform/routes';
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

const bySymbol = (activity: unknown, vacant: unknown, works: unknown): unknown[] => ['match', ['get', 'symbol'], 'vacant', vacant, 'travaux', works, activity];

export async function createCellsMap(container: HTMLElement, options: CellsMapOptions): Promise<CellsMap> {
  const { onChoose, ...where } = options;
  const map = await createPointMap(container, {
    ...where,
    areas: [{ id: 'centralities', fill: { colour: '#ffffff', opacity: 0.9 }, line: { colour: '#3a3a3a', width: 1.5 } }],
    layer: {
      id: 'cells',
      radius: ['interpolate', ['linear'], ['zoom'], 10, 2.5, 14, 5, 17, 8],
      colour: bySymbol(['get', 'colour'], '#ffffff', '#b0b0b0'),
      strokeColour: ['case', ['get', 'chosen'], '#000000', bySymbol('#ffffff', '#6a6a6a', '#161616')],
      strokeWidth: ['case', ['get', 'chosen'], 4, bySymbol(0.8, 2, 2.5)],
    },
    onChoose: (p) => onChoose(String(p['cell'])),
    fitPadding: 40,
    fitMaxZoom: 17,
  });
  return {
    setCentralities: (features) => map.setAreas('centralities', features),
    setCells: (points, fit) => map.setPoints(points, fit ? points : null),
    setLabel: (text) => map.setLabel(text),
    jumpTo: (position) => map.jumpTo(position),
    idle: () => map.idle(),
    destroy: () => map.destroy(),
  };
}
