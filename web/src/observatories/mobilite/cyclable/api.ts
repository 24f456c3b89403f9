/** The cycling network's answers, picked from the API's generated types. */
import type { components } from '../../../platform/api/schema';
import type { JsonResponse } from '../../../platform/api/types';

type Schemas = components['schemas'];

export type CycleNetwork = JsonResponse<'/api/v1/mobilite/cycle-network'>;
export type TypeLengths = Schemas['TypeLengths'];
export type PriorityRouteItem = Schemas['PriorityRouteItem'];

/** A segment as the export writes it (the national schema's properties; only those the page reads are typed). */
export interface FacilityProperties {
  id_local: string;
  ame_d: string;
  ame_g: string;
  statut_d?: string;
  statut_g?: string;
  code_com_d: string;
  nom_loc?: string[];
}

export interface FacilityFeature {
  type: 'Feature';
  geometry: { type: 'LineString'; coordinates: [number, number][] } | { type: 'MultiLineString'; coordinates: [number, number][][] };
  properties: FacilityProperties;
}

export interface FacilityCollection {
  type: 'FeatureCollection';
  features: FacilityFeature[];
}
