/** A PDU answer as the API gives it, trimmed to two objectives: one behind with a relative target, one on track with a value. */
import type { Pdu, PduObjective } from './api';

const territory = {
  id: 'groupement:pma',
  level: 'groupement',
  name: 'Pôle Métropolitain de l’Artois',
  names: { of: 'du Pôle Métropolitain de l’Artois', to: 'au Pôle Métropolitain de l’Artois', in: 'dans le Pôle Métropolitain de l’Artois' },
};

export const SAFETY: PduObjective = {
  code: 'securite-pietons-cyclistes',
  label: 'Réduire de moitié les accidents impliquant un piéton ou un cycliste',
  territory,
  indicator: {
    code: 'mobilite.accidents_pieton_cycliste_5ans',
    label: 'Accidents impliquant un piéton ou un cycliste sur 5 ans',
    unit: 'accidents',
    decimals: 0,
  },
  direction: 'down',
  baseline: { year: 2019, value: 443, source: 'indicator' },
  target: { year: 2030, value: 221.5, change: -0.5 },
  latest: { year: 2024, value: 437 },
  expectedValue: 342.318182,
  progress: 0.027088,
  expectedProgress: 0.454545,
  status: 'behind',
  statusLabel: 'en retard',
  series: [
    { year: 2019, value: 443 },
    { year: 2024, value: 437 },
  ],
  demo: true,
  version: 1,
  etag: '"pdu-securite-pietons-cyclistes-v1"',
};

export const NETWORK: PduObjective = {
  ...SAFETY,
  code: 'reseau-cyclable',
  label: 'Réaliser 150 km d’aménagements cyclables supplémentaires d’ici 2030',
  indicator: { code: 'mobilite.cyclable_km', label: 'Linéaire d’aménagements cyclables en service', unit: 'km', decimals: 1 },
  direction: 'up',
  baseline: { year: 2019, value: 160, source: 'objective' },
  target: { year: 2030, value: 310, change: null },
  latest: { year: 2026, value: 264.278 },
  expectedValue: 255.454545,
  progress: 0.695187,
  expectedProgress: 0.636364,
  status: 'on_track',
  statusLabel: 'dans la trajectoire',
  series: [{ year: 2026, value: 264.278 }],
  etag: '"pdu-reseau-cyclable-v1"',
};

export const PDU: Pdu = {
  summary: { objectives: 2, onCourse: 1, achieved: 0, ahead: 0, onTrack: 1, behind: 1, noData: 0 },
  tolerance: 0.1,
  objectives: [NETWORK, SAFETY],
};
