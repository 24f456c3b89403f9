/** The Santé answers shaped like the real ones (trimmed: two themes, a few points), and a fake API that serves them. */
import { fakeApi, json, territoryRef } from '../../platform/testing/fakeApi';
import type { CarePoint, KeyFigures } from './api';

const CABBALR = 'epci:200072460';
const COLUMNS = [CABBALR, 'departement:62', 'region:32'];

const figure = (code: string, label: string, unit: string, decimals: number, higherIsBetter: boolean | null, values: [number | null, string | null][]) => ({
  code,
  label,
  unit,
  decimals,
  higherIsBetter,
  period: '2023',
  values: values.map(([value, status], i) => ({ territory: COLUMNS[i]!, value, status })),
});

export const KEY_FIGURES: KeyFigures = {
  territory: territoryRef(CABBALR, 'CA de Béthune-Bruay, Artois-Lys Romane'),
  territories: [
    territoryRef(CABBALR, 'CA de Béthune-Bruay, Artois-Lys Romane'),
    territoryRef('departement:62', 'Pas-de-Calais'),
    territoryRef('region:32', 'Hauts-de-France'),
  ],
  themes: [
    {
      code: 'donnees_generales',
      label: 'Données générales',
      indicators: [
        figure('sante.taux_mortalite_prematuree', 'Taux de mortalité prématurée', 'décès pour 100 000 habitants', 0, false, [
          [312.4, 'definitive'],
          [287.1, 'definitive'],
          [268.9, 'definitive'],
        ]),
      ],
    },
    {
      code: 'offre_soins',
      label: 'Attractivité territoriale et offre de soins',
      indicators: [
        figure('sante.densite_generalistes', 'Densité de médecins généralistes', 'pour 10 000 habitants', 1, true, [
          [7.2, 'definitive'],
          [8, 'definitive'],
          [8.5, 'definitive'],
        ]),
        figure('sante.deces_prematures', 'Décès prématurés (avant 65 ans)', 'décès', 0, false, [
          [null, 'secret'],
          [3900, 'definitive'],
          [13100, 'definitive'],
        ]),
      ],
    },
  ],
} as unknown as KeyFigures;

const point = (id: string, name: string, category: string, label: string, lon: number, lat: number): CarePoint =>
  ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { name, category, category_label: label, finess_category: null, commune: 'commune:62119', address: null, demo: true },
  }) as CarePoint;

export const CARE_POINTS = {
  type: 'FeatureCollection',
  features: [
    point('demo-pharmacie-62119-1', 'Pharmacie du Centre – Béthune', 'pharmacie', 'Pharmacie', 2.64, 50.53),
    point('demo-pharmacie-62119-2', 'Pharmacie de la Gare – Béthune', 'pharmacie', 'Pharmacie', 2.65, 50.52),
    point('demo-msp-62119-1', 'Maison de santé pluriprofessionnelle de Béthune', 'msp', 'Maison de santé pluriprofessionnelle', 2.63, 50.53),
    point('demo-urgences-62119-1', 'Service d’urgences – Centre hospitalier de Béthune', 'urgences', 'Service d’urgences', 2.64, 50.54),
  ],
};

export function santeApi() {
  const fetchMock = fakeApi({
    [`/api/v1/territories/${CABBALR}`]: () =>
      json({ ...territoryRef(CABBALR, 'CA de Béthune-Bruay, Artois-Lys Romane'), code: '200072460', population: 275_736, parents: [] }),
    [`/api/v1/sante/key-figures/${CABBALR}`]: () => json(KEY_FIGURES),
    '/ogc/collections/sante-offre-soins/items': () => json(CARE_POINTS),
    '/ogc/collections/epci/items': () => json({ type: 'FeatureCollection', features: [] }),
  });
  return { fetchMock };
}
