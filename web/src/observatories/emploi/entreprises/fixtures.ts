/** Demography, series and tension answers shaped like the real ones (trimmed), and a fake API that serves them. */
import { fakeApi, json, KNOWN_NAMES, territoryRef } from '../../../platform/testing/fakeApi';
import type { Comparison } from './peers';

const figure = (value: number, previous: number, vintage: string | null = null) => ({
  value,
  previous,
  change: value / previous - 1,
  status: 'definitive',
  vintage,
});

export function demography(territory: string, year: number) {
  return {
    territory: territoryRef(territory, 'CA d’Hénin-Carvin'),
    year,
    years: [2013, 2022, 2023],
    creations: figure(300, 320),
    companies: figure(5000, 4900),
    companiesBySector: [
      { sector: 'industrie', label: 'Industrie', nafSections: 'B, C, D, E', companies: 1000, share: 0.2 },
      { sector: 'commerce', label: 'Commerce, transports, hébergement et restauration', nafSections: 'G, H, I', companies: 4000, share: 0.8 },
    ],
    failures: figure(80, 64, 'Rapport d’activité 2024 de l’AULA'),
    indexBaseYear: 2013,
    failuresIndex: 80,
    failuresByProcedure: [
      { procedure: 'liquidation', label: 'Liquidation judiciaire', failures: 60, share: 0.75 },
      { procedure: 'redressement', label: 'Redressement judiciaire', failures: 20, share: 0.25 },
    ],
    mostHitSectors: [
      {
        rank: 1,
        sector: 'commerce',
        label: 'Commerce, transports, hébergement et restauration',
        nafSections: 'G, H, I',
        failures: 50,
        previous: 40,
        change: 0.25,
        share: 0.625,
      },
      { rank: 2, sector: 'industrie', label: 'Industrie', nafSections: 'B, C, D, E', failures: 30, previous: 24, change: 0.25, share: 0.375 },
    ],
    survival: {
      rate: 72.5,
      survivors: 145,
      cohort: 200,
      cohortYear: year - 5,
      class: 3,
      classLabel: '71,1 à 74 %',
      vintage: null,
      classes: [
        { number: 1, label: 'Inférieur à 68,5 %', upTo: 68.4 },
        { number: 2, label: '68,5 à 71 %', upTo: 71 },
        { number: 3, label: '71,1 à 74 %', upTo: 74 },
        { number: 4, label: 'Supérieur à 74 %', upTo: null },
      ],
    },
  };
}

const points = (values: number[]) =>
  values.map((value, i) => ({ period: String(2013 + i), value, status: 'definitive', index: (100 * value) / values[0]!, yearOnYear: null }));

const member = (id: string, name: string) => ({ id, name, population: 100_000, inPerimeter: false });

/** The peer group of the CA d’Hénin-Carvin: two reference EPCIs. */
export const PEER_GROUP = {
  id: 'groupement:pairs-cahc',
  name: 'Territoires similaires à la CAHC',
  subject: { id: 'epci:246200299', name: 'CA d’Hénin-Carvin', population: 125_000, inPerimeter: true },
  members: [member('epci:200044618', 'CA Douaisis Agglo'), member('epci:200033579', 'CU d’Arras')],
  version: 1,
  updatedAt: '2026-12-01T00:00:00Z',
  eTag: '"peer-group-pairs-cahc-v1"',
};

const peerFigure = (id: string, name: string, value: number, survivors: number, cohort: number) => ({
  territory: territoryRef(id, name),
  value,
  numerator: survivors,
  denominator: cohort,
  status: 'definitive',
});

