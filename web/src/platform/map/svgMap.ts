/**
 * Pure functions to draw GeoJSON surfaces as SVG paths: bounding box,
 * equirectangular projection fitted to a viewBox, path building.
 * No DOM access here, so everything is unit-tested in Node.
 */
import type { BBox, Position, SurfaceGeometry } from '../api/types';

export interface ViewBox {
  width: number;
  height: number;
  /** Blank margin kept on every side, in viewBox units (0 by default). */
  padding?: number;
}

export interface Projection {
  /** [lon, lat] in degrees → [x, y] in viewBox units (y grows downwards). */
  (position: Position): [number, number];
  /** viewBox units per degree of latitude. */
  readonly scale: number;
  /** cos(mean latitude): how much shorter a degree of longitude is than one of latitude. */
  readonly lonFactor: number;
}

const DEG = Math.PI / 180;

/** Calls `visit` for every position of the geometry. */
function forEachPosition(geometry: SurfaceGeometry, visit: (p: Position) => void): void {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) for (const p of ring) visit(p);
}

/** Bounding box [minLon, minLat, maxLon, maxLat] of the geometries, null when there is no position. */
export function boundingBox(geometries: Iterable<SurfaceGeometry | null | undefined>): BBox | null {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const geometry of geometries) {
    if (!geometry) continue;
    forEachPosition(geometry, ([lon, lat]) => {
      if (!Number.isFinite(lon) || !Number.isFinite(lat)) return;
      if (lon < minLon) minLon = lon;
      if (lon > maxLon) maxLon = lon;
      if (lat < minLat) minLat = lat;
      if (lat > maxLat) maxLat = lat;
    });
  }
  return minLon === Infinity ? null : [minLon, minLat, maxLon, maxLat];
}

/** cos of the mean latitude of the box (the middle of its latitude span). */
export function lonFactorOf(bbox: BBox): number {
  const meanLat = (bbox[1] + bbox[3]) / 2;
  return Math.cos(meanLat * DEG);
}

/**
 * Equirectangular projection (x = lon·cos(mean lat), y = −lat) scaled
 * uniformly so that the bbox fits inside the viewBox (minus padding), centred
 * along the axis that has room to spare.
 */
export function createProjection(bbox: BBox, viewBox: ViewBox): Projection {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const padding = viewBox.padding ?? 0;
  const innerWidth = Math.max(viewBox.width - 2 * padding, 0);
  const innerHeight = Math.max(viewBox.height - 2 * padding, 0);
  const lonFactor = lonFactorOf(bbox);

  const projectedWidth = (maxLon - minLon) * lonFactor;
  const projectedHeight = maxLat - minLat;

  let scale: number;
  if (projectedWidth > 0 && projectedHeight > 0) {
    scale = Math.min(innerWidth / projectedWidth, innerHeight / projectedHeight);
  } else if (projectedWidth > 0) {
    scale = innerWidth / projectedWidth;
  } else if (projectedHeight > 0) {
    scale = innerHeight / projectedHeight;
  } else {
    scale = 1; // a single point: any scale will do, it is centred below
  }

  const offsetX = padding + (innerWidth - projectedWidth * scale) / 2;
  const offsetY = padding + (innerHeight - projectedHeight * scale) / 2;

  const project = ((position: Position): [number, number] => {
    const [lon, lat] = position;
    return [offsetX + (lon - minLon) * lonFactor * scale, offsetY + (maxLat - lat) * scale];
  }) as Projection;
  Object.defineProperties(project, {
    scale: { value: scale, enumerable: true },
    lonFactor: { value: lonFactor, enumerable: true },
  });
  return project;
}

/** Rounds to `digits` decimals and writes the shortest form ("12", "12.5", never "-0"). */
export function formatCoordinate(value: number, digits: number): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * One ring as "Mx yLx y x y…Z". The closing position (equal to the first) is
 * left to Z, and positions that round to the previous one are dropped.
 * Returns '' for a ring that collapses to fewer than 3 points.
 */
export function ringToPath(ring: readonly Position[], project: (p: Position) => [number, number], digits = 1): string {
  const points: string[] = [];
  let previous = '';
  for (const position of ring) {
    const [x, y] = project(position);
    const point = `${formatCoordinate(x, digits)} ${formatCoordinate(y, digits)}`;
    if (point !== previous) points.push(point);
    previous = point;
  }
  if (points.length > 1 && points[points.length - 1] === points[0]) points.pop();
  if (points.length < 3) return '';
  return `M${points[0]}L${points.slice(1).join(' ')}Z`;
}

/**
 * A Polygon or MultiPolygon as the `d` of ONE <path>: every ring becomes a
 * sub-path, so holes (and islands inside holes) must be drawn with
 * fill-rule="evenodd" — see {@link PATH_FILL_RULE}. A polygon whose exterior
 * ring collapses is left out with its holes.
 */
export function geometryToPath(geometry: SurfaceGeometry | null | undefined, project: (p: Position) => [number, number], digits = 1): string {
  if (!geometry) return '';
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (const polygon of polygons) {
    const [exterior, ...holes] = polygon;
    if (!exterior) continue;
    const outer = ringToPath(exterior, project, digits);
    if (outer === '') continue;
    d += outer;
    for (const hole of holes) d += ringToPath(hole, project, digits);
  }
  return d;
}

/** Fill rule to use with {@link geometryToPath}. */
export const PATH_FILL_RULE = 'evenodd';
