/**
 * The colours and destinations of the ZAN counter, shared by the charts (loaded on demand with Observable Plot) and
 * the legends and tables drawn before them.
 */

export const DESTINATIONS: readonly { code: string; label: string; colour: string }[] = [
  { code: 'habitat', label: 'Habitat', colour: '#3558a2' },
  { code: 'activite', label: 'Activité', colour: '#b36b00' },
  { code: 'mixte', label: 'Mixte', colour: '#8a4f9e' },
  { code: 'route', label: 'Route', colour: '#5c5c5c' },
  { code: 'ferre', label: 'Ferré', colour: '#007c6e' },
  { code: 'inconnu', label: 'Inconnu', colour: '#b8b8b8' },
];

export const COLOURS = {
  reference: '#8d8dd6',
  consumed: '#000091',
  envelope: '#b34000',
  projection: '#b34000',
  path: '#18753c',
};