/** The compare answer: the subject 72.5 %, the group 70 % (its members' sums: 700 ÷ 1,000), members 68 % and 72 %. */
export function survivalComparison(): Comparison {
  return {
    indicator: {
      code: 'emploi.survie_5_ans',
      label: 'Taux de pérennité à 5 ans',
      unit: '%',
      decimals: 1,
      observatory: 'emploi',
      theme: 'demographie',
      periodicity: 'year',
      aggregation: 'ratio',
      higherIsBetter: true,
      source: 'INSEE',
      sourceUrl: null,
      licence: 'Licence Ouverte',
      confidentiality: 'public',
      fixedClasses: { name: 'Classes du rapport d’activité 2024', breaks: [0, 68.45, 71.05, 74.05, 100] },
    },
    period: '2023',
    territory: { territory: territoryRef('epci:246200299', 'CA d’Hénin-Carvin'), value: 72.5, status: 'definitive', coverage: null },
    references: [
      {
        territory: territoryRef(PEER_GROUP.id, PEER_GROUP.name),
        value: 70,
        status: 'definitive',
        coverage: null,
        gap: 2.5,
        relativeGap: 2.5 / 70,
        members: [peerFigure('epci:200044618', 'CA Douaisis Agglo', 68, 340, 500), peerFigure('epci:200033579', 'CU d’Arras', 72, 360, 500)],
      },
    ],
  };
}

export function entreprisesApi() {
  const fetchMock = fakeApi({
    '/api/v1/peer-groups': (url) => json({ items: url.searchParams.get('subject') === PEER_GROUP.subject.id ? [PEER_GROUP] : [] }),
    '/api/v1/indicators/emploi.survie_5_ans/compare': () => json(survivalComparison()),
    '/api/v1/emploi/demography/epci:246200299': (url) => json(demography('epci:246200299', Number(url.searchParams.get('year') ?? 2023))),
    '/api/v1/emploi/demography/departement:62': () => json(demography('departement:62', 2023)),
    '/api/v1/indicators/emploi.defaillances/series': (url) =>
      json({
        indicator: { code: 'emploi.defaillances', label: 'Défaillances d’entreprises', unit: 'défaillances', decimals: 0 },
        indexPeriod: '2013',
        asOf: null,
        series: (url.searchParams.get('territories') ?? '').split(',').map((id) => ({
          territory: territoryRef(id, id === 'departement:62' ? 'Pas-de-Calais' : 'CA d’Hénin-Carvin'),
          annualGrowth: null,
          coverage: null,
          points: points([100, 90, 80]),
        })),
      }),
    '/api/v1/emploi/tension/epci:246200299': () =>
      json({
        territory: territoryRef('epci:246200299', 'CA d’Hénin-Carvin'),
        epcis: ['epci:246200299'],
        year: 2024,
        years: [2024],
        source: 'France Travail, enquête Besoins en Main-d’Œuvre (BMO)',
        sourceUrl: 'https://statistiques.francetravail.org/bmo',
        definition: 'Indice de tension : part des projets de recrutement jugés difficiles.',
        demo: true,
        projects: 108,
        difficult: 81,
        tensionIndex: 75,
        sectors: [{ sector: 'sante_social', label: 'Santé, action sociale et services à la personne', projects: 108, difficult: 81, tensionIndex: 75 }],
        occupations: [
          {
            rank: 1,
            occupation: 'aides_domicile',
            label: 'Aides à domicile',
            sector: 'sante_social',
            sectorLabel: 'Santé',
            projects: 100,
            difficult: 80,
            seasonal: 5,
            tensionIndex: 80,
          },
          {
            rank: null,
            occupation: 'infirmiers',
            label: 'Infirmiers',
            sector: 'sante_social',
            sectorLabel: 'Santé',
            projects: 8,
            difficult: 1,
            seasonal: 0,
            tensionIndex: 12.5,
          },
        ],
      }),
    '/api/v1/territories/departement:62': () =>
      json({ id: 'departement:62', level: 'departement', name: 'Pas-de-Calais', names: KNOWN_NAMES['departement:62'], parents: [] }),
    '/api/v1/territories/epci:246200299': () =>
      json({ id: 'epci:246200299', level: 'epci', name: 'CA d’Hénin-Carvin', names: KNOWN_NAMES['epci:246200299'], parents: [] }),
  });
  return { fetchMock };
}
