/** The Social observatory's answers, picked from the API's generated types. */
import type { components } from '../../platform/api/schema';
import type { JsonResponse } from '../../platform/api/types';

export type Deciles = JsonResponse<'/api/v1/social/deciles/{territory}'>;
export type DistributionColumn = components['schemas']['DistributionColumn'];

/** The poverty rate, whose map the dashboard draws. */
export const POVERTY = 'social.taux_pauvrete';
