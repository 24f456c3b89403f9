/**
 * Test data for the views' tests (dashboard, catalogue, profile): the test-only observatory "essai"
 * (src/platform/testing/testObservatory.ts) with two themes, three indicators and one OGC layer, and the answers of
 * every route the dashboard reads.
 */
import type {
  BreaksResponse,
  CompareResponse,
  IndicatorDetail,
  IndicatorSummary,
  Legend,
  MapFeatureCollection,
  ObservatoryDetail,
  OgcCollections,
  SeriesResponse,
  ValuesResponse,
} from '../api/types';
import { fakeApi, json, territoryRef, type Answer } from './fakeApi';
import type { ProjectionResponse } from '../charts/projectionChart';

export const indicator = (code: string, label: string, unit: string, aggregation = 'sum'): IndicatorSummary => ({
  code,
  label,
  unit,
  decimals: 0,
  observatory: 'essai',
  theme: code.includes('taux') ? 'taux' : 'effectifs',
  periodicity: 'year',
  aggregation,
  higherIsBetter: true,
  source: 'INSEE, recensement (données de démonstration)',
  sourceUrl: 'https://www.insee.fr',
  licence: 'Licence Ouverte',
  confidentiality: 'public',
  fixedClasses: null,
});

export const POPULATION = indicator('essai.population', 'Population', 'habitants');
export const EMPLOIS = indicator('essai.emplois', 'Emplois', 'emplois');
export const TAUX = indicator('essai.taux', 'Taux d’activité', '%', 'ratio');

export const OBSERVATORY: ObservatoryDetail = {
  slug: 'essai',
  name: 'Observatoire d’essai',
  description: 'Un observatoire pour les tests.',
  layers: ['essai-sites'],
  themes: [
    { code: 'effectifs', name: 'Effectifs', indicators: [POPULATION, EMPLOIS] },
    { code: 'taux', name: 'Taux', indicators: [TAUX] },
  ],
};

export const detail = (summary: IndicatorSummary): IndicatorDetail => ({
  indicator: summary,
  definition: `Définition de ${summary.label}.`,
  periods: ['2019', '2020', '2021', '2022'],
  storedLevels: ['commune'],
  aggregableLevels: ['epci', 'groupement', 'departement', 'region'],
  secrecyThreshold: summary.code === POPULATION.code ? 3 : null,
  ratioScale: 1,
  weightIndicator: null,
  links: { breaks: '', map: '', series: '', values: '' },
});

export const LEGEND: Legend = {
  method: 'quantile',
  breaks: [10, 100, 1000, 5000],
  classes: [
    { index: 0, lower: 10, upper: 100, count: 1, colour: '#deebf7' },
    { index: 1, lower: 100, upper: 1000, count: 1, colour: '#9ecae1' },
    { index: 2, lower: 1000, upper: 5000, count: 1, colour: '#3182bd' },
  ],
  palette: 'Blues',
  midpoint: null,
  secretColour: '#7b7b7b',
  noDataColour: '#e5e5e5',
  counts: { total: 4, classified: 3, secret: 1, noData: 0 },
  scheme: null,
};

const ref = territoryRef;
const item = (id: string, name: string, value: number | null, rank: number | null, status: string) => ({
  territory: ref(id, name),
  value,
  rank,
  status,
  gapToParent: value === null ? null : value - 1000,
  parentId: 'groupement:aula',
  numerator: null,
  denominator: null,
  coverage: null,
});

export const values = (period: string): ValuesResponse => ({
  indicator: POPULATION,
  period,
  asOf: null,
  total: 4,
  parent: { territory: ref('groupement:aula', 'Périmètre de l’AULA'), value: 6050, status: 'definitive', coverage: null },
  items: [
    item('commune:62001', 'Arras', 5000, 1, 'definitive'),
    item('commune:62002', 'Béthune', 1000, 2, 'provisional'),
    item('commune:62003', 'Lens', 50, 3, 'definitive'),
    item('commune:62004', 'Hameau', null, null, 'secret'),
  ],
});

const BREAKS: BreaksResponse = { indicator: POPULATION, legend: LEGEND, level: 'commune', period: '2022', within: 'groupement:aula' };

const MAP: MapFeatureCollection = { type: 'FeatureCollection', features: [], indicator: POPULATION, period: '2022', legend: LEGEND };

/** The similar EPCIs of the CABBALR, as GET /api/v1/peer-groups gives them. */
export const PEER_GROUP = {
  id: 'groupement:pairs-cabbalr',
  name: 'Territoires similaires à la CABBALR',
  subject: { id: 'epci:200072460', name: 'CA de Béthune-Bruay, Artois-Lys Romane', population: 275736, inPerimeter: true },
  members: [
    { id: 'epci:200044618', name: 'CA Douaisis Agglo', population: 148901, inPerimeter: false },
    { id: 'epci:245901160', name: 'CA Valenciennes Métropole', population: 191885, inPerimeter: false },
  ],
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
};

const peerReference = (): CompareResponse['references'][number] => ({
  territory: ref(PEER_GROUP.id, PEER_GROUP.name),
  value: 5000,
  status: 'definitive',
  gap: 1050,
  relativeGap: 0.21,
  coverage: null,
  members: PEER_GROUP.members.map((m) => ({ territory: ref(m.id, m.name), value: 2500, numerator: null, denominator: null, status: 'definitive' })),
});

