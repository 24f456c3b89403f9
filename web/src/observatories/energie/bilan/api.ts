/** The energy accounts' answers, picked from the API's generated types. */
import type { components } from '../../../platform/api/schema';
import type { JsonResponse } from '../../../platform/api/types';

type Schemas = components['schemas'];

export type AccountsResponse = JsonResponse<'/api/v1/energie/accounts'>;
export type TerritoryAccounts = Schemas['TerritoryAccounts'];
export type YearAccounts = Schemas['YearAccounts'];
export type DecarbonisedBalance = Schemas['DecarbonisedBalance'];
export type AccountLabels = Schemas['AccountLabels'];
