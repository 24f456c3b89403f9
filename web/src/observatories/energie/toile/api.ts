/** The Toile's answers, picked from the API's generated types. */
import type { components } from '../../../platform/api/schema';
import type { JsonResponse } from '../../../platform/api/types';

type Schemas = components['schemas'];

export type Toile = JsonResponse<'/api/v1/energie/toile'>;
export type ToileNode = Schemas['ToileNode'];
export type ToileEdge = Schemas['ToileEdge'];
export type ToileTotals = Schemas['ToileTotals'];
export type ToileClass = Schemas['ToileClass'];
export type Neighbourhood = JsonResponse<'/api/v1/energie/toile/nodes/{id}/neighbourhood'>;
export type Synergies = JsonResponse<'/api/v1/energie/toile/synergies'>;
export type SynergyCandidate = Schemas['SynergyCandidate'];