const compare = (period: string, references: string): CompareResponse => ({
  indicator: POPULATION,
  period,
  territory: {
    territory: ref('groupement:aula', 'Périmètre de l’AULA'),
    value: 6050,
    status: 'definitive',
    coverage: { communes: 4, communesWithValue: 3, territoryCommunes: 4 },
  },
  references: [
    {
      territory: ref('departement:62', 'Pas-de-Calais'),
      value: 1460000,
      status: 'definitive',
      gap: -1453950,
      relativeGap: -0.99,
      members: null,
      coverage: { communes: 318, communesWithValue: 318, territoryCommunes: 887 },
    },
    { territory: ref('region:32', 'Hauts-de-France'), value: 6000000, status: 'definitive', gap: null, relativeGap: null, coverage: null, members: null },
    ...(references.includes(PEER_GROUP.id) ? [peerReference()] : []),
  ],
});

const NAMES: Record<string, string> = { 'groupement:aula': 'Périmètre de l’AULA', 'departement:62': 'Pas-de-Calais', 'region:32': 'Hauts-de-France' };

const series = (url: URL): SeriesResponse => ({
  indicator: POPULATION,
  asOf: null,
  indexPeriod: url.searchParams.get('index'),
  series: (url.searchParams.get('territories') ?? '').split(',').map((id, i) => ({
    territory: ref(id, NAMES[id] ?? id),
    annualGrowth: i === 0 ? 0.012 : null,
    coverage: id === 'departement:62' ? { communes: 318, communesWithValue: 318, territoryCommunes: 887 } : null,
    points: ['2019', '2020', '2021', '2022'].map((period, k) => ({
      period,
      value: 1000 + 10 * k + i,
      index: 100 + k,
      status: k === 0 && i === 1 ? 'secret' : 'definitive',
      yearOnYear: null,
    })),
  })),
});

/** A linear projection of 1,000, 1,010, 1,020, 1,030 (2019–2022): +10 a year, exactly on its line; one ZAN-like ceiling. */
export const projection = (url: URL): ProjectionResponse => {
  const observed = [1000, 1010, 1020, 1030].map((value, k) => ({ period: String(2019 + k), value, status: 'definitive', fitted: value }));
  const projected = Array.from({ length: 28 }, (_, k) => {
    const value = 1040 + 10 * k;
    return { period: String(2023 + k), value, low: value - 2 * (k + 1), high: value + 2 * (k + 1) };
  });
  return {
    indicator: POPULATION,
    territory: ref(url.searchParams.get('territory') ?? 'groupement:aula', 'Périmètre de l’AULA'),
    status: 'projection',
    method: { name: url.searchParams.get('method') ?? 'linear', label: 'Tendance linéaire', description: 'Évolution annuelle constante.' },
    window: { from: '2019', to: '2022', points: 4, leftOut: [] },
    fit: { rSquared: 1, rmse: 0, annualChange: 10, annualGrowth: null, confidence: 0.95, lower: null, upper: null },
    observed,
    projection: projected,
    milestones: projected.filter((p) => p.period === '2030' || p.period === '2050'),
    targets: [{ period: '2030', value: 1100, bound: 'at_most', label: 'Plafond de démonstration', document: 'Plan de test', projected: 1110, onCourse: false }],
  };
};

const COLLECTIONS: OgcCollections = {
  links: [],
  collections: [
    {
      id: 'essai-sites',
      title: 'Sites d’essai',
      description: 'Des points.',
      itemType: 'feature',
      crs: [],
      storageCrs: '',
      links: [],
      extent: { spatial: null, temporal: null },
    },
  ],
};

/** The dashboard's routes; `overrides` (by path-and-query prefix) for a test's failures. */
export function dashboardApi(overrides: Record<string, () => Response> = {}) {
  const indicators = [POPULATION, EMPLOIS, TAUX];
  const byCode = (url: URL) => indicators.find((i) => url.pathname.split('/')[4] === i.code);
  const indicatorRoute =
    (answer: (url: URL, summary: IndicatorSummary) => unknown): Answer =>
    (url) => {
      const summary = byCode(url);
      return summary ? json(answer(url, summary)) : json({ title: 'Not Found', status: 404 }, 404);
    };
  const routes: Record<string, Answer> = {
    '/api/v1/observatories': () => json({ items: [{ slug: 'essai', name: OBSERVATORY.name, description: '', indicatorCount: 3, href: '' }] }),
    '/api/v1/observatories/essai': () => json(OBSERVATORY),
    '/ogc/collections': () => json(COLLECTIONS),
    '/api/v1/peer-groups': (url) => json({ items: url.searchParams.get('subject') === PEER_GROUP.subject.id ? [PEER_GROUP] : [] }),
  };
  for (const i of indicators) {
    const base = `/api/v1/indicators/${i.code}`;
    routes[base] = indicatorRoute((_, summary) => detail(summary));
    routes[`${base}/breaks`] = indicatorRoute(() => BREAKS);
    routes[`${base}/map`] = indicatorRoute(() => MAP);
    routes[`${base}/values`] = indicatorRoute((url) => values(url.searchParams.get('period') ?? '2022'));
    routes[`${base}/compare`] = indicatorRoute((url) => compare(url.searchParams.get('period') ?? '2022', url.searchParams.get('references') ?? ''));
    routes[`${base}/series`] = indicatorRoute((url) => series(url));
    routes[`${base}/projection`] = indicatorRoute((url) => projection(url));
  }
  return fakeApi(routes, overrides);
}
