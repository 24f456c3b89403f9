/** The commerce codes the URLs hold, as the API names them (their French words are in words.ts, loaded with the pages). */
export const ACTIVITIES = [
  'alimentaire',
  'equipement_personne',
  'equipement_maison',
  'culture_loisirs',
  'hygiene_sante_beaute',
  'chr',
  'services',
  'automobile',
  'autre',
] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const STATUSES = ['active', 'vacant', 'travaux'] as const;
export type Status = (typeof STATUSES)[number];

export const CHANGE_KINDS = ['opening', 'closure', 'activity_change', 'new_cell', 'removed_cell'] as const;
