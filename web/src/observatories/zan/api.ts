/** The ZAN counter's answers, picked from the API's generated types. */
import type { components } from '../../platform/api/schema';
import type { JsonResponse } from '../../platform/api/types';

type Schemas = components['schemas'];

export type ZanCounter = JsonResponse<'/api/v1/zan/counter'>;
export type ZanConsumption = JsonResponse<'/api/v1/zan/consumption'>;
export type YearConsumption = Schemas['YearConsumption'];
export type ZanRanking = JsonResponse<'/api/v1/zan/ranking'>;
export type RankedCommune = Schemas['RankedCommune'];
