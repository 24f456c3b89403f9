/**
 * The catalogue's rules, as plain functions (unit-tested in model.test.ts): the search, the filters, the names of
 * sources, observatories and coordinate systems, the entries' extents.
 */
import type { IndicatorSummary, ObservatoryDetail, OgcCollection } from '../../api/types';
import { formatDate, formatInteger, searchKey } from '../../format';
import type { CatalogueRoute } from '../../routes';

/** An OGC collection, with the observatory that lists it among its layers (null: the territorial reference). */
export type LayerEntry = OgcCollection & { observatory: string | null };

export interface Catalogue {
  indicators: IndicatorSummary[];
  layers: LayerEntry[];
  observatories: ObservatoryDetail[];
}

/** Whether every word of the query is in the text (accents and case ignored). */
export function matches(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchKey(texts.filter(Boolean).join(' '));
  return words.every((w) => haystack.includes(w));
}

/** The source's organisation: "URSSAF, effectifs … (données de démonstration)" → "URSSAF". */
export function sourceName(source: string): string {
  return source.split(/[,(–]/)[0]!.trim();
}

/** "http://www.opengis.net/def/crs/EPSG/0/2154" → "EPSG:2154 (Lambert-93)". */
export function crsName(uri: string): string {
  if (/CRS84$/.test(uri)) return 'WGS 84 (CRS84)';
  const epsg = /EPSG\/0\/(\d+)$/.exec(uri)?.[1];
  if (!epsg) return uri;
  return epsg === '2154' ? 'EPSG:2154 (Lambert-93)' : epsg === '4326' ? 'EPSG:4326 (WGS 84)' : `EPSG:${epsg}`;
}

/** The sources of the source filter: the indicators' organisations, once each, in French order. */
export function sourceNames(indicators: readonly IndicatorSummary[]): string[] {
  return [...new Set(indicators.map((i) => sourceName(i.source)))].sort((a, b) => a.localeCompare(b, 'fr'));
}

/** An observatory's name; a layer without observatory belongs to the territorial reference. */
export function observatoryName(observatories: readonly ObservatoryDetail[], slug: string | null): string {
  if (!slug) return 'Référentiel territorial';
  return observatories.find((o) => o.slug === slug)?.name ?? slug;
}

type Filters = Pick<CatalogueRoute, 'q' | 'observatory' | 'source'>;

/** The indicators the filters keep: observatory, source, and the query in the label, code, source, unit or theme. */
export function filterIndicators(indicators: readonly IndicatorSummary[], f: Filters): IndicatorSummary[] {
  return indicators.filter(
    (i) =>
      (!f.observatory || i.observatory === f.observatory) &&
      (!f.source || sourceName(i.source) === f.source) &&
      matches(f.q, i.label, i.code, i.source, i.unit, i.theme),
  );
}

/** The layers the filters keep (none when a source is chosen: layers have no source). */
export function filterLayers(layers: readonly LayerEntry[], f: Filters): LayerEntry[] {
  return layers.filter((l) => (!f.observatory || l.observatory === f.observatory) && !f.source && matches(f.q, l.title, l.id, l.description));
}

/** "3 indicateurs et 1 couche." */
export function resultsText(indicators: number, layers: number): string {
  return `${formatInteger(indicators)} indicateur${indicators > 1 ? 's' : ''} et ${formatInteger(layers)} couche${layers > 1 ? 's' : ''}.`;
}

/** An entry of the URL, "indicator:<code>" or "layer:<id>", as its kind and key (split at the first colon). */
export function splitItem(item: string): { kind: string; key: string } {
  const [kind = '', key = ''] = item.split(/:(.*)/s);
  return { kind, key };
}

/** A layer's extent in words: its bounding box in degrees, or '—'. */
export function bboxText(layer: LayerEntry): string {
  const bbox = layer.extent.spatial?.bbox[0];
  return bbox ? bbox.map((n) => n.toLocaleString('fr-FR', { maximumFractionDigits: 3 })).join(' ; ') + ' (longitudes, latitudes WGS 84)' : '—';
}

/** A layer's time span in words: "1 janv. 2020 – aujourd’hui", or '—'. */
export function intervalText(layer: LayerEntry): string {
  const interval = layer.extent.temporal?.interval[0];
  return interval ? `${formatDate(interval[0] ?? null)} – ${interval[1] ? formatDate(interval[1]) : 'aujourd’hui'}` : '—';
}
