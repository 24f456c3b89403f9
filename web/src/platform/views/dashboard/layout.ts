/**
 * The dashboard's page: breadcrumb, title, description, notices, the controls, the key figure, the map (the page's
 * width), the chart, the projection, the ranking, then the indicator's sheet beside the downloads.
 *
 * Until the observatory and its indicator are known, the page holds only its title and a loading line: the blocks
 * come in one go, with their controls filled (showBlocks), so that nothing on screen is pushed down by a description
 * or a form that arrives later (layout shift). Each block's loading state has the size of what replaces it.
 */
import type { ObservatoryDetail } from '../../api/types';
import { loading } from '../../ui/components';
import { h } from '../../ui/dom';

export interface Layout {
  readonly notice: HTMLElement;
  readonly keyFigure: HTMLElement;
  readonly ranking: HTMLElement;
  readonly metadata: HTMLElement;
  readonly downloads: HTMLElement;
  /** The observatory's name (title and breadcrumb) and description, then the link to its own page if any. */
  showObservatory(observatory: ObservatoryDetail, link: HTMLElement | null): void;
  /** Shows the controls and the blocks (once; later calls do nothing). */
  showBlocks(): void;
  /** No such observatory: its title says so and the blocks go (the notice stays). */
  showUnknown(): void;
}

export function dashboardLayout(
  container: HTMLElement,
  parts: { controls: HTMLElement; map: HTMLElement; chart: HTMLElement; projection: HTMLElement },
): Layout {
  const here = h('span', { class: 'breadcrumb__here' }, 'Observatoire');
  const title = h('h1', { tabindex: '-1' }, 'Observatoire');
  // Where the description comes (a span: a paragraph holds no other).
  const description = h('p', { class: 'lead' }, h('span', { class: 'loading', role: 'status' }, 'Chargement de l’observatoire…'));
  const notice = h('div', { class: 'notice-slot' });
  const keyFigure = h('div', { class: 'key-figure', 'aria-live': 'polite' }, loading('Chargement du chiffre clé…'));
  const ranking = h('div', {}, loading('Chargement du classement…'));
  const metadata = h('div', {}, loading('Chargement de la fiche de l’indicateur…'));
  const downloads = h('div', { class: 'downloads' });
  const section = (id: string, heading: string, body: HTMLElement, attributes: Record<string, string> = {}): HTMLElement =>
    h('section', { class: 'block', ...attributes, 'aria-labelledby': id }, h('h2', { id }, heading), body);
  const rankingSection = section('ranking-title', 'Classement', ranking, { id: 'classement' });
  const bottom = h(
    'div',
    { class: 'dashboard-grid' },
    section('meta-title', 'À propos de l’indicateur', metadata),
    section('download-title', 'Télécharger et réutiliser', downloads),
  );
  // Map and chart each take the page's width: side by side, the map was 411 px wide in a 1,366 px window.
  const blocks = [parts.controls, keyFigure, parts.map, parts.chart, parts.projection, rankingSection, bottom];
  let shown = false;
  container.append(h('p', { class: 'breadcrumb' }, h('a', { href: '/', 'data-nav': '' }, 'Portail'), ' › ', here), title, description, notice);
  return {
    notice,
    keyFigure,
    ranking,
    metadata,
    downloads,
    showObservatory(observatory, link) {
      title.textContent = observatory.name;
      here.textContent = observatory.name;
      description.textContent = observatory.description;
      if (link) description.after(link);
    },
    showBlocks() {
      if (shown) return;
      shown = true;
      container.append(...blocks);
    },
    showUnknown() {
      title.textContent = 'Observatoire introuvable';
      description.replaceChildren();
      for (const block of blocks) block.remove();
    },
  };
}
