/** What the clicks of the map's drawing mode make: the geometry a change request sends. */
import type { Kind } from './api';

/** The drawn vertices as a GeoJSON geometry: a LineString (2+ points) for a corridor, a closed Polygon (3+) for a reservoir; null before. */
export function drawnGeometry(kind: Kind, points: readonly [number, number][]): unknown {
  if (kind === 'corridor') return points.length >= 2 ? { type: 'LineString', coordinates: points } : null;
  return points.length >= 3 ? { type: 'Polygon', coordinates: [[...points, points[0]]] } : null;
}
