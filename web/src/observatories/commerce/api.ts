/** The commerce routes' answers, picked from the API's generated types, the layers' properties, and their URLs. */
import type { components } from '../../platform/api/schema';
import { apiUrl } from '../../platform/api/client';
import type { JsonResponse } from '../../platform/api/types';

type Schemas = components['schemas'];

export type Survey = Schemas['CommerceSurvey'];
export type CentralityItem = Schemas['CommerceCentrality'];
export type CentralityFigures = Schemas['CentralityFigures'];
export type CentralityHistoryPoint = Schemas['HistoryPoint'];
export type Peer = Schemas['Peer'];
export type CellChange = Schemas['CellChange'];
export type SurveyComparison = JsonResponse<'/api/v1/commerce/surveys/compare'>;
export type Surveys = JsonResponse<'/api/v1/commerce/surveys'>;
export type Centralities = JsonResponse<'/api/v1/commerce/centralities'>;
/** A centrality's sheet; its geometry (a plain object in the document) is a GeoJSON polygon. */
export type CentralityDetail = Omit<JsonResponse<'/api/v1/commerce/centralities/{id}'>, 'geometry'> & { geometry: CentralityFeature['geometry'] };

/** Properties of the OGC layer commerce-cellules (its /queryables; the OpenAPI document types features as object). */
export interface CellProperties {
  cell: string;
  name: string | null;
  address: string | null;
  commune: string | null;
  activity: string | null;
  activity_label: string | null;
  /** A vacant or works cell's last known activity. */
  previous_activity: string | null;
  status: string;
  status_label: string;
  centrality: string | null;
  surveyed_on: string | null;
  survey: number;
}

export interface CellFeature {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: CellProperties;
}

export interface CellCollection {
  type: 'FeatureCollection';
  features: CellFeature[];
}

/** Properties of the OGC layer commerce-centralites; the centrality's id is the feature's. */
export interface CentralityProperties {
  name: string;
  kind: string;
  commune: string | null;
  programmes: string | null;
  survey: number | null;
  cells: number | null;
  vacancy_rate: number | null;
}

export interface CentralityFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  properties: CentralityProperties;
}

export interface CentralityCollection {
  type: 'FeatureCollection';
  features: CentralityFeature[];
}

export const SURVEYS_URL = apiUrl({ path: '/api/v1/commerce/surveys' });

export function centralitiesUrl(query: { territory?: string | null; programme?: string | null } = {}): string {
  return apiUrl({ path: '/api/v1/commerce/centralities', query: { territory: query.territory, programme: query.programme } });
}

export function centralityUrl(id: string): string {
  return apiUrl({ path: '/api/v1/commerce/centralities/{id}', params: { id } });
}

/** The comparison of two surveys, over a territory or a centrality (none: every cell). */
export function compareUrl(from: number, to: number, territory: string | null): string {
  return apiUrl({ path: '/api/v1/commerce/surveys/compare', query: { from, to, territory } });
}

/** The cells of the latest survey (the OGC layer), all of them: the map filters them in the browser. */
export function cellsLayerUrl(): string {
  return apiUrl({ path: '/ogc/collections/{collectionId}/items', params: { collectionId: 'commerce-cellules' }, query: { limit: 10000 } });
}

export function centralitiesLayerUrl(): string {
  return apiUrl({ path: '/ogc/collections/{collectionId}/items', params: { collectionId: 'commerce-centralites' }, query: { limit: 1000 } });
}

/** The platform's series of an indicator over a territory: the key figures of every survey. */
export function seriesUrl(code: string, territory: string): string {
  return apiUrl({ path: '/api/v1/indicators/{code}/series', params: { code }, query: { territories: territory } });
}

/** The platform's value of an indicator for one territory, at its latest period. */
export function valueUrl(code: string, territory: string): string {
  return apiUrl({ path: '/api/v1/indicators/{code}/values', params: { code }, query: { territories: territory } });
}
