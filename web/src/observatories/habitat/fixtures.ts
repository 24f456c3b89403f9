/** The Habitat answers shaped like the real ones (trimmed), and a fake API that serves them. */
import type { IndicatorSummary, SeriesResponse } from '../../platform/api/types';
import { fakeApi, json, territoryRef } from '../../platform/testing/fakeApi';
import type { Distribution, Plh, PlhObjective, Prices } from './api';

const INDICATORS: Record<string, [label: string, unit: string, decimals: number]> = {
  'habitat.logements': ['Logements', 'logements', 0],
  'habitat.taux_vacance': ['Taux de vacance', '%', 1],
  'habitat.taux_vacance_longue': ['Taux de vacance de longue durée', '%', 1],
  'habitat.part_logements_sociaux': ['Part de logements sociaux', '%', 1],
  'habitat.part_passoires': ['Part de passoires thermiques (DPE F et G)', '%', 1],
  'habitat.taille_menages': ['Taille moyenne des ménages', 'personnes par ménage', 2],
  'habitat.logements_autorises': ['Logements autorisés', 'logements', 0],
  'habitat.logements_commences': ['Logements commencés', 'logements', 0],
};

export function indicator(code: string): IndicatorSummary {
  const [label, unit, decimals] = INDICATORS[code] ?? [code, '', 0];
  return {
    code,
    label,
    unit,
    decimals,
    observatory: 'habitat',
    theme: 'parc',
    periodicity: 'annual',
    aggregation: unit === '%' ? 'ratio' : 'sum',
    higherIsBetter: null,
    source: 'Démonstration',
    sourceUrl: null,
    licence: 'Licence Ouverte 2.0',
    confidentiality: 'public',
    fixedClasses: null,
  } as IndicatorSummary;
}

const NAMES: Record<string, string> = {
  'epci:246200364': 'CA de Lens-Liévin',
  'departement:62': 'Pas-de-Calais',
  'commune:62001': 'Ablain-Saint-Nazaire',
};

/** A series answer from 2019: the territory's values, and the département's when given. */
export function series(code: string, territory: string, values: (number | null)[], departement?: (number | null)[]): SeriesResponse {
  const of = (id: string, vs: (number | null)[]) => ({
    territory: territoryRef(id, NAMES[id] ?? id),
    annualGrowth: null,
    coverage: null,
    points: vs.map((value, i) => ({ period: String(2019 + i), value, status: value == null ? null : 'definitive', index: null, yearOnYear: null })),
  });
  return {
    indicator: indicator(code),
    indexPeriod: null,
    asOf: null,
    series: [of(territory, values), ...(departement ? [of('departement:62', departement)] : [])],
  } as SeriesResponse;
}

const VALUES: Record<string, [number[], number[]]> = {
  'habitat.logements': [
    [118_000, 118_600, 119_150],
    [690_000, 694_000, 698_000],
  ],
  'habitat.taux_vacance': [
    [7.4, 7.6, 7.9],
    [8.1, 8.2, 8.4],
  ],
  'habitat.taux_vacance_longue': [
    [2.6, 2.5, 2.4],
    [2.9, 2.8, 2.7],
  ],
  'habitat.part_logements_sociaux': [
    [38.2, 38.5, 38.9],
    [20.1, 20.2, 20.3],
  ],
  'habitat.part_passoires': [
    [21.5, 20.8, 19.6],
    [19.9, 19.5, 18.7],
  ],
  'habitat.taille_menages': [
    [2.31, 2.3, 2.28],
    [2.29, 2.28, 2.27],
  ],
  'habitat.logements_autorises': [
    [610, 540, 700],
    [5100, 4600, 5800],
  ],
  'habitat.logements_commences': [
    [500, 430, 590],
    [4200, 3900, 4700],
  ],
};

const CALL = territoryRef('epci:246200364', 'CA de Lens-Liévin');

const year = (y: number, count: number | null, median: number | null = null): Prices['series'][number]['years'][number] =>
  count == null
    ? { year: y, status: 'secret', count: null, countLabel: '< 11', median: null, q1: null, q3: null }
    : { year: y, status: 'published', count, countLabel: String(count), median, q1: median! - 250, q3: median! + 300 };

