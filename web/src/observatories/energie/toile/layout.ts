/** The Toile's page: breadcrumb, title, lead, who is reading, figures, map with legend and flows, neighbourhood, synergies, downloads. */
import { loading, tableAlternative } from '../../../platform/ui/components';
import { h } from '../../../platform/ui/dom';
import { CARRIER_LABELS, KIND_LABELS, KIND_SHAPES } from './domain';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';

export interface ToileSlots {
  title: HTMLHeadingElement;
  session: HTMLElement;
  figures: HTMLElement;
  map: HTMLElement;
  mapStatus: HTMLElement;
  flows: HTMLElement;
  node: HTMLElement;
  synergyOptions: HTMLElement;
  synergies: HTMLElement;
  downloads: HTMLElement;
}

const SHAPE_SYMBOLS: Record<string, string> = { circle: '●', triangle: '▲', square: '■', diamond: '◆' };

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'toile-legend', 'aria-label': 'Légende de la carte' },
    ...Object.entries(KIND_LABELS).map(([kind, label]) =>
      h('li', {}, h('span', { class: 'toile-legend__shape', 'aria-hidden': 'true' }, SHAPE_SYMBOLS[KIND_SHAPES[kind]!]!), label),
    ),
    h('li', {}, h('span', { class: 'toile-legend__line', 'aria-hidden': 'true' }), 'Flux existant'),
    h('li', {}, h('span', { class: 'toile-legend__line toile-legend__line--potential', 'aria-hidden': 'true' }), 'Flux potentiel (tirets)'),
    h('li', {}, 'Épaisseur : volume annuel'),
    ...Object.entries(CARRIER_LABELS).map(([carrier, label]) =>
      h('li', {}, h('span', { class: `toile-legend__swatch toile-legend__swatch--${carrier}`, 'aria-hidden': 'true' }), label),
    ),
  );
}

function block(id: string, title: string, ...content: HTMLElement[]): HTMLElement {
  return h('section', { class: 'block', id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), ...content);
}

export function toileLayout(container: HTMLElement): ToileSlots {
  const slots: ToileSlots = {
    title: h('h1', { tabindex: '-1' }, 'Toile énergétique®'),
    session: h('div', { class: 'toile-session' }),
    figures: h('div', { class: 'toile-figures', 'aria-live': 'polite' }, loading('Chargement de la Toile…')),
    map: h('div', { class: 'toile-map', id: 'toile-map' }),
    mapStatus: h('div', { class: 'toile-map__status' }, loading('Chargement de la carte…')),
    flows: h('div', {}, loading('Chargement des flux…')),
    node: h(
      'div',
      { class: 'toile-node-slot', 'aria-live': 'polite' },
      h('p', { class: 'note' }, 'Choisissez un nœud sur la carte ou dans un tableau pour voir ses flux et ses voisins.'),
    ),
    synergyOptions: h('div', { class: 'chart-options' }),
    synergies: h('div', {}, loading('Chargement des synergies…')),
    downloads: h('div', { class: 'downloads' }),
  };
  container.append(
    observatoryBreadcrumb('energie', 'Énergie', 'Toile énergétique®'),
    slots.title,
    h(
      'p',
      { class: 'lead' },
      'Les sites industriels consommant plus de 10 GWh par an, les producteurs, les postes sources, les réseaux de chaleur et les flux d’énergie qui les relient, existants ou potentiels : pour faire naître des synergies entre producteurs et consommateurs.',
    ),
    slots.session,
    slots.figures,
    block(
      'toile-carte',
      'Carte de la Toile',
      h('div', { class: 'toile-map-wrap' }, slots.map, slots.mapStatus),
      legend(),
      tableAlternative('Tableau des flux (alternative à la carte)', slots.flows),
    ),
    block('toile-noeud', 'Nœud choisi', slots.node),
    block('toile-synergies', 'Synergies possibles : chaleur de récupération et besoins de chaleur', slots.synergyOptions, slots.synergies),
    block('toile-telecharger', 'Télécharger et réutiliser', slots.downloads),
  );
  return slots;
}
