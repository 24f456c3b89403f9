/** The overheating nomenclatures as the page shows them: the zone classes and building types, their labels and colours. */

/** Hottest first: two warm tones, two blues (ColorBrewer RdBu, distinct for the common colour blindnesses). */
export const ZONE_CLASSES = [
  { code: 'chaleur_forte', label: 'Îlot de chaleur fort', colour: '#b2182b' },
  { code: 'chaleur', label: 'Îlot de chaleur', colour: '#f4a582' },
  { code: 'fraicheur', label: 'Îlot de fraîcheur', colour: '#92c5de' },
  { code: 'fraicheur_forte', label: 'Îlot de fraîcheur fort', colour: '#2166ac' },
] as const;

export const BUILDING_TYPES = [
  { code: 'ecole', label: 'École', singular: 'école', plural: 'écoles', colour: '#6a3d9a' },
  { code: 'creche', label: 'Crèche', singular: 'crèche', plural: 'crèches', colour: '#1b7837' },
  { code: 'ehpad', label: 'EHPAD', singular: 'EHPAD', plural: 'EHPAD', colour: '#8c510a' },
  { code: 'sante', label: 'Centre de santé', singular: 'centre de santé', plural: 'centres de santé', colour: '#01665e' },
] as const;

export const ZONE_COLOURS: Readonly<Record<string, string>> = Object.fromEntries(ZONE_CLASSES.map((c) => [c.code, c.colour]));
export const BUILDING_COLOURS: Readonly<Record<string, string>> = Object.fromEntries(BUILDING_TYPES.map((t) => [t.code, t.colour]));
