/** The head of a profile: the territory in words, the territories it belongs to, a note on demonstration contours. */
import type { TerritoryDetail } from '../../api/types';
import { routeToUrl } from '../../routes';
import { h } from '../../ui/dom';
import { linkedParents, territoryHeadline } from './model';

export function territoryHead(detail: TerritoryDetail): HTMLElement[] {
  const parents = linkedParents(detail);
  const lines = [h('p', {}, territoryHeadline(detail))];
  if (parents.length > 0) {
    lines.push(
      h(
        'p',
        {},
        'Appartient à : ',
        ...parents.flatMap((p, i) => [i > 0 ? ', ' : '', h('a', { href: routeToUrl({ view: 'profile', territory: p.id, q: '' }), 'data-nav': '' }, p.name)]),
      ),
    );
  }
  if (detail.geometrySource === 'synthetic') {
    lines.push(h('p', { class: 'note' }, 'Contours de démonstration (synthétiques) : les formes des communes ne sont pas les vraies.'));
  }
  return lines;
}