/** The CALL's prices 2022–2024: houses published every year, flats secret in 2024. */
export const PRICES: Prices = {
  territory: CALL,
  communes: 36,
  from: 2022,
  to: 2024,
  threshold: 11,
  rounding: 10,
  series: [
    {
      type: 'maison',
      label: 'Maisons',
      period: { status: 'published', count: 3300, countLabel: '3300', median: 1420, q1: 1170, q3: 1720 },
      years: [year(2022, 1200, 1450), year(2023, 1100, 1430), year(2024, 1000, 1400)],
    },
    {
      type: 'appartement',
      label: 'Appartements',
      period: { status: 'published', count: 32, countLabel: '32', median: 1690, q1: 1440, q3: 1990 },
      years: [year(2022, 12, 1700), year(2023, 12, 1680), year(2024, null)],
    },
  ],
};

export function distribution(y: number, type: string): Distribution {
  if (type === 'appartement')
    return {
      territory: CALL,
      year: y,
      type,
      label: 'Appartements',
      status: 'secret',
      count: null,
      countLabel: '< 11',
      median: null,
      q1: null,
      q3: null,
      bins: [],
    };
  return {
    territory: CALL,
    year: y,
    type,
    label: 'Maisons',
    status: 'published',
    count: 1000,
    countLabel: '1000',
    median: 1400,
    q1: 1150,
    q3: 1700,
    bins: [
      { from: null, to: 1150, count: 250 },
      { from: 1150, to: 1400, count: 250 },
      { from: 1400, to: 1700, count: 250 },
      { from: 1700, to: null, count: 250 },
    ],
  };
}

const objective = (o: Partial<PlhObjective>): PlhObjective => ({
  code: 'logements-autorises',
  label: 'Produire 850 logements par an',
  territory: CALL,
  indicator: { code: 'habitat.logements_autorises', label: 'Logements autorisés', unit: 'logements', decimals: 0 },
  kind: 'yearly',
  direction: 'up',
  baselineYear: 2023,
  baselineValue: null,
  baselineSource: null,
  horizonYear: 2028,
  targetValue: 850,
  targetTotal: 5100,
  latest: { year: 2024, value: 700 },
  done: 1440,
  expected: 1700,
  progress: 0.282353,
  expectedProgress: 0.333333,
  status: 'on_track',
  statusLabel: 'dans la trajectoire',
  series: [
    { year: 2023, value: 740 },
    { year: 2024, value: 700 },
  ],
  demo: true,
  version: 1,
  etag: '"plh-logements-autorises-v1"',
  ...o,
});

/** The demo programme, trimmed to two objectives: one yearly on track, one trajectory behind. */
export const PLH: Plh = {
  territory: CALL,
  summary: { objectives: 2, onCourse: 1, achieved: 0, ahead: 0, onTrack: 1, behind: 1, noData: 0 },
  tolerance: 0.1,
  objectives: [
    objective({}),
    objective({
      code: 'passoires-thermiques',
      label: 'Réduire à 14 % la part des passoires thermiques parmi les logements diagnostiqués',
      indicator: { code: 'habitat.part_passoires', label: 'Part de passoires thermiques (DPE F et G)', unit: '%', decimals: 1 },
      kind: 'trajectory',
      direction: 'down',
      baselineYear: 2022,
      baselineValue: 21.5,
      baselineSource: 'indicator',
      targetValue: 14,
      targetTotal: null,
      latest: { year: 2024, value: 20.9 },
      done: 20.9,
      expected: 19,
      progress: 0.08,
      expectedProgress: 0.333333,
      status: 'behind',
      statusLabel: 'en retard',
      series: [
        { year: 2022, value: 21.5 },
        { year: 2023, value: 21.2 },
        { year: 2024, value: 20.9 },
      ],
      etag: '"plh-passoires-thermiques-v1"',
    }),
  ],
};

/** The fake API of the three pages: series by indicator for the territory asked (and the département), prices, PLH. */
export function habitatApi() {
  const fetchMock = fakeApi({
    '/api/v1/territories/epci:246200364': () =>
      json({ ...CALL, code: '246200364', population: 240_000, parents: [{ id: 'departement:62', level: 'departement', name: 'Pas-de-Calais' }] }),
    '/api/v1/habitat/prices/epci:246200364': () => json(PRICES),
    '/api/v1/habitat/prices/epci:246200364/distribution': (url) =>
      json(distribution(Number(url.searchParams.get('year') ?? 2024), url.searchParams.get('type') ?? 'maison')),
    '/api/v1/habitat/plh/epci:246200364': () => json(PLH),
    ...Object.fromEntries(
      Object.keys(VALUES).map((code) => [
        `/api/v1/indicators/${code}/series`,
        (url: URL) => {
          const [own, departement] = VALUES[code]!;
          const territories = (url.searchParams.get('territories') ?? '').split(',');
          return json(series(code, territories[0]!, own, territories.includes('departement:62') ? departement : undefined));
        },
      ]),
    ),
  });
  return { fetchMock };
}
