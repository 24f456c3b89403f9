/** A trimmed answer of GET /api/v1/energie/sites, public and partner, shaped like the real one. */
import { json } from '../../../platform/testing/fakeApi';
import type { SiteCollection, SiteFeature, SiteKind } from './api';

const KINDS: SiteKind[] = [
  { kind: 'eolien', label: 'Parc éolien', capacityUnit: 'MW' },
  { kind: 'pv_sol', label: 'Centrale photovoltaïque au sol', capacityUnit: 'MWc' },
  { kind: 'methanisation', label: 'Unité de méthanisation', capacityUnit: 'MW' },
  { kind: 'hydraulique', label: 'Centrale hydroélectrique', capacityUnit: 'MW' },
  { kind: 'valorisation_dechets', label: 'Valorisation énergétique des déchets', capacityUnit: 'MW' },
  { kind: 'reseau_chaleur', label: 'Réseau de chaleur', capacityUnit: 'MWth' },
  { kind: 'gaz_de_mine', label: 'Valorisation du gaz de mine', capacityUnit: 'MW' },
  { kind: 'poste_source', label: 'Poste source', capacityUnit: null },
];

function site(id: string, kind: string, name: string, commune: string, changes: Partial<SiteFeature['properties']> = {}): SiteFeature {
  const label = KINDS.find((k) => k.kind === kind)!;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [2.3, 50.4] },
    properties: {
      kind,
      kindLabel: label.label,
      name,
      operator: null,
      commune: 'commune:62000',
      communeName: commune,
      epci: 'epci:200069672',
      epciName: 'CC du Ternois',
      commissionedYear: 2021,
      capacity: 2,
      capacityUnit: label.capacityUnit,
      productionGwh: 16,
      status: 'en_service',
      deliveryPoints: null,
      s3renrCapacityMw: null,
      note: null,
      confidential: false,
      source: 'Rapport d’activité 2024 de l’AULA (nom, commune, année) ; position : données de démonstration',
      ...changes,
    },
  };
}

export const PUBLIC_FEATURES: SiteFeature[] = [
  site('pv-sol-labourse', 'pv_sol', 'Centrale photovoltaïque de Labourse', 'Labourse', { capacity: 4.3, productionGwh: 5.9, operator: 'Corsica Sol' }),
  site('methanisation-framecourt-ternois-methagri', 'methanisation', 'Ternois Méthagri', 'Framecourt'),
  site('reseau-chaleur-bethune', 'reseau_chaleur', 'Réseau de chaleur de Béthune', 'Béthune', { commissionedYear: 1972, deliveryPoints: 127 }),
];

export const CONFIDENTIAL: SiteFeature = site('methanisation-valhuon', 'methanisation', 'Unité de méthanisation (projet confidentiel)', 'Valhuon', {
  confidential: true,
  commissionedYear: 2015,
});

function collection(features: SiteFeature[], audience: string): SiteCollection {
  const kinds = KINDS.filter((k) => features.some((f) => f.properties.kind === k.kind));
  return {
    type: 'FeatureCollection',
    features,
    view: { audience, territory: null, territoryName: null },
    totals: kinds.map((k) => {
      const of = features.filter((f) => f.properties.kind === k.kind);
      return {
        kind: k.kind,
        label: k.label,
        count: of.length,
        capacity: of.reduce((a, f) => a + (f.properties.capacity ?? 0), 0),
        capacityUnit: k.capacityUnit,
        productionGwh: of.reduce((a, f) => a + (f.properties.productionGwh ?? 0), 0),
        deliveryPoints: k.kind === 'reseau_chaleur' ? of.reduce((a, f) => a + (f.properties.deliveryPoints ?? 0), 0) : null,
        s3renrCapacityMw: null,
      };
    }),
    kinds: KINDS,
    statuses: [{ status: 'en_service', label: 'En service' }],
    numberReturned: features.length,
  };
}

/** The module's route: the public view without a key, the partner's with one; filtered by kind as the API filters. */
export function sitesRoute(url: URL, init: RequestInit | undefined): Response {
  const headers = new Headers(init?.headers);
  const partner = headers.get('Authorization') !== null;
  const kind = url.searchParams.get('kind');
  const features = [...PUBLIC_FEATURES, ...(partner ? [CONFIDENTIAL] : [])].filter((f) => kind === null || f.properties.kind === kind);
  const body = collection(features, partner ? 'partner' : 'public');
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/geo+json' } });
}

export { json };
