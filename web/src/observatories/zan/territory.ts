/** The ranking's scope of the territory the counter is shown for (the picker resolves the territory: platform/ui/territoryPicker.ts). */
import type { TerritoryChoices } from '../../platform/context';
import type { PickedTerritory } from '../../platform/ui/territoryPicker';

/** The communes ranked: a commune's EPCI (null when it has none), otherwise the territory itself. */
export function rankingScope(picked: PickedTerritory | null, territory: string): string | null {
  return picked?.level === 'commune' ? picked.epci : territory;
}

/** The ranking's scope after "de": the territory picked, an EPCI of the selector ("de la CA d’Hénin-Carvin"), or its id. */
export function scopeOf(within: string, picked: PickedTerritory | null, choices: TerritoryChoices | null): string {
  return within === picked?.id ? picked.names.of : (choices?.epcis.find((e) => e.id === within)?.names.of ?? `du territoire ${within}`);
}
