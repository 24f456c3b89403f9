/**
 * The datasets' and imports' answers, as the contract of issue 22 names them (GET /api/v1/datasets, /datasets/{id},
 * /imports). Declared here until the API's OpenAPI document has these routes; then they become picks from
 * schema.d.ts, like the other views' types.
 */

export type DatasetAccess = 'public' | 'partner' | 'agency';
export type DistributionFormat = 'CSV' | 'CSVW' | 'XLSX' | 'GeoJSON' | 'GeoPackage' | 'API' | 'OGC API';

/** A facet's value with the number of datasets it would give, over the caller's visible datasets. */
export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface DatasetFacets {
  observatory: Facet[];
  theme: Facet[];
  source: Facet[];
  level: Facet[];
  periodicity: Facet[];
  licence: Facet[];
  access: Facet[];
}

export interface DatasetHealth {
  /** Not modified since its update frequency says it should have been. */
  stale: boolean;
  expectedBy: string | null;
}

export interface DatasetSummary {
  id: string;
  title: string;
  description: string;
  kind: 'indicators' | 'layer';
  observatory: { slug: string; name: string };
  themes: string[];
  keywords: string[];
  access: DatasetAccess;
  licence: string;
  /** year, quarter, month, …, irregular. */
  periodicity: string;
  /** commune, epci, … */
  levels: string[];
  /** ISO 8601, or null when never loaded. */
  modified: string | null;
  /** Periods ("2013", "2024-Q4") or ISO 8601 dates (the first day of the first period, the last of the last). */
  temporal: { start: string; end: string } | null;
  /** The formats of its distributions, when the list gives them. */
  formats?: DistributionFormat[];
  /** For an agency caller, when the list gives it (otherwise read from each dataset). */
  health?: DatasetHealth | null;
}

export interface DatasetPage {
  items: DatasetSummary[];
  total: number;
  facets: DatasetFacets;
}

export interface Distribution {
  format: DistributionFormat;
  title: string;
  mediaType: string;
  /** Absolute URL. */
  url: string;
  /** Whether the URL gives the whole data in one answer (not an entry point or pages). */
  download?: boolean;
  bytes: number | null;
}

export interface Dataset extends DatasetSummary {
  publisher: { name: string; url: string };
  /** email: null until the agency configures one. */
  contact: { name: string; email: string | null; url?: string };
  provenance: { source: string; url: string | null; vintage: string | null }[];
  /** bbox: [minLon, minLat, maxLon, maxLat] when known. */
  spatial: { levels: string[]; territories: { id: string; name: string }[]; bbox?: number[] | null };
  /** Empty for a layer. */
  indicators: { code: string; label: string; unit: string }[];
  /** `tables`: the schema.table its features are read from, as the ingestion log names an import's target. */
  layer: { id: string; title: string; collectionUrl: string; tables: string[] } | null;
  distributions: Distribution[];
  /** The EU data themes (publications.europa.eu URIs) of its observatory. */
  dataThemes?: string[];
  /** Agency callers only, else null. */
  health: DatasetHealth | null;
}

export type ImportOutcome = 'imported' | 'identical' | 'refused';

export interface ImportEntry {
  id: number | string;
  at: string;
  by: { kind: 'key' | 'cli'; id: number | null; name: string };
  file: { name: string; bytes: number; sha256: string };
  module: string;
  target: string;
  outcome: ImportOutcome;
  /** written, replaced: an importer that replaces a whole set (a year, a département) knows neither new nor revised. */
  rows: { new: number | null; revised: number | null; unchanged: number | null; refused: number | null; written?: number | null; replaced?: number | null };
  problems: number;
  durationMs: number;
  /** For an identical file: the import it repeats. */
  previousImport?: number | null;
}

export interface ImportPage {
  items: ImportEntry[];
  total: number;
}
