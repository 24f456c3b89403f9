/** The search's results: title (the dataset's page), observatory, an excerpt of the description, access, update, formats. */
import { formatDate } from '../../format';
import { routeToUrl } from '../../routes';
import { h } from '../../ui/dom';
import { ACCESS_LABELS } from './model';
import type { DatasetSummary } from './types';

const EXCERPT = 220;

/** The description's first 220 characters, cut at a word. */
export function excerpt(text: string): string {
  if (text.length <= EXCERPT) return text;
  const cut = text.slice(0, EXCERPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT / 2)).trimEnd()}…`;
}

/** The access in words and a border style of its own (never colour alone). */
export function accessBadge(access: string): HTMLElement {
  return h('span', { class: `access-badge access-badge--${access}` }, `Accès : ${ACCESS_LABELS[access] ?? access}`);
}

export function resultList(items: readonly DatasetSummary[]): HTMLElement {
  return h(
    'ol',
    { class: 'dataset-results' },
    ...items.map((d) =>
      h(
        'li',
        { class: 'dataset-result', 'data-id': d.id },
        h('h3', { class: 'dataset-result__title' }, h('a', { href: routeToUrl({ view: 'dataset', id: d.id }), 'data-nav': '' }, d.title)),
        h(
          'p',
          { class: 'dataset-result__meta' },
          d.observatory.name,
          ' · ',
          d.kind === 'layer' ? 'couche géographique' : 'indicateurs',
          ' · ',
          accessBadge(d.access),
        ),
        h('p', { class: 'dataset-result__excerpt' }, excerpt(d.description)),
        h(
          'p',
          { class: 'dataset-result__meta' },
          `Mis à jour : ${d.modified ? formatDate(d.modified) : 'jamais chargé'}`,
          d.formats && d.formats.length > 0 ? ` · Formats : ${d.formats.join(', ')}` : null,
        ),
      ),
    ),
  );
}
