/** The politique de la ville's answers, picked from the API's generated types. */
import type { components } from '../../platform/api/schema';
import type { JsonResponse } from '../../platform/api/types';

type Schemas = components['schemas'];

export type QpvSheet = Schemas['GetQpvGapsResponse'];
export type QpvIndicator = Schemas['QpvIndicatorGaps'];
export type Programmes = JsonResponse<'/api/v1/politique-ville/npnru'>;
export type Programme = Schemas['NpnruProgrammeEvaluation'];
export type ProgrammeIndicator = Schemas['NpnruIndicatorChange'];
export type Territories = JsonResponse<'/api/v1/territories'>;
