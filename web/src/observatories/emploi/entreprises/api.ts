/** The business demography and jobs-in-tension answers, picked from the API's generated types. */
import type { components } from '../../../platform/api/schema';
import type { JsonResponse } from '../../../platform/api/types';

type Schemas = components['schemas'];

export type DemographyResponse = JsonResponse<'/api/v1/emploi/demography/{territory}'>;
export type TensionResponse = JsonResponse<'/api/v1/emploi/tension/{territory}'>;
export type YearFigure = Schemas['YearFigure'];
export type Survival = Schemas['Survival'];
