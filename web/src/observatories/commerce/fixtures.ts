/** The commerce routes' answers for the view tests: two surveys, two centralities of one programme, four cells. */
import { json, territoryRef, type Answer } from '../../platform/testing/fakeApi';
import type { CellCollection, CentralityCollection, CentralityDetail, CentralityItem, Survey, SurveyComparison } from './api';

export const SURVEYS: Survey[] = [
  { id: 2, label: 'Relevé terrain 2024', surveyedFrom: '2024-03-01', surveyedTo: '2024-06-30', cells: 4, importedAt: '2024-07-01T10:00:00Z' },
  { id: 1, label: 'Relevé terrain 2021', surveyedFrom: '2021-03-01', surveyedTo: '2021-06-30', cells: 4, importedAt: '2021-07-01T10:00:00Z' },
];

const programmes = [{ code: 'acv', label: 'Action Cœur de Ville' }];

export const CENTRALITIES: CentralityItem[] = [
  {
    id: 'bethune-centre',
    name: 'Centre-ville de Béthune',
    kind: 'centre_ville',
    kindLabel: 'Centre-ville',
    commune: { id: 'commune:62119', name: 'Béthune' },
    programmes,
    latest: { survey: 2, cells: 4, active: 2, vacant: 1, works: 1, vacancyRate: 25, foodShare: 50 },
  },
  {
    id: 'lens-centre',
    name: 'Centre-ville de Lens',
    kind: 'centre_ville',
    kindLabel: 'Centre-ville',
    commune: { id: 'commune:62498', name: 'Lens' },
    programmes,
    latest: { survey: 2, cells: 10, active: 9, vacant: 1, works: 0, vacancyRate: 10, foodShare: 20 },
  },
];

export const DETAIL: CentralityDetail = {
  ...CENTRALITIES[0]!,
  history: [
    { survey: 1, label: 'Relevé terrain 2021', surveyedTo: '2021-06-30', cells: 4, active: 4, vacant: 0, works: 0, vacancyRate: 0, foodShare: 25 },
    { survey: 2, label: 'Relevé terrain 2024', surveyedTo: '2024-06-30', cells: 4, active: 2, vacant: 1, works: 1, vacancyRate: 25, foodShare: 50 },
  ],
  byActivity: [
    { activity: 'alimentaire', label: 'Alimentaire', count: 1 },
    { activity: 'chr', label: 'Cafés, hôtels, restaurants', count: 1 },
  ],
  peers: [{ id: 'lens-centre', name: 'Centre-ville de Lens', vacancyRate: 10 }],
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [2.63, 50.52],
        [2.65, 50.52],
        [2.65, 50.54],
        [2.63, 50.52],
      ],
    ],
  },
};

const cell = (id: string, status: string, activity: string | null, label: string | null) => ({
  type: 'Feature' as const,
  id,
  geometry: { type: 'Point' as const, coordinates: [2.64, 50.53] as [number, number] },
  properties: {
    cell: id,
    name: activity ? `Commerce ${id}` : null,
    address: `${id.slice(4)} rue d’Arras`,
    commune: 'commune:62119',
    activity,
    activity_label: label,
    previous_activity: status === 'vacant' ? 'equipement_personne' : null,
    status,
    status_label: status === 'active' ? 'Active' : status === 'vacant' ? 'Vacante' : 'En travaux',
    centrality: 'bethune-centre',
    surveyed_on: '2024-04-02',
    survey: 2,
  },
});

export const CELLS: CellCollection = {
  type: 'FeatureCollection',
  features: [
    cell('BET-0001', 'active', 'alimentaire', 'Alimentaire'),
    cell('BET-0002', 'active', 'chr', 'Cafés, hôtels, restaurants'),
    cell('BET-0003', 'vacant', null, null),
    cell('BET-0004', 'travaux', null, null),
  ],
};

