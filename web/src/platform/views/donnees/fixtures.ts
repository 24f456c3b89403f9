/** Datasets, facets and imports shaped like the contract's answers, for the catalogue's tests. */
import type { Dataset, DatasetPage, DatasetSummary, ImportEntry } from './types';

export const EMPLOI: DatasetSummary = {
  id: 'emploi.urssaf',
  title: 'Emploi salarié privé (URSSAF)',
  description: 'Les salariés du secteur privé par commune et par trimestre, d’après les déclarations sociales.',
  kind: 'indicators',
  observatory: { slug: 'emploi', name: 'Emploi et entrepreneuriat' },
  themes: ['Économie'],
  keywords: ['emploi', 'salariés'],
  access: 'public',
  licence: 'Licence Ouverte 2.0',
  periodicity: 'quarter',
  levels: ['commune', 'epci'],
  modified: '2025-03-14T10:00:00Z',
  temporal: { start: '2013-01-01', end: '2024-12-31' },
  formats: ['CSV', 'XLSX', 'API'],
};

export const FRICHES: DatasetSummary = {
  id: 'friches-sites',
  title: 'Sites en friche',
  description: 'Les friches recensées, leur surface et leur score de mutabilité.',
  kind: 'layer',
  observatory: { slug: 'friches', name: 'Observatoire des friches' },
  themes: ['Foncier'],
  keywords: ['friches'],
  access: 'partner',
  licence: 'Convention de partenariat',
  periodicity: 'year',
  levels: ['commune'],
  modified: null,
  temporal: null,
};

export function page(items: DatasetSummary[], total = items.length): DatasetPage {
  return {
    items,
    total,
    facets: {
      observatory: [
        { value: 'emploi', label: 'Emploi et entrepreneuriat', count: 1 },
        { value: 'friches', label: 'Observatoire des friches', count: 1 },
      ],
      theme: [{ value: 'Économie', label: 'Économie', count: 1 }],
      source: [{ value: 'URSSAF', label: 'URSSAF', count: 1 }],
      level: [{ value: 'commune', label: 'Communes', count: 2 }],
      periodicity: [{ value: 'quarter', label: 'quarter', count: 1 }],
      licence: [{ value: 'Licence Ouverte 2.0', label: 'Licence Ouverte 2.0', count: 1 }],
      access: [
        { value: 'public', label: 'public', count: 1 },
        { value: 'partner', label: 'partner', count: 1 },
      ],
    },
  };
}

const ORIGIN = 'https://observatoires.aula.fr';

export const EMPLOI_DATASET: Dataset = {
  ...EMPLOI,
  publisher: { name: 'Agence d’urbanisme de l’Artois', url: 'https://www.aula.fr' },
  contact: { name: 'Pôle observation', email: 'observatoires@aula.fr', url: 'https://www.aula.fr' },
  provenance: [{ source: 'URSSAF', url: 'https://open.urssaf.fr', vintage: '2024-Q4' }],
  spatial: { levels: ['commune', 'epci'], territories: [{ id: 'groupement:aula', name: 'Périmètre de l’AULA' }], bbox: null },
  indicators: [{ code: 'emploi.salaries_prives', label: 'Salariés du secteur privé', unit: 'salariés' }],
  layer: null,
  distributions: [
    {
      format: 'CSV',
      title: 'Salariés du secteur privé : valeurs par commune (CSV)',
      mediaType: 'text/csv',
      url: `${ORIGIN}/api/v1/indicators/emploi.salaries_prives/values?level=commune&format=csv`,
      download: true,
      bytes: 1_534_000,
    },
    {
      format: 'XLSX',
      title: 'Salariés du secteur privé : valeurs par commune (XLSX)',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      url: `${ORIGIN}/api/v1/indicators/emploi.salaries_prives/values?level=commune&format=xlsx`,
      download: true,
      bytes: null,
    },
    { format: 'API', title: 'API REST', mediaType: 'application/json', url: `${ORIGIN}/api/v1/indicators?observatory=emploi`, download: false, bytes: null },
  ],
  dataThemes: ['http://publications.europa.eu/resource/authority/data-theme/REGI'],
  health: null,
};

export const FRICHES_DATASET: Dataset = {
  ...FRICHES,
  publisher: { name: 'Agence d’urbanisme de l’Artois', url: 'https://www.aula.fr' },
  contact: { name: 'Pôle foncier', email: null, url: 'https://www.aula.fr' },
  provenance: [{ source: 'Inventaire AULA', url: null, vintage: '2024' }],
  spatial: { levels: ['commune'], territories: [], bbox: [2.5, 50.2, 3.1, 50.6] },
  indicators: [],
  layer: {
    id: 'friches-sites',
    title: 'Sites en friche',
    collectionUrl: `${ORIGIN}/ogc/collections/friches-sites`,
    tables: ['friches.site'],
  },
  distributions: [
    {
      format: 'GeoJSON',
      title: 'Couche (GeoJSON)',
      mediaType: 'application/geo+json',
      url: `${ORIGIN}/ogc/collections/friches-sites/items?f=json`,
      download: false,
      bytes: 88_000,
    },
    { format: 'CSV', title: 'Couche (CSV)', mediaType: 'text/csv', url: `${ORIGIN}/ogc/collections/friches-sites/items?f=csv`, download: true, bytes: 2_000 },
    {
      format: 'XLSX',
      title: 'Sites en friche (XLSX, un point par objet en longitude et latitude, données et métadonnées)',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      url: `${ORIGIN}/ogc/collections/friches-sites/items?f=xlsx`,
      download: true,
      bytes: null,
    },
    {
      format: 'GeoPackage',
      title: 'Couche (GeoPackage)',
      mediaType: 'application/geopackage+sqlite3',
      url: `${ORIGIN}/ogc/collections/friches-sites/items?f=gpkg`,
      download: true,
      bytes: null,
    },
    {
      format: 'OGC API',
      title: 'OGC API - Features',
      mediaType: 'application/json',
      url: `${ORIGIN}/ogc/collections/friches-sites`,
      download: false,
      bytes: null,
    },
  ],
  dataThemes: ['http://publications.europa.eu/resource/authority/data-theme/REGI'],
  health: null,
};

export const REFUSED: ImportEntry = {
  id: 7,
  at: '2025-03-10T08:30:00Z',
  by: { kind: 'key', id: 3, name: 'Agence, chargé d’études' },
  file: { name: 'urssaf-2024T4.csv', bytes: 20_480, sha256: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12' },
  module: 'emploi',
  target: 'emploi.salaries_prives',
  outcome: 'refused',
  rows: { new: null, revised: null, unchanged: null, refused: 12, written: null, replaced: null },
  problems: 12,
  durationMs: 140,
  previousImport: null,
  indicators: null,
};
