/**
 * The dashboard's page: breadcrumb, title, description, notices, the controls, the key figure, the map and the chart
 * side by side, the ranking, then the indicator's sheet beside the downloads.
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
  /** No such observatory: its title says so and the blocks go (the notice stays). */
  showUnknown(): void;
}

export function dashboardLayout(container: HTMLElement, parts: { controls: HTMLElement; map: HTMLElement; chart: HTMLElement }): Layout {
  const here = h('span', { class: 'breadcrumb__here' }, 'Observatoire');
  const title = h('h1', { tabindex: '-1' }, 'Observatoire');
  const description = h('p', { class: 'lead' });
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
  const top = h('div', { class: 'dashboard-grid' }, parts.map, parts.chart);
  container.append(
    h('p', { class: 'breadcrumb' }, h('a', { href: '/', 'data-nav': '' }, 'Portail'), ' › ', here),
    title,
    description,
    notice,
    parts.controls,
    keyFigure,
    top,
    rankingSection,
    bottom,
  );
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
    showUnknown() {
      title.textContent = 'Observatoire introuvable';
      for (const block of [parts.controls, keyFigure, parts.map, parts.chart, rankingSection, ...bottom.children]) block.remove();
    },
  };
}
