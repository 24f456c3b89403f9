/** The imports that made a dataset (GET /api/v1/imports, agency only): when, by whom, which file, what it changed. */
import type { Context } from '../../context';
import { formatDate, formatInteger } from '../../format';
import { showError } from '../../ui/components';
import { h, replaceContent, showLoading } from '../../ui/dom';
import { formatBytes, lineageEntries, lineageUrls, OUTCOME_LABELS } from './model';
import type { Dataset, ImportEntry, ImportPage } from './types';

const time = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? formatDate(at) : time.format(date);
}

const count = (n: number | null | undefined): string => (n === null || n === undefined ? '—' : formatInteger(n));

/** Rows written by an importer that replaces a whole set, and how many stored rows they replaced. */
function written(entry: ImportEntry): string {
  const { written: rows, replaced } = entry.rows;
  if (rows === null || rows === undefined) return '—';
  return replaced === null || replaced === undefined ? formatInteger(rows) : `${formatInteger(rows)} (${formatInteger(replaced)})`;
}

export function importsTable(items: readonly ImportEntry[], caption: string): HTMLElement {
  const head = ['Date', 'Par', 'Fichier', 'Cible', 'Résultat', 'Nouvelles', 'Révisées', 'Inchangées', 'Écrites (remplacées)', 'Refusées', 'Problèmes'];
  return h(
    'div',
    // Scrolls sideways when wide: a named region the keyboard can reach.
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'table imports' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((label, i) => h('th', { scope: 'col', class: i >= 5 ? 'num' : null }, label)))),
      h(
        'tbody',
        {},
        ...items.map((entry) =>
          h(
            'tr',
            { 'data-outcome': entry.outcome },
            h('th', { scope: 'row' }, when(entry.at)),
            h('td', {}, `${entry.by.name}${entry.by.kind === 'cli' ? ' (ligne de commande)' : ''}`),
            h(
              'td',
              {},
              entry.file.name,
              h('br'),
              h('small', {}, `${formatBytes(entry.file.bytes) ?? ''} · SHA-256 `, h('code', { title: entry.file.sha256 }, entry.file.sha256.slice(0, 12)), '…'),
            ),
            h('td', {}, `${entry.module} › ${entry.target}`),
            h('td', { class: `import-outcome import-outcome--${entry.outcome}` }, OUTCOME_LABELS[entry.outcome] ?? entry.outcome),
            h('td', { class: 'num' }, count(entry.rows.new)),
            h('td', { class: 'num' }, count(entry.rows.revised)),
            h('td', { class: 'num' }, count(entry.rows.unchanged)),
            h('td', { class: 'num' }, written(entry)),
            h('td', { class: 'num' }, count(entry.rows.refused)),
            h('td', { class: 'num' }, formatInteger(entry.problems)),
          ),
        ),
      ),
    ),
  );
}

/** The lineage block's content, read once the dataset is known. */
export async function showLineage(slot: HTMLElement, ctx: Context, dataset: Dataset): Promise<void> {
  showLoading(slot, 'Chargement du journal des imports…');
  try {
    const pages = await Promise.all(lineageUrls(dataset).map((url) => ctx.client.getJson<ImportPage>(url)));
    const entries = lineageEntries(dataset, pages);
    replaceContent(
      slot,
      entries.length === 0
        ? h('p', {}, 'Aucun import enregistré pour ce jeu de données.')
        : importsTable(entries, `Les derniers imports qui ont fait ce jeu de données (${formatInteger(entries.length)})`),
    );
  } catch (error) {
    showError(slot, error, () => void showLineage(slot, ctx, dataset));
  }
}
