/** The tourism routes' answers, picked from the API's generated types, the layer's properties, and their URLs. */
import { apiUrl } from '../../platform/api/client';
import type { JsonResponse } from '../../platform/api/types';

export type Capacity = JsonResponse<'/api/v1/tourisme/capacity'>;
export type TypeCapacity = Capacity['byType'][number];
export type Occupancy = JsonResponse<'/api/v1/tourisme/occupancy'>;

/** Properties of the OGC layer tourisme-hebergements (its /queryables; the OpenAPI document types features as object). */
export interface AccommodationProperties {
  name: string;
  type: string;
  type_label: string;
  stars: number | null;
  rooms: number | null;
  pitches: number | null;
  beds: number | null;
  tourist_beds: number;
  address: string | null;
  commune: string;
  classified: boolean;
  inventory: number;
  as_of: string;
}

export interface AccommodationFeature {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: AccommodationProperties;
}

export interface AccommodationCollection {
  type: 'FeatureCollection';
  features: AccommodationFeature[];
}

export function capacityUrl(territory: string, types: readonly string[] | null): string {
  return apiUrl({ path: '/api/v1/tourisme/capacity', query: { territory, types: types === null ? undefined : types.join(',') } });
}

/** Every establishment of the latest inventory (the OGC layer): the map filters them in the browser. */
export function accommodationsLayerUrl(): string {
  return apiUrl({ path: '/ogc/collections/{collectionId}/items', params: { collectionId: 'tourisme-hebergements' }, query: { limit: 5000 } });
}

/** The EPCI's monthly occupancy over its latest year with figures. */
export function occupancyUrl(territory: string): string {
  return apiUrl({ path: '/api/v1/tourisme/occupancy', query: { territory } });
}
