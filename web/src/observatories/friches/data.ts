/**
 * What the brownfield page reads from the API, one function per request: the filtered list, a site's sheet, the
 * map's layers, an EPCI's communes (kept for the session of the page), the weights in force and a simulation.
 */
import { ApiError, apiUrl, type ApiClient } from '../../platform/api/client';
import type { TerritoryFeatureCollection, TerritorySummary } from '../../platform/api/types';
import { postWhatIf, type FricheFeatureCollection, type SiteDetail, type SitesResponse, type WhatIfResponse } from './api';
import type { FrichesRoute } from './route';

/** The route's filters of the list (the API's query). */
export type SiteFilters = Pick<FrichesRoute, 'epci' | 'commune' | 'status' | 'minArea' | 'minScore'>;

/** One key per list: the list is fetched again only when it changes. */
export function filtersKey(route: SiteFilters): string {
  return [route.epci, route.commune, route.status, route.minArea, route.minScore].join('|');
}

/** The OGC layer of the sites, whole or with the filters the layer has (commune, status): the map and the downloads. */
export function sitesLayerUrl(filters: Pick<SiteFilters, 'commune' | 'status'> = { commune: null, status: null }): string {
  return apiUrl({
    path: '/ogc/collections/{collectionId}/items',
    params: { collectionId: 'friches-sites' },
    query: { limit: 10000, ...(filters.commune ? { commune: filters.commune } : {}), ...(filters.status ? { status: filters.status } : {}) },
  });
}

/** A 404 on a sheet says which site does not exist. */
export function explainMissingSite(error: unknown, id: number): unknown {
  return error instanceof ApiError && error.status === 404
    ? new ApiError(`Il n’y a pas de friche n° ${id}.`, { kind: 'http', url: error.url, status: 404, problem: error.problem })
    : error;
}

export interface MapContext {
  epcis: TerritoryFeatureCollection;
  layer: FricheFeatureCollection;
}

export interface FrichesData {
  sites(filters: SiteFilters): Promise<SitesResponse>;
  site(id: number): Promise<SiteDetail>;
  mapContext(): Promise<MapContext>;
  communes(epci: string): Promise<TerritorySummary[]>;
  /** The weights in force, by criterion (a what-if that moves nothing). */
  weightsInForce(): Promise<Record<string, number>>;
  simulate(weights: Record<string, number>, signal: AbortSignal): Promise<WhatIfResponse>;
}

export function frichesData(client: ApiClient): FrichesData {
  const communesOf = new Map<string, Promise<TerritorySummary[]>>();
  return {
    sites: (filters) =>
      client.get({
        path: '/api/v1/friches/sites',
        query: { epci: filters.epci, commune: filters.commune, status: filters.status, minArea: filters.minArea, minScore: filters.minScore, limit: 1000 },
      }),
    async site(id) {
      try {
        return await client.get({ path: '/api/v1/friches/sites/{id}', params: { id } });
      } catch (error) {
        throw explainMissingSite(error, id);
      }
    },
    async mapContext() {
      const [epcis, layer] = await Promise.all([
        client.getFeatureCollection<TerritoryFeatureCollection>(
          apiUrl({ path: '/api/v1/territories', query: { level: 'epci', format: 'geojson', resolution: 'low', limit: 100 } }),
        ),
        client.getFeatureCollection<FricheFeatureCollection>(sitesLayerUrl()),
      ]);
      return { epcis, layer };
    },
    communes(epci) {
      let list = communesOf.get(epci);
      if (!list) {
        list = client.get({ path: '/api/v1/territories', query: { level: 'commune', within: epci, limit: 500 } }).then((p) => p.items);
        communesOf.set(epci, list);
        list.catch(() => communesOf.delete(epci));
      }
      return list;
    },
    weightsInForce: () => postWhatIf({ weights: {} }).then((answer) => answer.weights),
    simulate: (weights, signal) => postWhatIf({ weights }, { signal }),
  };
}
