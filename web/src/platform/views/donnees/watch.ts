/**
 * "À surveiller", for an agency user: the datasets of the search that are stale beyond their update frequency
 * (health.stale) and the imports the API refused lately. Both routes answer an agency key only; nobody else sees the
 * section.
 */
import type { Context } from '../../context';
import { formatDate, formatInteger } from '../../format';
import { routeToUrl, type DatasetsRoute } from '../../routes';
import { showError } from '../../ui/components';
import { h, replaceContent, showLoading } from '../../ui/dom';
import { datasetsUrl } from './model';
import type { Dataset, DatasetHealth, DatasetPage, DatasetSummary, ImportPage } from './types';
import { importsTable } from './lineage';

/** Datasets read for their health, which the list does not give (a few at a time). */
const HEALTH_BATCH = 4;
const WATCH_LIMIT = 100;

async function healthOf(ctx: Context, items: readonly DatasetSummary[]): Promise<Map<string, DatasetHealth | null>> {
  const health = new Map<string, DatasetHealth | null>();
  for (let i = 0; i < items.length; i += HEALTH_BATCH) {
    const batch = items.slice(i, i + HEALTH_BATCH);
    const details = await Promise.all(batch.map((d) => ctx.client.getJson<Dataset>(`/api/v1/datasets/${encodeURIComponent(d.id)}`)));
    for (const detail of details) health.set(detail.id, detail.health);
  }
  return health;
}

function staleList(items: readonly DatasetSummary[], health: ReadonlyMap<string, DatasetHealth | null>): HTMLElement {
  const stale = items.filter((d) => health.get(d.id)?.stale === true);
  if (stale.length === 0) return h('p', {}, 'Aucun jeu de données en retard sur sa fréquence de mise à jour.');
  return h(
    'ul',
    { class: 'watch-list' },
    ...stale.map((d) =>
      h(
        'li',
        { 'data-id': d.id },
        h('a', { href: routeToUrl({ view: 'dataset', id: d.id }), 'data-nav': '' }, d.title),
        ` — dernière mise à jour : ${d.modified ? formatDate(d.modified) : 'jamais'}`,
        health.get(d.id)?.expectedBy ? `, attendue au plus tard le ${formatDate(health.get(d.id)!.expectedBy)}` : '',
      ),
    ),
  );
}

export async function watchSection(slot: HTMLElement, ctx: Context, route: DatasetsRoute): Promise<void> {
  const staleSlot = h('div', {});
  const refusedSlot = h('div', {});
  replaceContent(
    slot,
    h(
      'section',
      { class: 'block watch', 'aria-labelledby': 'watch-title' },
      h('h2', { id: 'watch-title' }, 'À surveiller'),
      h('h3', {}, 'Jeux de données en retard'),
      staleSlot,
      h('h3', {}, 'Imports refusés'),
      refusedSlot,
    ),
  );
  showLoading(staleSlot, 'Vérification des mises à jour…');
  showLoading(refusedSlot, 'Chargement du journal des imports…');
  const all = { ...route, offset: 0 };
  const stale = (async () => {
    const page = await ctx.client.getJson<DatasetPage>(datasetsUrl(all, WATCH_LIMIT));
    replaceContent(staleSlot, staleList(page.items, await healthOf(ctx, page.items)));
    if (page.total > page.items.length) staleSlot.append(h('p', { class: 'note' }, `Vérifié sur les ${formatInteger(page.items.length)} premiers.`));
  })().catch((error: unknown) => showError(staleSlot, error));
  const refused = ctx.client
    .getJson<ImportPage>('/api/v1/imports?outcome=refused&limit=10')
    .then((page) =>
      replaceContent(refusedSlot, page.items.length > 0 ? importsTable(page.items, 'Les derniers imports refusés') : h('p', {}, 'Aucun import refusé.')),
    )
    .catch((error: unknown) => showError(refusedSlot, error));
  await Promise.all([stale, refused]);
}
