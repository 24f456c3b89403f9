/**
 * The brownfield views' types, named from the generated OpenAPI types, and the one POST they make: the what-if,
 * anonymous, which writes nothing. Errors are the client's ApiError (problem details).
 */
import type { components, paths } from '../../platform/api/schema';
import type { FeatureCollection, JsonResponse, SurfaceGeometry } from '../../platform/api/types';
import { ApiError, toProblemDetails } from '../../platform/api/client';

type Schemas = components['schemas'];

export type SitesResponse = JsonResponse<'/api/v1/friches/sites'>;
export type SiteItem = Schemas['SiteItem'];
export type StatusTotal = Schemas['StatusTotal'];
export type SiteDetail = JsonResponse<'/api/v1/friches/sites/{id}'>;
export type SiteSheet = Schemas['Site'];
export type ScoreLine = Schemas['ScoreLine'];
export type VocationFit = Schemas['VocationFit'];
export type StatusStep = Schemas['StatusStep'];

type WhatIfOperation = paths['/api/v1/friches/scores/what-if']['post'];
export type WhatIfRequest = WhatIfOperation['requestBody']['content']['application/json'];
export type WhatIfResponse = WhatIfOperation['responses'][200]['content']['application/json'];
export type SiteScore = Schemas['SiteScore'];

/** Properties of the OGC layer friches-sites (its /queryables; the OpenAPI document types features as object). */
export interface FricheProperties {
  name: string;
  commune: string;
  former_activity: string;
  status: string;
  planning_zone: string;
  pollution: string;
  area_ha: number;
  identified_on: string;
  status_changed_on: string;
}

export type FricheFeatureCollection = FeatureCollection<SurfaceGeometry, FricheProperties>;

export interface PostOptions {
  signal?: AbortSignal;
  /** Defaults to the global fetch, looked up at call time (tests stub it). */
  fetch?: typeof fetch;
}

/** `POST /api/v1/friches/scores/what-if`: every site rescored with the weights given; nothing is written. */
export async function postWhatIf(body: WhatIfRequest, options: PostOptions = {}): Promise<WhatIfResponse> {
  const url = '/api/v1/friches/scores/what-if';
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { Accept: 'application/json, application/problem+json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (options.signal?.aborted) throw new ApiError('Requête annulée', { kind: 'aborted', url, cause });
    throw new ApiError(cause instanceof Error ? cause.message : 'Erreur réseau', { kind: 'network', url, cause });
  }
  let parsed: unknown;
  try {
    const text = await response.text();
    parsed = text.trim() === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const problem = toProblemDetails(parsed);
    const fields = problem?.errors ? Object.values(problem.errors).flat().join(' ; ') : '';
    const message = problem?.detail ?? (fields || problem?.title) ?? `HTTP ${response.status}`;
    throw new ApiError(message, { kind: 'http', url, status: response.status, problem, body: parsed });
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as { sites?: unknown }).sites)) {
    throw new ApiError('Réponse d’un format inattendu', { kind: 'parse', url, status: response.status, body: parsed });
  }
  return parsed as WhatIfResponse;
}
