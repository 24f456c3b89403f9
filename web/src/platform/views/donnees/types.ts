/**
 * The datasets' and imports' answers (GET /api/v1/datasets, /datasets/{id}, /imports), picked from the types generated
 * from the API's OpenAPI document (schema.d.ts): `npm run check` fails when the API and the page drift apart. The
 * unions below name the values the API documents for some of these strings, for the page's labels.
 */
import type { components } from '../../api/schema';
import type { JsonResponse } from '../../api/types';

type Schemas = components['schemas'];

export type DatasetPage = JsonResponse<'/api/v1/datasets'>;
export type DatasetSummary = Schemas['DatasetSummary'];
export type DatasetFacets = Schemas['DatasetFacets'];
/** A facet's value with the number of datasets it would give, over the caller's visible datasets. */
export type Facet = Schemas['Facet'];
export type DatasetHealth = Schemas['DatasetHealth'];
export type Dataset = JsonResponse<'/api/v1/datasets/{id}'>;
export type Distribution = Schemas['DatasetDistribution'];
export type ImportPage = JsonResponse<'/api/v1/imports'>;
export type ImportEntry = Schemas['ImportEntry'];

/** A dataset's access right (DatasetSummary.access). */
export type DatasetAccess = 'public' | 'partner' | 'agency';
/** A distribution's format (DatasetDistribution.format). */
export type DistributionFormat = 'CSV' | 'CSVW' | 'XLSX' | 'GeoJSON' | 'GeoPackage' | 'API' | 'OGC API';
/** An import's outcome (ImportEntry.outcome). */
export type ImportOutcome = 'imported' | 'identical' | 'refused';
