/** "Télécharger et réutiliser": the CSV, XLSX and GeoJSON downloads, the source and licence, the API URL and curl command. */
import { apiUrl, curlCommand } from '../../api/client';
import type { IndicatorSummary } from '../../api/types';
import { copyButton } from '../../ui/components';
import { h } from '../../ui/dom';
import type { DataQuery } from './data';
import { downloadName } from './model';

/** The API's URLs of what the dashboard shows: values as JSON, CSV and XLSX, the map as GeoJSON (relative to the origin). */
export function downloadUrls(q: DataQuery): { json: string; csv: string; xlsx: string; geojson: string } {
  const params = { code: q.code };
  const query = { level: q.level, within: q.zone, period: q.period };
  return {
    json: apiUrl({ path: '/api/v1/indicators/{code}/values', params, query }),
    csv: apiUrl({ path: '/api/v1/indicators/{code}/values', params, query: { ...query, format: 'csv' } }),
    xlsx: apiUrl({ path: '/api/v1/indicators/{code}/values', params, query: { ...query, format: 'xlsx' } }),
    geojson: apiUrl({ path: '/api/v1/indicators/{code}/map', params, query: { ...query, method: q.method, classes: q.classes } }),
  };
}

export function downloadsContent(q: DataQuery, indicator: IndicatorSummary, origin: string): HTMLElement[] {
  const { json, csv, xlsx, geojson } = downloadUrls(q);
  const base = downloadName(q.code, q.level, q.zone, q.period);
  const absolute = new URL(json, origin).href;
  return [
    h(
      'p',
      { class: 'downloads__buttons' },
      h('a', { class: 'button', href: csv, download: `${base}.csv`, 'data-download': 'csv' }, 'Télécharger les données (CSV)'),
      h('a', { class: 'button button--secondary', href: xlsx, download: `${base}.xlsx`, 'data-download': 'xlsx' }, 'Tableur (XLSX)'),
      h('a', { class: 'button button--secondary', href: geojson, download: `${base}.geojson`, 'data-download': 'geojson' }, 'Télécharger la carte (GeoJSON)'),
    ),
    h(
      'p',
      { class: 'note' },
      `Source : ${indicator.source}. Licence : ${indicator.licence}. Le CSV (UTF-8, séparateur virgule) se lit tel quel avec pandas.read_csv ou un tableur ; ses métadonnées (CSVW) sont à la même adresse avec format=csvw. Le XLSX porte une feuille « Métadonnées ».`,
    ),
    h('p', { class: 'label' }, 'Adresse de ces données dans l’API'),
    h('pre', { class: 'code' }, h('code', { 'data-testid': 'api-url' }, absolute)),
    h(
      'p',
      { class: 'downloads__copy' },
      copyButton('Copier l’URL de l’API', () => absolute),
      copyButton('Copier la commande curl', () => curlCommand(json, origin)),
    ),
  ];
}
