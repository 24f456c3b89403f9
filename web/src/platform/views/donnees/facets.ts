/**
 * The facet groups of the search: each value a link to the same search with that facet set (or cleared, when it is
 * the one chosen), with its count. Links, so that the keyboard, the back button and a shared URL all work alike.
 */
import { formatInteger } from '../../format';
import { DATASET_FACETS, routeToUrl, type DatasetFacet, type DatasetsRoute } from '../../routes';
import { h } from '../../ui/dom';
import { ACCESS_LABELS, FACET_TITLES, periodicityLabel, toggleFacet } from './model';
import type { DatasetFacets, Facet } from './types';

/** The label of a facet value: the API's, or ours for access and periodicity codes it would leave bare. */
function label(facet: DatasetFacet, value: Facet): string {
  if (facet === 'access' && value.label === value.value) return ACCESS_LABELS[value.value] ?? value.label;
  if (facet === 'periodicity' && value.label === value.value) return periodicityLabel(value.value);
  return value.label;
}

function group(route: DatasetsRoute, facet: DatasetFacet, values: readonly Facet[] | null): HTMLElement {
  const chosen = route.facets[facet];
  // A value of the URL that no dataset has any more is still shown, so that it can be removed.
  const known = values ?? [];
  const all = chosen !== undefined && !known.some((v) => v.value === chosen) ? [{ value: chosen, label: chosen, count: 0 }, ...known] : known;
  const id = `facet-${facet}`;
  return h(
    'section',
    { class: 'facet', 'aria-labelledby': id, 'data-facet': facet },
    h('h3', { id, class: 'facet__title' }, FACET_TITLES[facet]),
    all.length === 0
      ? h('p', { class: 'facet__none' }, values === null ? 'Chargement…' : 'Aucune valeur.')
      : h(
          'ul',
          { class: 'facet__list' },
          ...all.map((value) => {
            const on = value.value === chosen;
            return h(
              'li',
              {},
              h(
                'a',
                {
                  href: routeToUrl(toggleFacet(route, facet, value.value)),
                  'data-nav': '',
                  'data-value': value.value,
                  class: on ? 'facet__link facet__link--on' : 'facet__link',
                  'aria-current': on ? 'true' : null,
                },
                on ? h('span', { 'aria-hidden': 'true' }, '✓ ') : null,
                label(facet, value),
                h('span', { class: 'facet__count' }, ` (${formatInteger(value.count)})`),
                on ? h('span', { class: 'visually-hidden' }, ' : filtre actif, cliquer pour le retirer') : null,
              ),
            );
          }),
        ),
  );
}

/** Every facet group, in the contract's order. */
export function facetGroups(route: DatasetsRoute, facets: DatasetFacets | null): HTMLElement {
  return h(
    'nav',
    { class: 'facets', 'aria-label': 'Affiner par facette' },
    h('h2', { class: 'facets__title' }, 'Affiner'),
    ...DATASET_FACETS.map((facet) => group(route, facet, facets ? facets[facet] : null)),
  );
}
