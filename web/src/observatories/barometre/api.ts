/** The barometer's answer, picked from the API's generated types, and checked against what the publication reads. */
import type { JsonResponse } from '../../platform/api/types';
import type { Barometre } from './publication/contract';

export type BarometreResponse = JsonResponse<'/api/v1/barometre/{territory}/{quarter}'>;

/** Fails to compile when the API's answer no longer gives the renderer what it reads (publication/contract.ts). */
export function asPublication(answer: BarometreResponse): Barometre {
  return answer;
}
