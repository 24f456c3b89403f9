/** The Habitat observatory's answers, picked from the API's generated types. */
import type { components } from '../../platform/api/schema';
import type { JsonResponse } from '../../platform/api/types';

type Schemas = components['schemas'];

export type Prices = JsonResponse<'/api/v1/habitat/prices/{territory}'>;
export type PriceSeries = Schemas['PriceSeries'];
export type PriceYear = Schemas['PriceYear'];
export type Distribution = JsonResponse<'/api/v1/habitat/prices/{territory}/distribution'>;
export type PriceBin = Schemas['PriceBin'];
export type Plh = JsonResponse<'/api/v1/habitat/plh/{territory}'>;
export type PlhObjective = Schemas['PlhObjectiveStanding'];
export type PlhSummary = Schemas['PlhSummary'];

/** The types of dwelling the prices are computed for, as the API names them. */
export const PROPERTY_TYPES = ['maison', 'appartement'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];
