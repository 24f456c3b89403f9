/**
 * The lot writes (each sends the version it is based on as If-Match, but the creation), and what a write's form
 * needs from the page: the client, what to do once written, how to show a failure.
 */
import { apiUrl, type ApiClient } from '../../platform/api/client';
import type { Position } from '../../platform/api/types';
import type { Lot, SplitAnswer } from './api';
import type { FieldSlots } from './fields';
import { newLotBody, splitBody, type LotChange, type LotFieldValues } from './lotRules';
import type { ConflictChoice } from './problems';
import type { RouteChanges } from './state';

export interface WriteContext {
  readonly client: ApiClient;
  /**
   * After a write: leaves the drawing tool, goes to the route's `changes` (if any), reads the data again, shows the
   * panel and announces `message` in it.
   */
  written(message: string, changes?: RouteChanges): Promise<void>;
  /** Shows a failure in `slot`, the field errors in `fields` (problems.ts). */
  failed(error: unknown, slot: HTMLElement, fields: FieldSlots, conflict: ConflictChoice): void;
}

const lotUrl = (id: number): string => apiUrl({ path: '/api/v1/foncier-eco/lots/{id}', params: { id } });

/** PATCH a lot's status and occupant. */
export async function updateLot(client: ApiClient, id: number, change: LotChange, ifMatch: string): Promise<void> {
  await client.send<Lot>('PATCH', lotUrl(id), { body: change, ifMatch });
}

/** DELETE: the lot is retired from today (its history stays). */
export async function retireLot(client: ApiClient, id: number, ifMatch: string): Promise<void> {
  await client.send('DELETE', lotUrl(id), { ifMatch });
}

/** POST a new lot drawn in a park: the lot created (null if the API sent none). */
export async function createLot(client: ApiClient, park: number, points: readonly Position[], values: LotFieldValues): Promise<Lot | null> {
  const answer = await client.send<Lot>('POST', apiUrl({ path: '/api/v1/foncier-eco/parks/{id}/lots', params: { id: park } }), {
    body: newLotBody(points, values),
  });
  return answer.body;
}

/**
 * Splits a lot along a cut line: with `statuses` null, a dry run (the two parts as PostGIS cuts them, nothing
 * written); with each part's status, the split itself.
 */
export async function splitLot(
  client: ApiClient,
  id: number,
  points: readonly Position[],
  statuses: readonly string[] | null,
  ifMatch: string,
): Promise<SplitAnswer | null> {
  const url = `${apiUrl({ path: '/api/v1/foncier-eco/lots/{id}/split', params: { id } })}${statuses === null ? '?dryRun=true' : ''}`;
  const answer = await client.send<SplitAnswer>('POST', url, { body: splitBody(points, statuses), ifMatch });
  return answer.body;
}
