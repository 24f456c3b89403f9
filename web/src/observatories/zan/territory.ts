/** The territory the counter is shown for: its name and level, and for a commune its EPCI (the ranking's scope). */
import { ApiError, type ApiClient } from '../../platform/api/client';
import type { TerritoryNames } from '../../platform/api/types';
import type { TerritoryChoices } from '../../platform/context';

export interface Picked {
  id: string;
  name: string;
  /** Its name after "de", "à" and where, as the API gives it: "du périmètre de l’AULA", "d’Hénin-Beaumont". */
  names: TerritoryNames;
  level: string;
  /** For a commune, its EPCI (the ranking's scope). */
  epci: string | null;
}

/** A groupement or an EPCI of the selector is known already; anything else (a commune) is asked of the API. */
export async function resolveTerritory(client: ApiClient, choices: TerritoryChoices | null, id: string): Promise<Picked> {
  const known = choices ? [...choices.groupements, ...choices.epcis].find((t) => t.id === id) : undefined;
  if (known && known.level !== 'commune') return { id, name: known.name, names: known.names, level: known.level, epci: null };
  const detail = await client.getTerritory(id);
  return { id, name: detail.name, names: detail.names, level: detail.level, epci: detail.parents.find((p) => p.level === 'epci')?.id ?? null };
}

/** The communes ranked: a commune's EPCI (null when it has none), otherwise the territory itself. */
export function rankingScope(picked: Picked | null, territory: string): string | null {
  return picked?.level === 'commune' ? picked.epci : territory;
}

/** The ranking's scope after "de": the territory picked, an EPCI of the selector ("de la CA d’Hénin-Carvin"), or its id. */
export function scopeOf(within: string, picked: Picked | null, choices: TerritoryChoices | null): string {
  return within === picked?.id ? picked.names.of : (choices?.epcis.find((e) => e.id === within)?.names.of ?? `du territoire ${within}`);
}

/** The error to show when the territory could not be found (a 404 or a 400 of the API), said in plain French; else null. */
export function unknownTerritory(error: unknown, territory: string): ApiError | null {
  if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 400)) return null;
  return new ApiError(`Le territoire « ${territory} » est inconnu.`, { kind: 'http', url: error.url, status: 404 });
}
