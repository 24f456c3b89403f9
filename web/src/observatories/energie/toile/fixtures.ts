/** A small Toile as the API answers it, anonymously: one anonymised site, a heat network, a producer, a substation. */
import { fakeApi, json } from '../../../platform/testing/fakeApi';
import type { Neighbourhood, Synergies, Toile, ToileNode } from './api';

const node = (changes: Partial<ToileNode> & Pick<ToileNode, 'id' | 'kind' | 'label'>): ToileNode => ({
  name: changes.label,
  anonymised: false,
  sector: null,
  territory: 'commune:62119',
  territoryName: 'Béthune',
  positionPrecision: 'site',
  longitude: 2.64,
  latitude: 50.53,
  consumptionGwh: null,
  consumptionClass: null,
  consumptionByCarrier: null,
  emissionsKt: null,
  productionGwh: null,
  capacityMw: null,
  createdYear: null,
  deliveryPoints: null,
  wasteHeatGwh: null,
  heatDemandGwh: null,
  ...changes,
});

export const SITE = node({
  id: 2,
  kind: 'consommateur',
  label: 'Site industriel : agroalimentaire, 250 GWh/an et plus',
  name: null,
  anonymised: true,
  sector: 'agroalimentaire',
  territory: 'epci:200072460',
  territoryName: 'CA de Béthune-Bruay, Artois-Lys Romane',
  positionPrecision: 'epci',
  longitude: 2.5,
  latitude: 50.5,
  consumptionClass: { min: 250, max: null, label: '250 GWh/an et plus' },
});
export const NETWORK = node({
  id: 101,
  kind: 'reseau_chaleur',
  label: 'Réseau de chaleur de Béthune',
  createdYear: 1972,
  deliveryPoints: 127,
  heatDemandGwh: 60,
});
export const PRODUCER = node({
  id: 111,
  kind: 'producteur',
  label: 'UVE de Labeuvrière',
  sector: 'valorisation_dechets',
  productionGwh: 48,
  wasteHeatGwh: 25,
  longitude: 2.56,
});
export const SUBSTATION = node({ id: 128, kind: 'poste_source', label: 'Poste source de Beuvry', capacityMw: 15, longitude: 2.68 });

export const TOILE: Toile = {
  nodes: [SITE, NETWORK, PRODUCER, SUBSTATION],
  edges: [
    {
      id: 7,
      from: 2,
      to: 101,
      carrier: 'chaleur',
      kind: 'waste_heat',
      status: 'potential',
      gwh: null,
      volumeClass: { min: 25, max: 50, label: '25 à 50 GWh/an' },
    },
    {
      id: 6,
      from: 111,
      to: 101,
      carrier: 'chaleur',
      kind: 'waste_heat',
      status: 'potential',
      gwh: 25,
      volumeClass: { min: 25, max: 50, label: '25 à 50 GWh/an' },
    },
    {
      id: 102,
      from: 128,
      to: 2,
      carrier: 'electricite',
      kind: 'supply',
      status: 'existing',
      gwh: null,
      volumeClass: { min: 100, max: 250, label: '100 à 250 GWh/an' },
    },
  ],
  totals: {
    perimeter: 'groupement:aula',
    perimeterName: 'Périmètre de l’AULA',
    largeSites: 35,
    largeSitesGwh: 3003,
    industrialConsumptionYear: 2022,
    industrialConsumptionGwh: 3850,
    largeSitesShare: 78,
    withheld: false,
    anonymisedSites: 35,
    producers: 9,
    productionGwh: 721.4,
    existingFlows: 45,
    potentialFlows: 6,
    withheldFlows: 35,
  },
};

export const SYNERGIES: Synergies = {
  maxDistanceKm: 10,
  minGwh: 0,
  items: [
    {
      rank: 1,
      source: { id: 111, kind: 'producteur', label: 'UVE de Labeuvrière', anonymised: false },
      demand: { id: 101, kind: 'reseau_chaleur', label: 'Réseau de chaleur de Béthune', anonymised: false },
      distanceKm: 6.4,
      distanceClass: { min: 5, max: 10, label: '5 à 10 km' },
      exchangeableGwh: 25,
      exchangeableClass: { min: 25, max: 50, label: '25 à 50 GWh/an' },
      link: 'potential',
    },
    {
      rank: 2,
      source: { id: 2, kind: 'consommateur', label: SITE.label, anonymised: true },
      demand: { id: 101, kind: 'reseau_chaleur', label: 'Réseau de chaleur de Béthune', anonymised: false },
      distanceKm: null,
      distanceClass: { min: 0, max: 5, label: 'moins de 5 km' },
      exchangeableGwh: null,
      exchangeableClass: { min: 25, max: 50, label: '25 à 50 GWh/an' },
      link: 'potential',
    },
  ],
};

export const AROUND_NETWORK: Neighbourhood = { node: NETWORK, edges: TOILE.edges.filter((e) => e.to === 101), neighbours: [SITE, PRODUCER] };

/** The fake API of the Toile's page. */
export function toileApi() {
  const fetchMock = fakeApi({
    '/api/v1/energie/toile': () => json(TOILE),
    '/api/v1/energie/toile/synergies': (url) => json({ ...SYNERGIES, maxDistanceKm: Number(url.searchParams.get('maxDistanceKm')) }),
    '/api/v1/energie/toile/nodes/101/neighbourhood': () => json(AROUND_NETWORK),
  });
  return { fetchMock };
}
