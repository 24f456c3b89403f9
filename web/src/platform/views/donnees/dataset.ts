/**
 * A dataset's page (/donnees/{id}): its metadata, a preview (first rows, a layer's map), every download with its
 * size, the API and GDAL/QGIS recipes with the exact URLs, "Citer ces données", the indicators it holds, and for an
 * agency user its lineage (the imports that made it).
 */
import { encodeSegment, sameOriginPath } from '../../api/client';
import { isAgency } from '../../auth/session';
import type { Context, View } from '../../context';
import { datasetsRoute, routeToUrl, type DatasetRoute, type Route } from '../../routes';
import { showError } from '../../ui/components';
import { h, replaceContent, showLoading } from '../../ui/dom';
import { showLineage } from './lineage';
import { citation, fileStem } from './model';
import { showPreview } from './preview';
import { accessBadge } from './results';
import { citationBlock, downloads, metadata, recipeList } from './sheet';
import type { Dataset, Distribution } from './types';

function isDataset(value: unknown): value is Dataset {
  const v = value as Partial<Dataset> | null;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && Array.isArray(v.distributions) && typeof v.publisher === 'object';
}

function section(id: string, title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', { class: 'block', 'aria-labelledby': id }, h('h2', { id }, title), ...content);
}

export function mountDataset(container: HTMLElement, route: DatasetRoute, ctx: Context): View {
  let left = false;
  let current: Dataset | null = null;
  const heading = h('h1', { tabindex: '-1' }, 'Jeu de données');
  const body = h('div', { class: 'dataset' });
  container.append(
    h(
      'p',
      { class: 'breadcrumb' },
      h('a', { href: routeToUrl(datasetsRoute()), 'data-nav': '' }, 'Catalogue de données'),
      ' › ',
      h('span', { class: 'breadcrumb__here' }, route.id),
    ),
    heading,
    body,
  );
  ctx.setTitle('Jeu de données');

  const downloadStatus = h('div', { class: 'downloads-status', role: 'status' });

  /** A file of a dataset that is not public, fetched with the session's key, then saved. */
  async function save(distribution: Distribution): Promise<void> {
    downloadStatus.textContent = `Téléchargement de « ${distribution.title} »…`;
    try {
      const { blob, fileName } = await ctx.client.getFile(sameOriginPath(distribution.url));
      const url = URL.createObjectURL(blob);
      const anchor = h('a', { href: url, download: fileName ?? `${fileStem(current!)}.${distribution.format.toLowerCase()}` });
      ctx.document.body.append(anchor);
      anchor.click();
      anchor.remove();
      ctx.window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
      downloadStatus.textContent = '';
    } catch (error) {
      showError(downloadStatus, error);
    }
  }

  function draw(dataset: Dataset): void {
    current = dataset;
    heading.textContent = dataset.title;
    ctx.setTitle(`${dataset.title} — Catalogue de données`);
    container.querySelector('.breadcrumb__here')!.textContent = dataset.title;
    const preview = h('div', {});
    const map = h('div', {});
    const lineage = h('div', {});
    const pageUrl = `${ctx.window.location.origin}${routeToUrl(route)}`;
    const agency = isAgency(ctx.session.identity());
    replaceContent(
      body,
      h(
        'p',
        { class: 'dataset__badges' },
        accessBadge(dataset.access),
        ' ',
        h('span', { class: 'kind-badge' }, dataset.kind === 'layer' ? 'Couche géographique' : 'Indicateurs'),
      ),
      h('p', { class: 'lead' }, dataset.description),
      section('dataset-meta', 'Métadonnées', metadata(dataset)),
      section('dataset-preview', 'Aperçu', preview, map),
      section('dataset-downloads', 'Téléchargements', downloads(dataset, ctx.session.key() ? save : null), downloadStatus),
      section('dataset-recipes', 'Utiliser ces données (API, GDAL, QGIS)', recipeList(dataset)),
      section('dataset-cite', 'Citer ces données', citationBlock(citation(dataset, pageUrl, new Date()))),
      dataset.indicators.length > 0
        ? section(
            'dataset-indicators',
            'Indicateurs',
            h(
              'ul',
              { class: 'plain-list' },
              ...dataset.indicators.map((i) => h('li', {}, h('code', {}, i.code), ` — ${i.label}${i.unit ? ` (${i.unit})` : ''}`)),
            ),
          )
        : null,
      // The imports' log is the agency's: nobody else is shown the block, nor asks for it.
      agency ? section('dataset-lineage', 'Lignée : les imports', lineage) : null,
    );
    void showPreview(preview, map, ctx, dataset, () => left);
    if (agency) void showLineage(lineage, ctx, dataset);
  }

  async function load(): Promise<void> {
    showLoading(body, 'Chargement du jeu de données…');
    try {
      const answer = await ctx.client.getJson(`/api/v1/datasets/${encodeSegment(route.id)}`, { validate: isDataset });
      if (!left) draw(answer);
    } catch (error) {
      if (!left) showError(body, error, () => void load());
    }
  }

  // Signing in or out changes what the page may show (a partner's dataset, the lineage): read it again.
  let key = ctx.session.key();
  const stopSession = ctx.session.subscribe(() => {
    if (ctx.session.key() === key) return;
    key = ctx.session.key();
    void load();
  });
  void load();

  return {
    update(next: Route) {
      void next;
    },
    destroy() {
      left = true;
      stopSession();
    },
  };
}
