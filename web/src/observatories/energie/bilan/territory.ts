/** The territory the accounts are shown for: its name, its names after prepositions, its level. */
import { ApiError, type ApiClient } from '../../../platform/api/client';
import type { TerritoryNames } from '../../../platform/api/types';
import type { TerritoryChoices } from '../../../platform/context';

export interface Picked {
  id: string;
  name: string;
  /** Its name after "de", "à" and where, as the API gives it: "du périmètre de l’AULA", "d’Hénin-Beaumont". */
  names: TerritoryNames;
  level: string;
}

/** A groupement or an EPCI of the selector is known already; anything else (a commune, a département) is asked of the API. */
export async function resolveTerritory(client: ApiClient, choices: TerritoryChoices | null, id: string): Promise<Picked> {
  const known = choices ? [...choices.groupements, ...choices.epcis].find((t) => t.id === id) : undefined;
  if (known && known.level !== 'commune') return { id, name: known.name, names: known.names, level: known.level };
  const detail = await client.getTerritory(id);
  return { id, name: detail.name, names: detail.names, level: detail.level };
}

/** The error to show when the territory could not be found (a 404 or a 400 of the API), said in plain French; else null. */
export function unknownTerritory(error: unknown, territory: string): ApiError | null {
  if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 400)) return null;
  return new ApiError(`Le territoire « ${territory} » est inconnu.`, { kind: 'http', url: error.url, status: 404 });
}
