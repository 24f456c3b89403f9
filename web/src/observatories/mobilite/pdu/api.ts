/** The PDU follow-up's answer, picked from the API's generated types. */
import type { components } from '../../../platform/api/schema';
import type { JsonResponse } from '../../../platform/api/types';

type Schemas = components['schemas'];

export type Pdu = JsonResponse<'/api/v1/mobilite/pdu'>;
export type PduObjective = Schemas['PduObjectiveStanding'];
export type PduSummary = Schemas['MidTermSummary'];
export type PduPoint = Schemas['PduPoint'];
