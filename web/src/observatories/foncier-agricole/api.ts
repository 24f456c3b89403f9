/** The short-supply-chain outlets layer's properties and its URL. */
import { apiUrl } from '../../platform/api/client';

/** Properties of the OGC layer foncier-agricole-circuits-courts (its /queryables; the OpenAPI document types features as object). */
export interface OutletProperties {
  name: string;
  type: string;
  type_label: string;
  address: string | null;
  commune: string;
  source: string;
}

export interface OutletFeature {
  type: 'Feature';
  id?: string | number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: OutletProperties;
}

export interface OutletCollection {
  type: 'FeatureCollection';
  features: OutletFeature[];
}

/** Every outlet (the OGC layer): the map filters them in the browser. */
export function outletsLayerUrl(): string {
  return apiUrl({ path: '/ogc/collections/{collectionId}/items', params: { collectionId: 'foncier-agricole-circuits-courts' }, query: { limit: 5000 } });
}