export const CENTRALITY_LAYER: CentralityCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'bethune-centre',
      geometry: DETAIL.geometry,
      properties: {
        name: 'Centre-ville de Béthune',
        kind: 'centre_ville',
        commune: 'commune:62119',
        programmes: 'Action Cœur de Ville',
        survey: 2,
        cells: 4,
        vacancy_rate: 25,
      },
    },
  ],
};

export const COMPARISON: SurveyComparison = {
  from: SURVEYS[1]!,
  to: SURVEYS[0]!,
  territory: 'epci:246200299',
  summary: {
    openings: 1,
    closures: 1,
    activityChanges: 1,
    newCells: 0,
    removedCells: 0,
    unchanged: 1,
    vacancyRateFrom: 0,
    vacancyRateTo: 25,
    vacancyChangePoints: 25,
    cellsFrom: 4,
    cellsTo: 4,
  },
  changes: [
    {
      cell: 'BET-0002',
      name: 'Commerce BET-0002',
      address: '0002 rue d’Arras',
      kind: 'opening',
      before: { status: 'travaux', activity: null },
      after: { status: 'active', activity: 'chr' },
    },
    {
      cell: 'BET-0003',
      name: null,
      address: '0003 rue d’Arras',
      kind: 'closure',
      before: { status: 'active', activity: 'equipement_personne' },
      after: { status: 'vacant', activity: null },
    },
    {
      cell: 'BET-0001',
      name: 'Commerce BET-0001',
      address: '0001 rue d’Arras',
      kind: 'activity_change',
      before: { status: 'active', activity: 'services' },
      after: { status: 'active', activity: 'alimentaire' },
    },
  ],
};

const FIGURES: Record<string, [number, number]> = {
  'commerce.cellules': [4, 4],
  'commerce.cellules_actives': [3, 2],
  'commerce.commerces_pour_1000_hab': [12.5, 8.3],
  'commerce.taux_vacance': [0, 25],
  'commerce.part_alimentaire': [33.3, 50],
};

/** The platform's series and values of the commerce indicators for any territory asked. */
function indicator(url: URL): Response {
  const [, code, kind] = /^\/api\/v1\/indicators\/([^/]+)\/(series|values)$/.exec(url.pathname) ?? [];
  const territory = territoryRef(url.searchParams.get('territories') ?? 'groupement:aula', 'Périmètre de l’AULA');
  if (kind === 'values') {
    const value = code === 'commerce.actifs_alimentaire' ? 1 : code === 'commerce.actifs_chr' ? 1 : 0;
    return json({ indicator: { code }, period: '2024', items: [{ territory, value, status: 'definitive' }] });
  }
  const [before, after] = FIGURES[code ?? ''] ?? [0, 0];
  return json({
    indicator: { code },
    series: [
      {
        territory,
        annualGrowth: null,
        coverage: null,
        points: [
          { period: '2021', value: before, status: 'definitive', index: null, yearOnYear: null },
          { period: '2024', value: after, status: 'definitive', index: null, yearOnYear: null },
        ],
      },
    ],
  });
}

export const COMMERCE_API: Record<string, Answer> = {
  '/api/v1/commerce/surveys': () => json(SURVEYS),
  '/api/v1/commerce/centralities': () => json(CENTRALITIES),
  '/api/v1/commerce/centralities/bethune-centre': () => json(DETAIL),
  '/api/v1/commerce/surveys/compare': () => json(COMPARISON),
  '/ogc/collections/commerce-cellules/items': () => json(CELLS),
  '/ogc/collections/commerce-centralites/items': () => json(CENTRALITY_LAYER),
  ...Object.fromEntries(
    [
      ...Object.keys(FIGURES).map((c) => `/api/v1/indicators/${c}/series`),
      ...['alimentaire', 'chr', 'services'].map((a) => `/api/v1/indicators/commerce.actifs_${a}/values`),
    ].map((path) => [path, indicator]),
  ),
};
