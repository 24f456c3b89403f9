/** The overheating route's answer, picked from the API's generated types, the layers' properties, and their URLs. */
import { apiUrl } from '../../platform/api/client';
import type { JsonResponse } from '../../platform/api/types';

export type Surchauffe = JsonResponse<'/api/v1/environnement/surchauffe/{territory}'>;
export type Exposure = Surchauffe['hotSpots'];
export type ExposedBuilding = Surchauffe['buildingsInHotSpots'][number];

export function surchauffeApiUrl(territory: string, year: number | null): string {
  return apiUrl({ path: '/api/v1/environnement/surchauffe/{territory}', params: { territory }, query: year === null ? {} : { year } });
}

export const ZONES_LAYER = '/ogc/collections/environnement-ilots-chaleur';
export const BUILDINGS_LAYER = '/ogc/collections/environnement-batiments-sensibles';

/** The zones of one image year, every one of them (a few hundred over the perimeter). */
export function zonesUrl(year: number): string {
  return `${ZONES_LAYER}/items?limit=10000&datetime=${year}-01-01/${year}-12-31`;
}

/** The buildings of some communes (the territory's), every one of them. */
export function buildingsUrl(): string {
  return `${BUILDINGS_LAYER}/items?limit=10000`;
}

/** Properties of the layer environnement-ilots-chaleur (its /queryables). */
export interface ZoneProperties {
  zone_class: string;
  class_label: string;
  kind: string;
  kind_label: string;
  image_date: string;
  label: string | null;
  area_ha: number;
  demo: boolean;
}

export interface ZoneFeature {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
  properties: ZoneProperties;
}

export interface ZoneCollection {
  type: 'FeatureCollection';
  features: ZoneFeature[];
}

/** Properties of the layer environnement-batiments-sensibles. */
export interface BuildingProperties {
  name: string;
  building_type: string;
  type_label: string;
  commune: string;
  address: string | null;
  in_hot_spot: boolean;
  hot_class: string | null;
  in_cool_island: boolean;
  demo: boolean;
}

export interface BuildingFeature {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: BuildingProperties;
}

export interface BuildingCollection {
  type: 'FeatureCollection';
  features: BuildingFeature[];
}
