/** Names for the Foncier économique and sign-in types, from the generated OpenAPI types (schema.d.ts). */
import type { components, paths } from '../../platform/api/schema';
import type { JsonResponse } from '../../platform/api/types';

type Schemas = components['schemas'];

/** The JSON body of a write's answer (201 or 200). */
type WriteAnswer<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 201: { content: { 'application/json': infer J } } }
    ? J
    : R extends { 200: { content: { 'application/json': infer J } } }
      ? J
      : never
  : never;

type Body<P extends keyof paths, M extends 'post' | 'patch'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type ParksResponse = JsonResponse<'/api/v1/foncier-eco/parks'>;
export type ParkFigures = Schemas['ParkFigures'];
export type ParkTotals = Schemas['Totals'];
export type LotsResponse = JsonResponse<'/api/v1/foncier-eco/parks/{id}/lots'>;
export type LotItem = Schemas['LotItem'];
export type Lot = Schemas['Lot'];
export type PartPreview = Schemas['PartPreview'];
export type SplitAnswer = WriteAnswer<'/api/v1/foncier-eco/lots/{id}/split', 'post'>;
export type UpdateLotBody = Body<'/api/v1/foncier-eco/lots/{id}', 'patch'>;
export type SplitBody = Body<'/api/v1/foncier-eco/lots/{id}/split', 'post'>;
export type CreateLotBody = Body<'/api/v1/foncier-eco/parks/{id}/lots', 'post'>;
