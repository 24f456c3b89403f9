/** Transitions answers as the API gives them, trimmed: a Donut with one réservé dimension, a matrix of two communes and two risks. */
import type { Donut, DonutReading, RiskMatrix } from './api';

const aula = {
  id: 'groupement:aula',
  level: 'groupement',
  name: 'Périmètre de l’AULA',
  names: { of: 'du périmètre de l’AULA', to: 'au périmètre de l’AULA', in: 'dans le périmètre de l’AULA' },
};

const reading = (
  r: Partial<DonutReading> & Pick<DonutReading, 'code' | 'label' | 'ring' | 'direction' | 'bound' | 'status' | 'statusLabel'>,
): DonutReading => ({
  source: 'Source du seuil',
  indicator: null,
  period: null,
  value: null,
  position: null,
  gap: null,
  ...r,
});

export const DONUT: Donut = {
  territory: aula,
  dimensions: [
    reading({
      code: 'pauvrete',
      label: 'Pauvreté monétaire',
      ring: 'social',
      direction: 'down',
      bound: 14.5,
      status: 'shortfall',
      statusLabel: 'sous le plancher social',
      indicator: { code: 'transitions.taux_pauvrete', label: 'Taux de pauvreté', unit: '%', decimals: 1, source: 'INSEE' },
      period: '2023',
      value: 18,
      position: 0.241379,
      gap: 0.241379,
    }),
    reading({
      code: 'logement-social',
      label: 'Accès au logement social',
      ring: 'social',
      direction: 'up',
      bound: 20,
      status: 'within',
      statusLabel: 'dans l’espace juste et sûr',
      indicator: { code: 'habitat.part_logements_sociaux', label: 'Part de logements sociaux', unit: '%', decimals: 1, source: 'RPLS' },
      period: '2023',
      value: 25,
      position: -0.25,
      gap: 0,
    }),
    reading({
      code: 'climat',
      label: 'Changement climatique',
      ring: 'ecological',
      direction: 'down',
      bound: 2,
      status: 'overshoot',
      statusLabel: 'au-delà du plafond écologique',
      indicator: { code: 'transitions.emissions_ges_par_habitant', label: 'Émissions par habitant', unit: 't CO2e par habitant', decimals: 1, source: 'AULA' },
      period: '2023',
      value: 7.5,
      position: 2.75,
      gap: 2.75,
    }),
    reading({ code: 'seveso', label: 'Proximité Seveso', ring: 'ecological', direction: 'down', bound: 1, status: 'restricted', statusLabel: 'réservé' }),
  ],
  summary: { dimensions: 4, shortfalls: 1, overshoots: 1, within: 1, noData: 0, restricted: 1 },
  setEtag: '"transitions-donut-v1"',
};

const commune = (id: string, name: string) => ({ id, level: 'commune', name, names: { of: `de ${name}`, to: `à ${name}`, in: `à ${name}` } });
const basis = (code: string, label: string | null, low: number, high: number) => ({
  code,
  indicator: label === null ? null : { code, label, unit: '%', decimals: 1, source: 'Géorisques' },
  period: label === null ? null : '2023',
  low,
  high,
  reversed: false,
});

export const MATRIX: RiskMatrix = {
  within: aula,
  level: 'commune',
  risks: [
    {
      code: 'inondation',
      label: 'Inondation',
      rationale: 'Population en zone inondable.',
      exposure: basis('transitions.part_population_zone_inondable', 'Part de la population en zone inondable', 0, 20),
      vulnerability: basis('portrait.part_plus_65_ans', 'Part des 65 ans et plus', 15, 30),
    },
    {
      code: 'industriel',
      label: 'Risque industriel',
      rationale: 'Population proche d’un site Seveso.',
      exposure: basis('transitions.part_population_proximite_seveso', null, 0, 10),
      vulnerability: basis('transitions.taux_pauvrete', 'Taux de pauvreté', 8, 25),
    },
  ],
  rows: [
    {
      territory: commune('commune:62119', 'Béthune'),
      cells: [
        { risk: 'inondation', exposureValue: 12, exposure: 0.6, vulnerabilityValue: 24, vulnerability: 0.6, score: 0.36, class: 'fort', status: 'scored' },
        {
          risk: 'industriel',
          exposureValue: null,
          exposure: null,
          vulnerabilityValue: 20,
          vulnerability: 0.705882,
          score: null,
          class: null,
          status: 'restricted',
        },
      ],
    },
    {
      territory: commune('commune:62178', 'Beuvry'),
      cells: [
        { risk: 'inondation', exposureValue: 1, exposure: 0.05, vulnerabilityValue: 18, vulnerability: 0.2, score: 0.01, class: 'faible', status: 'scored' },
        {
          risk: 'industriel',
          exposureValue: null,
          exposure: null,
          vulnerabilityValue: 12,
          vulnerability: 0.235294,
          score: null,
          class: null,
          status: 'restricted',
        },
      ],
    },
  ],
  classes: [
    { label: 'faible', from: 0, to: 0.1 },
    { label: 'modéré', from: 0.1, to: 0.25 },
    { label: 'fort', from: 0.25, to: 0.5 },
    { label: 'très fort', from: 0.5, to: 1 },
  ],
};
