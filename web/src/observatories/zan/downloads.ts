/** The download panel: the CSV (and XLSX) of the counter's inputs for the territory, and the counter's address in the API. */
import { apiUrl } from '../../platform/api/client';
import { apiAddress } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';

/** The CSV's file name: zan_epci-200072460.csv. */
export function csvFileName(territory: string): string {
  return `zan_${territory.replace(':', '-')}.csv`;
}

export function renderDownloads(slot: HTMLElement, territory: string, origin: string): void {
  const csv = apiUrl({ path: '/api/v1/zan/consumption', query: { territory, format: 'csv' } });
  const counterUrl = apiUrl({ path: '/api/v1/zan/counter', query: { territory } });
  replaceContent(
    slot,
    h(
      'p',
      { class: 'downloads__buttons' },
      h('a', { class: 'button', href: csv, download: csvFileName(territory), 'data-download': 'csv' }, 'Télécharger les données du compteur (CSV)'),
      h(
        'a',
        {
          class: 'button button--secondary',
          href: apiUrl({ path: '/api/v1/zan/consumption', query: { territory, format: 'xlsx' } }),
          download: csvFileName(territory).replace(/\.csv$/, '.xlsx'),
          'data-download': 'xlsx',
        },
        'Tableur (XLSX)',
      ),
    ),
    h(
      'p',
      { class: 'note' },
      'Le CSV contient les données d’entrée du compteur : une ligne par commune, année et destination (commune_id, year, destination, hectares), lisible tel quel par pandas.read_csv ou un tableur.',
    ),
    h('p', { class: 'label' }, 'Le compteur dans l’API'),
    ...apiAddress(counterUrl, origin),
  );
}
