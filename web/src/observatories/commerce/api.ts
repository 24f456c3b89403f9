/**
 * The commerce routes' answers and their URLs. Written from the contract with the API (commerce-contract.md) until
 * the API's document has them; then picked from the generated types.
 */
import { apiUrl, withQuery } from '../../platform/api/client';

export interface Survey {
  id: number;
  label: string;
  surveyedFrom: string;
  surveyedTo: string;
  cells: number;
  importedAt: string;
}

export interface Programme {
  code: string;
  label: string;
}

export interface CentralityFigures {
  survey: number;
  cells: number;
  active: number;
  vacant: number;
  works: number;
  vacancyRate: number | null;
  foodShare: number | null;
}

export interface CentralityItem {
  id: string;
  name: string;
  kind: string;
  kindLabel: string;
  commune: { id: string; name: string };
  programmes: Programme[];
  latest: CentralityFigures | null;
}

export interface CentralityHistoryPoint {
  survey: number;
  label: string;
  cells: number;
  vacant: number;
  vacancyRate: number | null;
  foodShare: number | null;
}

export interface ActivityCount {
  activity: string;
  label: string;
  count: number;
}

export interface Peer {
  id: string;
  name: string;
  vacancyRate: number | null;
}

export interface CentralityDetail extends CentralityItem {
  history: CentralityHistoryPoint[];
  byActivity: ActivityCount[];
  peers: Peer[];
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export type ChangeKind = 'opening' | 'closure' | 'activity_change' | 'new_cell' | 'removed_cell';

export interface CellState {
  status: string;
  activity: string | null;
}

export interface CellChange {
  cell: string;
  name: string | null;
  address: string | null;
  kind: ChangeKind;
  before: CellState | null;
  after: CellState | null;
}

export interface CompareSummary {
  openings: number;
  closures: number;
  activityChanges: number;
  unchanged: number;
  vacancyRateFrom: number | null;
  vacancyRateTo: number | null;
  vacancyChangePoints: number | null;
  cellsFrom: number;
  cellsTo: number;
}

export interface SurveyComparison {
  from: Survey;
  to: Survey;
  summary: CompareSummary;
  changes: CellChange[];
}

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

/** A query with territory ids and lists kept readable (':' and ',' are legal in a query), as apiUrl writes them. */
function readable(url: string): string {
  return url.replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

export const SURVEYS_URL = '/api/v1/commerce/surveys';

export function centralitiesUrl(query: { territory?: string | null; programme?: string | null } = {}): string {
  return readable(withQuery('/api/v1/commerce/centralities', { territory: query.territory, programme: query.programme }));
}

export function centralityUrl(id: string): string {
  return `/api/v1/commerce/centralities/${encodeURIComponent(id)}`;
}

/** The comparison of two surveys, over a territory or a centrality (none: every cell). */
export function compareUrl(from: number, to: number, territory: string | null): string {
  return readable(withQuery('/api/v1/commerce/surveys/compare', { from, to, territory }));
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
