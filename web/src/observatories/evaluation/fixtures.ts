/** An evaluation answer as the API gives it, trimmed: one project, one axis, one action, two indicators (one restricted). */
import type { Indicator, Project, Projects } from './api';

const territory = {
  id: 'epci:200072460',
  level: 'epci',
  name: 'CA de Béthune-Bruay, Artois-Lys Romane',
  names: {
    of: 'de la CA de Béthune-Bruay, Artois-Lys Romane',
    to: 'à la CA de Béthune-Bruay, Artois-Lys Romane',
    in: 'dans la CA de Béthune-Bruay, Artois-Lys Romane',
  },
};

export const INDICATOR: Indicator = {
  code: 'emplois-salaries',
  label: 'Emplois salariés privés',
  source: 'catalogue',
  catalogue: { code: 'emploi.salaries_prives', label: 'Salariés du secteur privé', unit: 'salariés', decimals: 0 },
  unit: 'salariés',
  decimals: 0,
  confidentiality: 'public',
  direction: 'up',
  weight: 1,
  t0: { year: 2022, value: 48846, source: 'series' },
  target: { year: 2030, value: 52000 },
  latest: { year: 2024, value: 49771 },
  progress: 0.293278,
  rawProgress: 0.293278,
  beyondTarget: false,
  setback: false,
  expectedProgress: 0.25,
  expectedValue: 49634.5,
  status: 'on_track',
  statusLabel: 'dans la trajectoire',
  series: [
    { year: 2022, value: 48846 },
    { year: 2023, value: 49556 },
    { year: 2024, value: 49771 },
  ],
};

export const RESTRICTED: Indicator = {
  ...INDICATOR,
  code: 'entreprises-accompagnees',
  label: 'Entreprises accompagnées par le service économique',
  source: 'entered',
  catalogue: null,
  unit: 'entreprises',
  confidentiality: 'partner',
  t0: { year: 2022, value: null, source: 'series' },
  target: { year: 2030, value: null },
  latest: null,
  progress: null,
  rawProgress: null,
  expectedProgress: null,
  expectedValue: null,
  status: 'restricted',
  statusLabel: 'données réservées',
  series: [],
};

export const PROJECT: Project = {
  id: 'cabbalr-projet-de-territoire',
  title: 'Projet de territoire de la CABBALR',
  territory,
  startYear: 2022,
  endYear: 2030,
  description: 'Le suivi du projet de territoire.',
  score: 0.293278,
  summary: { indicators: 2, onCourse: 1, achieved: 0, ahead: 0, onTrack: 1, behind: 0, noData: 0, restricted: 1 },
  tolerance: 0.1,
  axes: [
    {
      code: 'attractivite-economique',
      title: 'Attractivité économique',
      weight: 1,
      score: 0.293278,
      scoredActions: 1,
      unscoredActions: 0,
      actions: [
        {
          code: 'emploi-salarie',
          title: 'Développer l’emploi salarié',
          weight: 1,
          score: 0.293278,
          scoredIndicators: 1,
          unscoredIndicators: 1,
          indicators: [INDICATOR, RESTRICTED],
        },
      ],
    },
  ],
  demo: true,
  version: 1,
  etag: '"evaluation-cabbalr-projet-de-territoire-v1"',
};

export const PROJECTS: Projects = {
  items: [
    {
      id: PROJECT.id,
      title: PROJECT.title,
      territory,
      startYear: 2022,
      endYear: 2030,
      score: PROJECT.score,
      summary: PROJECT.summary,
      axes: [{ code: 'attractivite-economique', title: 'Attractivité économique', score: 0.293278 }],
      demo: true,
      etag: PROJECT.etag,
    },
  ],
};
