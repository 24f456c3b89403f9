/**
 * Names for the API's types, taken from the generated OpenAPI types (schema.d.ts): the UI never restates a
 * response shape by hand. GeoJSON bodies are typed with the geojson package's types (which MapLibre takes), around
 * the generated properties where the document gives them.
 */
import type { components, paths } from './schema';

type Schemas = components['schemas'];
type GetOperation<P extends keyof paths> = paths[P] extends { get: infer O } ? O : never;

/** The JSON body of a GET's 200 answer. */
export type JsonResponse<P extends keyof paths> =
  GetOperation<P> extends { responses: { 200: { content: infer C } } } ? (C extends { 'application/json': infer J } ? J : never) : never;

/** The query parameters of a GET. */
export type QueryOf<P extends keyof paths> = GetOperation<P> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The path parameters of a GET ({} when it has none). */
export type PathParamsOf<P extends keyof paths> =
  GetOperation<P> extends { parameters: { path: infer X } } ? (X extends object ? X : Record<never, never>) : Record<never, never>;

export type ApiPath = keyof paths;

/** Territorial levels known to the API, from the smallest to the largest. */
export type TerritoryLevel = 'commune' | 'epci' | 'groupement' | 'departement' | 'region';

export type HealthResponse = JsonResponse<'/health'>;
export type ObservatoryList = JsonResponse<'/api/v1/observatories'>;
export type ObservatoryItem = Schemas['ObservatoryItem'];
export type ObservatoryDetail = JsonResponse<'/api/v1/observatories/{slug}'>;
export type IndicatorList = JsonResponse<'/api/v1/indicators'>;
export type IndicatorSummary = Schemas['IndicatorSummary'];
export type IndicatorDetail = JsonResponse<'/api/v1/indicators/{code}'>;
export type ValuesResponse = JsonResponse<'/api/v1/indicators/{code}/values'>;
export type ValueItem = Schemas['ValueItem'];
export type SeriesResponse = JsonResponse<'/api/v1/indicators/{code}/series'>;
export type Series = Schemas['Series'];
export type SeriesPoint = Schemas['Point'];
export type CompareResponse = JsonResponse<'/api/v1/indicators/{code}/compare'>;
export type BreaksResponse = JsonResponse<'/api/v1/indicators/{code}/breaks'>;
export type Legend = Schemas['Legend'];
export type LegendClass = Schemas['ClassItem'];
export type ProfileResponse = JsonResponse<'/api/v1/territories/{id}/profile'>;
export type KeyFigure = Schemas['KeyFigure'];
export type Evolution = Schemas['Evolution'];
export type TerritoryPage = JsonResponse<'/api/v1/territories'>;
export type TerritorySummary = Schemas['TerritorySummary'];
export type TerritoryRef = Schemas['TerritoryRef'];
/** A territory's name after "de", "à" and where, as the API gives it: "du Pas-de-Calais", "au Pas-de-Calais". */
export type TerritoryNames = Schemas['TerritoryNames'];
/** How many of an aggregate's communes had a value, out of how many the territory has. */
export type Coverage = Schemas['Coverage'];
export type TerritoryDetail = JsonResponse<'/api/v1/territories/{id}'>;
export type OgcCollections = JsonResponse<'/ogc/collections'>;
export type OgcCollection = Schemas['CollectionDescription'];

/** Value statuses the API sends. */
export type ValueStatus = 'definitive' | 'provisional' | 'estimated' | 'secret' | 'restricted' | (string & {});

/** [minLon, minLat, maxLon, maxLat] in WGS 84 degrees. */
export type BBox = [number, number, number, number];

// --- GeoJSON (RFC 7946), only what the API returns: the OpenAPI document types these bodies as `object` ----------

/** [longitude, latitude] (an optional altitude is ignored). */
export type Position = [number, number] | [number, number, number];
export type LinearRing = Position[];
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

export interface Feature<G, P> {
  type: 'Feature';
  id?: string | number;
  geometry: G | null;
  properties: P;
}

export interface FeatureCollection<G, P> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
  numberMatched?: number;
  numberReturned?: number;
}

/** Properties of `GET /api/v1/territories?format=geojson`. */
export interface TerritoryProperties {
  id: string;
  level: string;
  code: string;
  name: string;
  population: number | null;
  epci?: string | null;
}

export type TerritoryFeatureCollection = FeatureCollection<SurfaceGeometry, TerritoryProperties>;

/** Properties of each feature of `GET /api/v1/indicators/{code}/map`. */
export type MapProperties = Schemas['ChoroplethProperties'];

/** `GET /api/v1/indicators/{code}/map`: a FeatureCollection with the legend and the indicator as members. */
export interface MapFeatureCollection extends FeatureCollection<SurfaceGeometry, MapProperties> {
  indicator: IndicatorSummary;
  period: string;
  legend: Legend;
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

/** Who the API key is (GET /api/v1/me): its name, role, scope and whether it may edit. */
export type Me = JsonResponse<'/api/v1/me'>;
