/**
 * Colours of the accounts' sectors, carriers and sources: distinct at a glance, and never alone (every chart has a
 * legend, its table, and the Sankey labels its bands at both ends). Codes in the API's order.
 */
export const SECTOR_COLOURS: Record<string, string> = {
  residentiel: '#1f5fa8',
  tertiaire: '#6aa5d8',
  industrie: '#7a3b8f',
  transport: '#c4571b',
  agriculture: '#3f7d3a',
};

export const CARRIER_COLOURS: Record<string, string> = {
  electricite: '#e0a800',
  gaz: '#2f6f9f',
  chaleur: '#c0392b',
  petrole: '#4d4d4d',
  bois: '#8a5a2b',
  autres: '#9a9a9a',
};

export const SOURCE_COLOURS: Record<string, string> = {
  eolien: '#2a7ab9',
  pv_toiture: '#f2b705',
  pv_sol: '#c98a00',
  biogaz: '#4c9a2a',
  hydraulique: '#1fa3a3',
  valorisation_dechets: '#8e5fa8',
  bois_energie: '#8a5a2b',
  gaz_de_mine: '#5b5b5b',
  thermique_non_renouvelable: '#b5b5b5',
};

/** A colour of a code, grey for a code an import brought that has none. */
export function colourOf(colours: Record<string, string>, code: string): string {
  return colours[code] ?? '#767676';
}
