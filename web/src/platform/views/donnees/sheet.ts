/** A dataset's page, its parts: the metadata, the downloads, the recipes and the citation. */
import { formatDate, formatPeriod, levelLabel } from '../../format';
import { dashboardRoute, routeToUrl } from '../../routes';
import { copyButton } from '../../ui/components';
import { h, type Child } from '../../ui/dom';
import { ACCESS_LABELS, formatBytes, periodicityLabel, recipes } from './model';
import type { Dataset, Distribution } from './types';

const list = (values: readonly string[]): string => (values.length > 0 ? values.join(', ') : '—');

function definitions(entries: [string, Child][]): HTMLElement {
  return h('dl', { class: 'meta' }, ...entries.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function link(url: string | null, text: string): Child {
  return url ? h('a', { href: url, rel: 'noopener' }, text) : text;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** A bound of the temporal coverage in words: a period ("4e trimestre 2024") or a day ("1er janvier 2013"). */
function bound(value: string): string {
  return DAY.test(value) ? formatDate(value.slice(0, 10)).replace(/^1 /, '1er ') : formatPeriod(value);
}

/** "de 2013 à 2024", "du 1er trimestre 2013 au 4e trimestre 2024", "du 1er janvier 2013 au 31 décembre 2024". */
export function temporalText(temporal: Dataset['temporal']): string {
  if (!temporal) return '—';
  const { start, end } = temporal;
  if (start === end) return bound(start);
  const masculine = (value: string): boolean => DAY.test(value) || /^\d{4}-[QS]/.test(value);
  return `${masculine(start) ? 'du' : 'de'} ${bound(start)} ${masculine(end) ? 'au' : 'à'} ${bound(end)}`;
}

function health(dataset: Dataset): Child {
  if (!dataset.health) return null;
  return dataset.health.stale
    ? h(
        'strong',
        { class: 'stale' },
        `En retard : mise à jour attendue ${dataset.health.expectedBy ? `au plus tard le ${formatDate(dataset.health.expectedBy)}` : ''}`.trim(),
      )
    : `À jour${dataset.health.expectedBy ? ` (prochaine mise à jour attendue d’ici le ${formatDate(dataset.health.expectedBy)})` : ''}`;
}

export function metadata(dataset: Dataset): HTMLElement {
  const territories = dataset.spatial.territories;
  const entries: [string, Child][] = [
    ['Observatoire', h('a', { href: routeToUrl(dashboardRoute(dataset.observatory.slug)), 'data-nav': '' }, dataset.observatory.name)],
    ['Thèmes', list(dataset.themes)],
    ['Mots-clés', list(dataset.keywords)],
    ['Producteur', link(dataset.publisher.url, dataset.publisher.name)],
    [
      'Contact',
      dataset.contact.email ? h('a', { href: `mailto:${dataset.contact.email}` }, `${dataset.contact.name} (${dataset.contact.email})`) : dataset.contact.name,
    ],
    ['Licence', dataset.licence],
    ['Accès', ACCESS_LABELS[dataset.access] ?? dataset.access],
    [
      'Couverture spatiale',
      `${list(dataset.spatial.levels.map((l) => levelLabel(l, true)))}${territories.length > 0 ? ` — ${territories.map((t) => t.name).join(', ')}` : ''}`,
    ],
    ['Couverture temporelle', temporalText(dataset.temporal)],
    ['Fréquence de mise à jour', periodicityLabel(dataset.periodicity)],
    ['Dernière modification', dataset.modified ? formatDate(dataset.modified) : 'jamais chargé'],
    [
      'Provenance',
      dataset.provenance.length === 0
        ? '—'
        : h('ul', { class: 'plain-list' }, ...dataset.provenance.map((p) => h('li', {}, link(p.url, p.source), p.vintage ? ` — millésime ${p.vintage}` : ''))),
    ],
  ];
  const state = health(dataset);
  if (state) entries.push(['État', state]);
  return definitions(entries);
}

/**
 * Every download with its format and size. A plain link sends no key: for a dataset that is not public, a signed-in
 * reader's click fetches the file with the session's key (`save`) and saves it under the API's file name.
 */
export function downloads(dataset: Dataset, save: ((distribution: Distribution) => Promise<void>) | null): HTMLElement {
  if (dataset.distributions.length === 0) return h('p', {}, 'Aucun téléchargement pour ce jeu de données.');
  return h(
    'ul',
    { class: 'downloads-list' },
    ...dataset.distributions.map((d) => {
      const link = h('a', { href: d.url, type: d.mediaType }, d.title || d.format);
      if (save && dataset.access !== 'public') {
        link.addEventListener('click', (event) => {
          event.preventDefault();
          link.setAttribute('aria-busy', 'true');
          void save(d).finally(() => link.removeAttribute('aria-busy'));
        });
      }
      return h(
        'li',
        { 'data-format': d.format },
        link,
        h('span', { class: 'downloads-list__meta' }, ` — ${d.format}, ${formatBytes(d.bytes) ?? 'taille inconnue'}`),
      );
    }),
  );
}

export function recipeList(dataset: Dataset): HTMLElement {
  const items = recipes(dataset);
  return h(
    'div',
    { class: 'recipes' },
    dataset.access === 'public'
      ? null
      : h('p', { class: 'note' }, 'Ce jeu n’est pas public : mettez votre clé API dans la variable OBSERVATOIRES_CLE avant de lancer ces commandes.'),
    ...items.map((recipe) =>
      h(
        'div',
        { class: 'recipe' },
        h('h3', {}, recipe.title),
        h('pre', { class: 'code' }, h('code', {}, recipe.text)),
        copyButton('Copier', () => recipe.text),
      ),
    ),
  );
}

export function citationBlock(text: string): HTMLElement {
  return h(
    'div',
    { class: 'citation' },
    h('p', { class: 'citation__text' }, text),
    copyButton('Copier la citation', () => text),
  );
}
