/**
 * The technicians' catalogue as plain functions: the API's URLs of a search, the words of facets and badges, the
 * recipes (curl, pandas, ogr2ogr, QGIS) with the dataset's exact URLs, the citation, a CSV's first rows.
 */
import { withQuery } from '../../api/client';
import { formatCount, formatDate, formatDecimal, formatInteger } from '../../format';
import { DATASET_FACETS, type DatasetFacet, type DatasetsRoute } from '../../routes';
import type { Dataset, DatasetAccess, DatasetSummary, Distribution, DistributionFormat, ImportEntry, ImportOutcome } from './types';

/** Datasets shown per page of results. */
export const PAGE_SIZE = 20;

export const FACET_TITLES: Record<DatasetFacet, string> = {
  observatory: 'Observatoire',
  theme: 'Thème',
  source: 'Source',
  level: 'Niveau territorial',
  periodicity: 'Périodicité',
  licence: 'Licence',
  access: 'Accès',
};

export const ACCESS_LABELS: Readonly<Record<string, string>> & Record<DatasetAccess, string> = {
  public: 'Public',
  partner: 'Partenaires',
  agency: 'Agence',
};

const PERIODICITY_LABELS: Record<string, string> = {
  year: 'annuelle',
  semester: 'semestrielle',
  quarter: 'trimestrielle',
  month: 'mensuelle',
  week: 'hebdomadaire',
  day: 'quotidienne',
  continuous: 'continue',
  irregular: 'irrégulière',
};

export const OUTCOME_LABELS: Readonly<Record<string, string>> & Record<ImportOutcome, string> = {
  imported: 'importé',
  identical: 'identique au précédent (rien de changé)',
  refused: 'refusé',
};

/** "quarter" → "trimestrielle"; an unknown code as is. */
export function periodicityLabel(code: string): string {
  return PERIODICITY_LABELS[code] ?? code;
}

/** GET /api/v1/datasets for the route: its text, facets, date and page. */
export function datasetsUrl(route: DatasetsRoute, limit = PAGE_SIZE): string {
  return withQuery('/api/v1/datasets', {
    q: route.q.trim(),
    ...Object.fromEntries(DATASET_FACETS.map((facet) => [facet, route.facets[facet]])),
    updatedSince: route.updatedSince,
    limit,
    offset: route.offset,
  }).replace(/%3A/gi, ':');
}

/** The route with one facet set, or cleared when it was the value chosen (a facet is one value at most). */
export function toggleFacet(route: DatasetsRoute, facet: DatasetFacet, value: string): DatasetsRoute {
  const facets = { ...route.facets };
  if (facets[facet] === value) delete facets[facet];
  else facets[facet] = value;
  return { ...route, facets, offset: 0 };
}

/** "12 jeux de données" / "Aucun jeu de données ne correspond à ces critères." / "… (21 à 40)". */
export function resultsText(total: number, offset: number, shown: number): string {
  if (total === 0) return 'Aucun jeu de données ne correspond à ces critères.';
  const count = formatCount(total, 'jeu de données', 'jeux de données');
  const found = `${count} trouvé${total > 1 ? 's' : ''}`;
  return shown < total ? `${found} (${formatInteger(offset + 1)} à ${formatInteger(offset + shown)}).` : `${found}.`;
}

