/** The networks' words and colours, in French, shared by the map, its legend, the list and the forms. */
import type { Kind } from './api';
import type { Network } from './route';

export const NETWORK_STYLES: Record<Network, { label: string; colour: string }> = {
  verte: { label: 'Trame verte', colour: '#2e7d32' },
  bleue: { label: 'Trame bleue', colour: '#1565c0' },
  noire: { label: 'Trame noire', colour: '#37284d' },
  agricole: { label: 'Trame agricole', colour: '#a0661a' },
};

export const KIND_LABELS: Record<Kind, string> = { reservoir: 'Réservoir de biodiversité', corridor: 'Corridor écologique' };

export const STATUS_LABELS: Record<string, string> = {
  existant: 'Existant',
  a_preserver: 'À préserver',
  a_restaurer: 'À restaurer',
  a_creer: 'À créer',
};

export const ACTION_LABELS: Record<string, string> = { add: 'Ajout', modify: 'Modification', remove: 'Suppression' };

export const STATE_LABELS: Record<string, string> = { pending: 'En attente d’examen', accepted: 'Acceptée, intégrée', rejected: 'Rejetée' };

export function networkLabel(code: string): string {
  return (NETWORK_STYLES as Record<string, { label: string } | undefined>)[code]?.label ?? code;
}
