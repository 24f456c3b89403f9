/** The answers the brownfield view reads, shaped like the real ones (trimmed), and a fake API that serves them. */
import { fakeApi, json } from '../../platform/testing/fakeApi';

export const BREAKDOWN = [
  { criterion: 'pollution', label: 'Pollution des sols', value: 'none', points: 5, weight: 3, contribution: 20 },
  { criterion: 'ownership', label: 'Maîtrise foncière', value: 'public', points: 5, weight: 2, contribution: 13.33 },
  { criterion: 'buildings', label: 'Bâti existant', value: 'good', points: 5, weight: 1, contribution: 6.67 },
  { criterion: 'planning_zone', label: 'Zonage du document d’urbanisme', value: 'U', points: 5, weight: 3, contribution: 20 },
  { criterion: 'road_access', label: 'Desserte routière', value: '164 m', points: 5, weight: 2, contribution: 13.33 },
  { criterion: 'station_access', label: 'Proximité d’une gare', value: '13083 m', points: 0, weight: 1, contribution: 0 },
  { criterion: 'constraints', label: 'Contraintes (inondation, protection)', value: 'aucune', points: 5, weight: 2, contribution: 13.33 },
  { criterion: 'area', label: 'Surface', value: '2.3 ha', points: 4, weight: 1, contribution: 5.33 },
];

export const DEFAULT_WEIGHTS = Object.fromEntries(BREAKDOWN.map((l) => [l.criterion, l.weight]));

export const SITE_206 = {
  sheet: {
    id: 206,
    name: 'Friche Quai Saint-Dominique',
    communeId: 'commune:62724',
    communeName: 'Rouvroy',
    epciId: 'epci:246200299',
    formerActivity: 'Friche ferroviaire',
    ownership: 'public',
    pollution: 'none',
    buildingSurfaceM2: 1413,
    buildingState: 'good',
    planningZone: 'U',
    distanceRoadM: 164,
    distanceStationM: 13083,
    distanceWaterwayM: 3623,
    floodRisk: false,
    protectedArea: false,
    status: 'caracterisee',
    identifiedOn: '2022-05-18',
    fieldCheckedOn: '2022-11-07',
    statusChangedOn: '2023-05-28',
    areaHa: 2.2710890816375615,
  },
  score: { value: 92, breakdown: BREAKDOWN },
  vocations: [
    { vocation: 'activite_economique', label: 'Activité économique', suitability: 96.4 },
    { vocation: 'habitat', label: 'Habitat', suitability: 83.3 },
    { vocation: 'renaturation', label: 'Renaturation', suitability: 22.5 },
  ],
  allowedStatuses: ['en_projet', 'abandonnee'],
  history: [
    { from: null, to: 'identifiee', on: '2022-05-18', actor: 'démonstration' },
    { from: 'identifiee', to: 'caracterisee', on: '2023-05-28', actor: 'démonstration' },
  ],
};

export const SITES = {
  total: 2,
  byStatus: [
    { status: 'identifiee', count: 0, areaHa: 0 },
    { status: 'verifiee_terrain', count: 0, areaHa: 0 },
    { status: 'caracterisee', count: 1, areaHa: 2.27 },
    { status: 'en_projet', count: 1, areaHa: 1.06 },
    { status: 'reconvertie', count: 0, areaHa: 0 },
    { status: 'abandonnee', count: 0, areaHa: 0 },
  ],
  items: [
    {
      id: 206,
      name: 'Friche Quai Saint-Dominique',
      commune: 'commune:62724',
      communeName: 'Rouvroy',
      epci: 'epci:246200299',
      status: 'caracterisee',
      areaHa: 2.27,
      score: 92,
      bestVocation: 'activite_economique',
    },
    {
      id: 7,
      name: 'Friche Allée de Provence',
      commune: 'commune:62250',
      communeName: 'Courrières',
      epci: 'epci:246200299',
      status: 'en_projet',
      areaHa: 1.06,
      score: 82.7,
      bestVocation: 'equipement',
    },
  ],
};

export function whatIf(weights: Record<string, number>) {
  const moved = Object.keys(weights).length > 0;
  return {
    weights: { ...DEFAULT_WEIGHTS, ...weights },
    sites: [
      { id: 206, name: 'Friche Quai Saint-Dominique', commune: 'commune:62724', current: 92, whatIf: moved ? 94 : 92, rankNow: 1, rankWhatIf: 1 },
      { id: 7, name: 'Friche Allée de Provence', commune: 'commune:62250', current: 82.7, whatIf: moved ? 77 : 82.7, rankNow: 2, rankWhatIf: moved ? 3 : 2 },
      { id: 9, name: 'Ailleurs', commune: 'commune:62119', current: 80, whatIf: moved ? 81 : 80, rankNow: 3, rankWhatIf: moved ? 2 : 3 },
    ],
  };
}

/** The mocked fetch; `posts` records the what-if bodies. */
export function frichesApi(overrides: Record<string, () => Response> = {}) {
  const posts: unknown[] = [];
  const fetchMock = fakeApi(
    {
      '/api/v1/friches/scores/what-if': (_url, init) => {
        const body = JSON.parse(String(init?.body)) as { weights: Record<string, number> };
        posts.push(body);
        return json(whatIf(body.weights));
      },
      '/api/v1/friches/sites': () => json(SITES),
      '/api/v1/friches/sites/206': () => json(SITE_206),
      '/ogc/collections/friches-sites/items': () => json({ type: 'FeatureCollection', features: [] }),
    },
    overrides,
  );
  return { fetchMock, posts };
}
