/** The stations' answers, picked from the API's generated types. */
import type { components } from '../../../platform/api/schema';
import { apiUrl } from '../../../platform/api/client';
import type { JsonResponse } from '../../../platform/api/types';

type Schemas = components['schemas'];

export type Stations = JsonResponse<'/api/v1/mobilite/stations'>;
export type StationItem = Schemas['StationItem'];
export type StationFigures = Schemas['StationFigures'];
export type StationChange = Schemas['StationChange'];

export function stationsUrl(territory: string): string {
  return apiUrl({ path: '/api/v1/mobilite/stations', query: { territory } });
}
