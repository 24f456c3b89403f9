/** An accounts answer shaped like the real one (two years, trimmed), and a fake API that serves it. */
import { fakeApi, json, KNOWN_NAMES, namesOf } from '../../../platform/testing/fakeApi';

export const LABELS = {
  sectors: { residentiel: 'Résidentiel', tertiaire: 'Tertiaire', industrie: 'Industrie', transport: 'Transport routier', agriculture: 'Agriculture' },
  carriers: {
    electricite: 'Électricité',
    gaz: 'Gaz naturel',
    chaleur: 'Réseaux de chaleur',
    petrole: 'Produits pétroliers',
    bois: 'Bois-énergie',
    autres: 'Autres',
  },
  sources: {
    eolien: 'Éolien',
    pv_toiture: 'Photovoltaïque en toiture',
    biogaz: 'Méthanisation (biogaz)',
    thermique_non_renouvelable: 'Thermique non renouvelable (hors bilan)',
  },
};

const consumption = (total: number) => ({
  totalGwh: total,
  bySector: { residentiel: total * 0.4, industrie: total * 0.6 },
  byCarrier: { gaz: total * 0.5, electricite: total * 0.5 },
  bySectorAndCarrier: { residentiel: { gaz: total * 0.3, electricite: total * 0.1 }, industrie: { gaz: total * 0.2, electricite: total * 0.4 } },
});

export function accounts(id: string, name: string, nameOf: string, scale: number, partial = false) {
  const balance = { share: 0.06, productionGwh: 60 * scale, productionYear: 2023, consumptionGwh: 1000 * scale, consumptionYear: 2022 };
  return {
    id,
    level: id.split(':')[0],
    name,
    nameOf,
    coverage: { ownFigures: id.startsWith('departement'), communesWithData: partial ? 2 : 14, communes: 14 },
    headline: {
      consumptionYear: 2022,
      consumptionGwh: 1000 * scale,
      gasShare: 0.5,
      productionYear: 2023,
      productionGwh: 60 * scale,
      decarbonisedBalance: balance,
      emissionsYear: 2022,
      emissionsKt: 400 * scale,
    },
    years: [
      {
        year: 2022,
        consumption: consumption(1000 * scale),
        production: { totalGwh: 50 * scale, bySource: { eolien: 40 * scale, pv_toiture: 10 * scale }, nonRenewableThermalGwh: 0, rooftopPvInstallations: 100 },
        emissions: { totalKt: 400 * scale, bySector: { residentiel: 100 * scale, industrie: 300 * scale } },
        decarbonisedBalance: { ...balance, share: 0.05, productionGwh: 50 * scale, productionYear: 2022 },
      },
      {
        year: 2023,
        consumption: null,
        production: {
          totalGwh: 60 * scale,
          bySource: { eolien: 45 * scale, pv_toiture: 15 * scale, thermique_non_renouvelable: 30 * scale },
          nonRenewableThermalGwh: 30 * scale,
          rooftopPvInstallations: 120,
        },
        emissions: null,
        decarbonisedBalance: balance,
      },
    ],
    targets: id.startsWith('epci') ? [{ year: 2030, share: 0.2, document: 'PCAET de la CAHC (objectif de démonstration)', demo: true }] : [],
    origins: ['Démonstration ancrée sur le rapport d’activité 2024 de l’AULA'],
  };
}

export function bilanApi(options: { partial?: boolean } = {}) {
  const fetchMock = fakeApi({
    '/api/v1/energie/accounts': (url) =>
      json({
        territory: accounts(url.searchParams.get('territory') ?? '', 'CA d’Hénin-Carvin', 'de la CA d’Hénin-Carvin', 1, options.partial),
        comparison: accounts('departement:62', 'Pas-de-Calais', 'du Pas-de-Calais', 20),
        labels: LABELS,
      }),
    '/api/v1/territories/epci:246200299': () =>
      json({ id: 'epci:246200299', level: 'epci', name: 'CA d’Hénin-Carvin', names: KNOWN_NAMES['epci:246200299'], parents: [] }),
    '/api/v1/territories/commune:62427': () =>
      json({ id: 'commune:62427', level: 'commune', name: 'Hénin-Beaumont', names: namesOf('Hénin-Beaumont', 'd’Hénin-Beaumont'), parents: [] }),
  });
  return { fetchMock };
}
