/** The Santé answers, picked from the API's generated types, the care-supply layer's properties, and their URLs. */
import { apiUrl } from '../../platform/api/client';
import type { components } from '../../platform/api/schema';
import type { JsonResponse } from '../../platform/api/types';
import type { Category } from './route';

type Schemas = components['schemas'];

export type KeyFigures = JsonResponse<'/api/v1/sante/key-figures/{territory}'>;
export type KeyFigure = Schemas['HealthKeyFigure'];
export type KeyFigureValue = Schemas['HealthKeyFigureValue'];

/** Properties of the OGC layer sante-offre-soins (its /queryables; the OpenAPI document types features as object). */
export interface CarePointProperties {
  name: string;
  category: Category;
  category_label: string;
  finess_category: string | null;
  commune: string;
  address: string | null;
  demo: boolean;
}

export interface CarePoint {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: CarePointProperties;
}

export interface CarePoints {
  type: 'FeatureCollection';
  features: CarePoint[];
}

/** The layer's items, of one category or all (at most 10,000: the perimeter has about a thousand points). */
export function carePointsUrl(category: Category | null): string {
  // category is one of the layer's queryables, which the OpenAPI document does not list per collection.
  const url = apiUrl({ path: '/ogc/collections/{collectionId}/items', params: { collectionId: 'sante-offre-soins' }, query: { limit: 10000 } });
  return category ? `${url}&category=${category}` : url;
}
