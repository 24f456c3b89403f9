/** A small API for the land views' tests: the answers the views read, shaped like the real ones (trimmed). */
import { vi } from 'vitest';

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

export const COUNTER = {
  territory: 'epci:246200299',
  communes: 14,
  latestYear: 2024,
  referenceHa: 322.5,
  reduction: 0.5,
  envelopeHa: 161.9,
  consumedHa: 101.2,
  remainingHa: 60.7,
  usedShare: 0.625,
  pacePerYearHa: 24.1,
  exhaustionYear: 2027,
  exceeded: false,
  path: Array.from({ length: 20 }, (_, i) => ({ year: 2031 + i, allowanceHa: Math.round(16.19 * ((19 - i) / 20) * 100) / 100 })),
};

export const CONSUMPTION = {
  territory: 'epci:246200299',
  years: Array.from({ length: 14 }, (_, i) => {
    const byDestination = { habitat: 20 - i * 0.5, activite: 8, mixte: 1, route: 2, ferre: 0.5, inconnu: 1.25 };
    return { year: 2011 + i, totalHa: Object.values(byDestination).reduce((a, b) => a + b, 0), byDestination };
  }),
};

export const RANKING = {
  within: 'epci:246200299',
  per: 'inhabitant',
  indicator: 'portrait.population',
  from: 2011,
  to: 2020,
  items: [
    { rank: 1, commune: 'commune:62148', name: 'Bois-Bernard', consumedHa: 2.78, gain: 21, squareMetresPer: 1324.3 },
    { rank: 2, commune: 'commune:62215', name: 'Carvin', consumedHa: 62.46, gain: 409, squareMetresPer: 1527.1 },
    { rank: null, commune: 'commune:62427', name: 'Hénin-Beaumont', consumedHa: 99.81, gain: -12, squareMetresPer: null },
  ],
};

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

const page = (items: { id: string; name: string }[]) => ({
  items: items.map((t) => ({ ...t, level: t.id.split(':')[0], code: t.id.split(':')[1], population: 1 })),
  total: items.length,
  limit: 100,
  offset: 0,
  links: { self: '', next: null, prev: null },
});

/** The mocked fetch; `posts` records the what-if bodies. */
export function landApi(overrides: Record<string, () => Response> = {}) {
  const posts: unknown[] = [];
  const fetchMock = vi.fn<typeof fetch>((input, init) => {
    const url = new URL(String(input), 'http://test');
    const key = `${url.pathname}${url.search}`;
    for (const [prefix, answer] of Object.entries(overrides)) if (key.startsWith(prefix)) return Promise.resolve(answer());
    if (init?.method === 'POST' && url.pathname === '/api/v1/friches/scores/what-if') {
      const body = JSON.parse(String(init.body)) as { weights: Record<string, number> };
      posts.push(body);
      return Promise.resolve(json(whatIf(body.weights)));
    }
    switch (url.pathname) {
      case '/api/v1/territories': {
        const level = url.searchParams.get('level');
        if (url.searchParams.get('format') === 'geojson') return Promise.resolve(json({ type: 'FeatureCollection', features: [] }));
        if (level === 'groupement') return Promise.resolve(json(page([{ id: 'groupement:aula', name: 'Périmètre de l’AULA' }])));
        if (level === 'epci') return Promise.resolve(json(page([{ id: 'epci:246200299', name: 'CA d’Hénin-Carvin' }])));
        if (level === 'commune') return Promise.resolve(json(page([{ id: 'commune:62724', name: 'Rouvroy' }])));
        return Promise.resolve(json(page([{ id: 'departement:62', name: 'Pas-de-Calais' }])));
      }
      case '/api/v1/friches/sites':
        return Promise.resolve(json(SITES));
      case '/api/v1/friches/sites/206':
        return Promise.resolve(json(SITE_206));
      case '/ogc/collections/friches-sites/items':
        return Promise.resolve(json({ type: 'FeatureCollection', features: [] }));
      case '/api/v1/zan/counter':
        return Promise.resolve(json({ ...COUNTER, territory: url.searchParams.get('territory') }));
      case '/api/v1/zan/consumption':
        return Promise.resolve(json({ ...CONSUMPTION, territory: url.searchParams.get('territory') }));
      case '/api/v1/zan/ranking':
        return Promise.resolve(json({ ...RANKING, per: url.searchParams.get('per') }));
      case '/api/v1/territories/epci:246200299':
        return Promise.resolve(json({ id: 'epci:246200299', level: 'epci', name: 'CA d’Hénin-Carvin', parents: [] }));
      case '/api/v1/territories/commune:62427':
        return Promise.resolve(
          json({
            id: 'commune:62427',
            level: 'commune',
            name: 'Hénin-Beaumont',
            parents: [{ id: 'epci:246200299', level: 'epci', code: '246200299', name: 'CA d’Hénin-Carvin' }],
          }),
        );
    }
    return Promise.resolve(json({ title: 'Not Found', status: 404, detail: `Nothing at ${url.pathname}` }, 404));
  });
  return { fetchMock, posts };
}

/** Waits until the predicate holds (the views load their modules and data asynchronously). */
export async function waitFor(predicate: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}