/** 1536 → "1,5 ko"; null → null (size unknown). Decimal units, as file managers show them in French. */
export function formatBytes(bytes: number | null): string | null {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return null;
  if (bytes < 1000) return formatCount(bytes, 'octet');
  const units = ['ko', 'Mo', 'Go'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${formatDecimal(value, value < 10 ? 1 : 0)}\u00a0${units[unit]}`;
}

/** The first distribution of a format. */
export function distribution(dataset: Dataset, format: DistributionFormat): Distribution | undefined {
  return dataset.distributions.find((d) => d.format === format);
}

/** The OGC API landing page of a collection's URL: "https://h/ogc/collections/x" → "https://h/ogc". */
export function ogcLanding(collectionUrl: string): string {
  const at = collectionUrl.lastIndexOf('/collections/');
  return at >= 0 ? collectionUrl.slice(0, at) : collectionUrl;
}

/** A string quoted for a POSIX shell. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/** A file name for a download: the dataset's id, safe for every system. */
export function fileStem(dataset: DatasetSummary): string {
  return dataset.id.replace(/[^A-Za-z0-9_.-]+/g, '-');
}

export interface Recipe {
  title: string;
  /** What to type (a command, or the steps in QGIS). */
  text: string;
}

/**
 * How to get the data outside the browser, with the dataset's exact URLs: curl for the API and the CSV, pandas for
 * the CSV, ogr2ogr and QGIS's "OGC API - Features" connection for a layer. A dataset that is not public needs the
 * caller's key: the commands read it from $OBSERVATOIRES_CLE, never print it.
 */
export function recipes(dataset: Dataset): Recipe[] {
  const auth = dataset.access === 'public' ? '' : ` -H "Authorization: Bearer $OBSERVATOIRES_CLE"`;
  const stem = fileStem(dataset);
  const list: Recipe[] = [];
  const api = distribution(dataset, 'API');
  if (api) list.push({ title: 'API (JSON) avec curl', text: `curl${auth} ${shellQuote(api.url)}` });
  const csv = distribution(dataset, 'CSV');
  // An indicators dataset has a CSV per indicator, the first one's named after it.
  const csvName = dataset.layer ? stem : (dataset.indicators[0]?.code ?? stem);
  if (csv) {
    list.push({ title: 'CSV avec curl', text: `curl${auth} -o ${csvName}.csv ${shellQuote(csv.url)}` });
    if (dataset.access === 'public') list.push({ title: 'CSV en Python (pandas)', text: `import pandas as pd\ndf = pd.read_csv(${shellQuote(csv.url)})` });
  }
  const gpkg = distribution(dataset, 'GeoPackage');
  if (gpkg) list.push({ title: 'GeoPackage avec curl', text: `curl${auth} -o ${stem}.gpkg ${shellQuote(gpkg.url)}` });
  if (dataset.layer) {
    const landing = ogcLanding(dataset.layer.collectionUrl);
    const gdalAuth = dataset.access === 'public' ? '' : ` --config GDAL_HTTP_HEADERS "Authorization: Bearer $OBSERVATOIRES_CLE"`;
    list.push({ title: 'GeoPackage avec GDAL (ogr2ogr)', text: `ogr2ogr${gdalAuth} -f GPKG ${stem}.gpkg OAPIF:${landing} ${dataset.layer.id}` });
    list.push({
      title: 'QGIS (OGC API - Features)',
      text: `Couche › Ajouter une couche › Ajouter une couche WFS / OGC API - Features ; Nouveau : URL ${landing} , type « OGC API - Features » ; puis la collection « ${dataset.layer.id} ».`,
    });
  }
  return list;
}

/**
 * "Citer ces données": publisher, title, year of the last modification (of the consultation if never modified),
 * the dataset's page and the date consulted.
 */
export function citation(dataset: Dataset, pageUrl: string, consulted: Date): string {
  const modified = dataset.modified ? new Date(dataset.modified) : null;
  const year = modified && !Number.isNaN(modified.getTime()) ? modified.getUTCFullYear() : consulted.getUTCFullYear();
  return `${dataset.publisher.name}, « ${dataset.title} », ${year}. ${pageUrl} (consulté le ${formatDate(consulted)}).`;
}

/**
 * The imports that made the dataset (lineage): a layer's, its module's imports into the tables it reads (an import's
 * target is its table, or table:part); an indicators dataset's, those of its observatory's module, and the values
 * imports that wrote one of its indicators (the log records the indicators of each values file).
 */
export function lineageUrls(dataset: Dataset): string[] {
  if (dataset.layer) return [withQuery('/api/v1/imports', { module: dataset.observatory.slug, limit: 100 })];
  const urls = [withQuery('/api/v1/imports', { module: dataset.observatory.slug, limit: 20 })];
  if (dataset.indicators.length > 0) urls.push(withQuery('/api/v1/imports', { indicator: dataset.indicators.map((i) => i.code).join(','), limit: 100 }));
  return urls;
}

/** The lineage's entries: the module's, and the values imports that wrote one of the dataset's indicators; latest first. */
export function lineageEntries(dataset: Dataset, pages: readonly { items: ImportEntry[] }[]): ImportEntry[] {
  if (dataset.layer) {
    const tables = new Set(dataset.layer.tables);
    return (pages[0]?.items ?? []).filter((entry) => tables.has(entry.target.split(':')[0]!));
  }
  const codes = new Set(dataset.indicators.map((i) => i.code));
  const [own, values] = pages;
  const wrote = (values?.items ?? []).filter((entry) => entry.indicators?.some((code) => codes.has(code)) === true);
  return [...(own?.items ?? []), ...wrote].sort((a, b) => b.at.localeCompare(a.at));
}

/**
 * The first `max` records of a CSV (RFC 4180: quotes, doubled quotes, commas and line breaks inside quotes).
 * `complete`: false when the text is only the start of the file, whose last line may be cut.
 */
export function csvHead(text: string, max: number, complete = true): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length && records.length < max; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  // A last record without its line break, only when the whole text was read (not one cut by the byte limit).
  if (complete && records.length < max && (field !== '' || record.length > 0)) records.push([...record, field]);
  return records;
}
