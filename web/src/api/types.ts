/**
 * Hand-written types for the Observatoires API (v1).
 *
 * Temporary: a later issue replaces this file with types generated from the
 * OpenAPI document served at /openapi. Keep the shapes aligned with the API
 * contract, not with what the UI happens to use.
 */

/** Territorial levels known to the API, from the smallest to the largest. */
export type TerritoryLevel = 'commune' | 'epci' | 'groupement' | 'departement' | 'region';

/** `GET /health` — HTTP 200 when status is "ok", HTTP 503 when "unavailable". */
export interface HealthResponse {
  status: 'ok' | 'unavailable';
  database: 'reachable' | 'unreachable' | (string & {});
  /** Last applied migration file, e.g. "0002_territories.sql"; may be null when the database is down. */
  schemaVersion: string | null;
  counts?: Partial<Record<TerritoryLevel, number>> | null;
}

/** Pagination links of a list answer (relative URLs). */
export interface PageLinks {
  self: string;
  next: string | null;
  prev: string | null;
}

/** One territory in a list answer. */
export interface TerritorySummary {
  /** "{level}:{code}", e.g. "epci:200072460". */
  id: string;
  level: TerritoryLevel;
  code: string;
  name: string;
  population: number | null;
}

/** `GET /api/v1/territories?level=…&within=…&q=…&limit=…&offset=…` */
export interface TerritoryPage {
  items: TerritorySummary[];
  total: number;
  limit: number;
  offset: number;
  links: PageLinks;
}

export interface TerritoryRef {
  id: string;
  level: TerritoryLevel;
  code: string;
  name: string;
}

/** [minLon, minLat, maxLon, maxLat] in WGS 84 degrees. */
export type BBox = [number, number, number, number];

/** `GET /api/v1/territories/{id}` */
export interface TerritoryDetail extends TerritorySummary {
  sourceVintage: string | null;
  /** "synthetic" for generated demonstration contours, "imported" for real ones; null without geometry. */
  geometrySource: 'synthetic' | 'imported' | (string & {}) | null;
  bbox: BBox | null;
  parents: TerritoryRef[];
  /** Number of children per level, e.g. { commune: 100 }. */
  childrenCounts: Partial<Record<TerritoryLevel, number>>;
  links: {
    self: string;
    geometry?: string | null;
  };
}

// --- GeoJSON (RFC 7946), only what the API returns --------------------------

/** [longitude, latitude] (an optional altitude is ignored). */
export type Position = [number, number] | [number, number, number];
/** A closed ring: first position equals the last one. */
export type LinearRing = Position[];
/** First ring is the exterior, the following ones are holes. */
export type PolygonCoordinates = LinearRing[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: PolygonCoordinates;
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: PolygonCoordinates[];
}

export type SurfaceGeometry = PolygonGeometry | MultiPolygonGeometry;

export interface CommuneProperties {
  id: string;
  level: 'commune';
  code: string;
  name: string;
  population: number | null;
  /** Id of the EPCI the commune belongs to, e.g. "epci:200072460". */
  epci: string | null;
}

export interface Feature<G, P> {
  type: 'Feature';
  id?: string | number;
  geometry: G | null;
  properties: P;
}

/** `GET /api/v1/territories?level=commune&format=geojson&limit=…` */
export interface TerritoryFeatureCollection<P = CommuneProperties> {
  type: 'FeatureCollection';
  features: Feature<SurfaceGeometry, P>[];
  numberMatched?: number;
  numberReturned?: number;
}

/** RFC 9457 problem details (`application/problem+json`). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Validation errors, by parameter name. */
  errors?: Record<string, string[]>;
}
