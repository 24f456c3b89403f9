/**
 * The page's skeleton: breadcrumb, title and lead, then the slots the other parts fill (session note, controls,
 * figures, map with its legend and draw bar, the side panel, the lots and the parks). Nothing here changes later
 * but the slots' content.
 */
import { loading } from '../../platform/ui/components';
import { h, s } from '../../platform/ui/dom';
import { AVAILABILITY_CLASSES, symbolRadius, type MapMode } from './availability';
import { STATUSES, STATUS_COLOURS, STATUS_LABELS } from './data';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';

export interface PageLayout {
  /** What goes into the view's container, in order. */
  readonly nodes: HTMLElement[];
  readonly sessionNote: HTMLElement;
  readonly controls: HTMLFormElement;
  readonly territoryFigures: HTMLElement;
  readonly parkFigures: HTMLElement;
  readonly mapElement: HTMLElement;
  readonly mapStatus: HTMLElement;
  /** The map's legend: its part for the parks' symbols or for the lots, as the map's zoom says (showLegend). */
  readonly legend: HTMLElement;
  /** The drawing tools' bar over the map (hidden when no tool is on). */
  readonly toolBar: HTMLElement;
  /** The side panel: the park chosen, the lot's sheet, the editing form or the drawing tool. */
  readonly panel: HTMLElement;
  readonly parksSlot: HTMLElement;
  readonly lotsSection: HTMLElement;
  readonly lotsTitle: HTMLElement;
  readonly lotsSlot: HTMLElement;
}

/** The sizes of the symbols, for two areas: the circles as the map draws them. */
function sizeKey(): SVGSVGElement {
  const areas = [10, 50];
  const radii = areas.map(symbolRadius);
  const height = 2 * Math.max(...radii) + 4;
  let x = 2;
  const parts = areas.flatMap((area, i) => {
    const r = radii[i]!;
    const cx = x + r;
    x = cx + r + 50;
    return [
      s('circle', { cx, cy: height - 2 - r, r, fill: '#ffffff', stroke: '#2a2a2a', 'stroke-width': 1 }),
      s('text', { x: cx + r + 5, y: height - 4, 'font-size': 13, fill: '#161616' }, `${area} ha`),
    ];
  });
  return s('svg', { class: 'legend__sizes', width: x - 10, height, viewBox: `0 0 ${x - 10} ${height}`, 'aria-hidden': 'true' }, ...parts);
}

function legend(): HTMLElement {
  const parks = h(
    'div',
    { 'data-legend': 'parks' },
    h('p', { class: 'legend__title' }, 'Part de la surface disponible'),
    h(
      'ul',
      { class: 'legend__list' },
      ...AVAILABILITY_CLASSES.map((c) =>
        h(
          'li',
          { 'data-availability': c.key },
          h('span', { class: 'legend__swatch legend__swatch--round', style: `background:${c.colour}`, 'aria-hidden': 'true' }),
          c.label,
        ),
      ),
    ),
    h('p', { class: 'legend__method' }, 'Un cercle par zone d’activités, de surface proportionnelle à la sienne :'),
    sizeKey(),
    h(
      'p',
      { class: 'legend__method' },
      'Disponible : lots aménagés libres ou en commercialisation. Zoomez ou choisissez une zone pour voir ses lots ; bleu : zone choisie. Traits gris : communes et intercommunalités.',
    ),
  );
  const lots = h(
    'div',
    { 'data-legend': 'lots', hidden: true },
    h('p', { class: 'legend__title' }, 'Statut des lots'),
    h(
      'ul',
      { class: 'legend__list' },
      ...STATUSES.map((st) =>
        h(
          'li',
          { 'data-status': st },
          h('span', { class: 'legend__swatch', style: `background:${STATUS_COLOURS[st]}`, 'aria-hidden': 'true' }),
          STATUS_LABELS[st],
        ),
      ),
    ),
    h('p', { class: 'legend__method' }, 'Contour épais : zone d’activités ; bleu : zone et lot choisis. Dézoomez pour revoir toutes les zones.'),
  );
  return h('div', { class: 'legend', 'data-mode': 'parks' }, parks, lots);
}

/** Shows the legend's part for what the map draws at its zoom. */
export function showLegend(legend: HTMLElement, mode: MapMode): void {
  legend.dataset['mode'] = mode;
  for (const part of legend.querySelectorAll<HTMLElement>('[data-legend]')) part.hidden = part.dataset['legend'] !== mode;
}

export function pageLayout(): PageLayout {
  const sessionNote = h('div', { class: 'session-note' });
  const controls = h('form', { class: 'controls foncier-controls', 'aria-label': 'Choix du territoire, de la zone et de la date' });
  controls.addEventListener('submit', (e) => e.preventDefault());
  const territoryFigures = h('div', { class: 'figures-slot' }, loading('Chargement des chiffres…'));
  const parkFigures = h('div', { class: 'figures-slot' });
  const figuresSection = h(
    'section',
    { class: 'block', 'aria-labelledby': 'foncier-figures-title' },
    h('h2', { id: 'foncier-figures-title' }, 'Chiffres clés'),
    territoryFigures,
    parkFigures,
  );
  const mapElement = h('div', { class: 'map map--foncier', id: 'foncier-map' });
  const mapStatus = h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…');
  const mapLegend = legend();
  const toolBar = h('div', { class: 'draw-bar', hidden: true });
  const panel = h('div', { class: 'lot-panel', id: 'lot-panel', 'aria-live': 'polite' });
  const mapSection = h(
    'section',
    { class: 'block block--map', 'aria-labelledby': 'foncier-map-title' },
    h('h2', { id: 'foncier-map-title' }, 'Carte des disponibilités'),
    h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, mapElement, mapStatus, toolBar), h('div', { class: 'map-side' }, mapLegend)),
    h(
      'p',
      { class: 'note' },
      'Survolez une zone ou un lot pour ses chiffres, cliquez-le pour sa fiche. Au clavier : flèches pour déplacer la carte, + et − pour zoomer ; ',
      h('a', { href: '#foncier-parks' }, 'les zones sont aussi dans le tableau ci-dessous'),
      '.',
    ),
  );
  const panelSection = h('section', { class: 'block', 'aria-labelledby': 'lot-panel-title' }, h('h2', { id: 'lot-panel-title' }, 'Zone et lot choisis'), panel);
  const parksSlot = h('div', {}, loading('Chargement des zones…'));
  const parksSection = h(
    'section',
    { class: 'block', id: 'foncier-parks', 'aria-labelledby': 'foncier-parks-title' },
    h('h2', { id: 'foncier-parks-title' }, 'Les zones d’activités'),
    parksSlot,
  );
  const lotsSlot = h('div', {});
  const lotsTitle = h('h2', { id: 'foncier-lots-title' }, 'Les lots de la zone');
  const lotsSection = h('section', { class: 'block', id: 'foncier-lots', 'aria-labelledby': 'foncier-lots-title', hidden: true }, lotsTitle, lotsSlot);

  const nodes = [
    observatoryBreadcrumb('foncier-eco', 'Foncier économique', 'Disponibilités des zones d’activités'),
    h('h1', { tabindex: '-1' }, 'Disponibilités foncières des zones d’activités'),
    h(
      'p',
      { class: 'lead' },
      'Le foncier des zones d’activités économiques, lot par lot : ce qui est occupé, disponible, en réserve ou en friche, mis à jour au fil de l’eau par les services économiques des intercommunalités.',
    ),
    sessionNote,
    controls,
    figuresSection,
    h('div', { class: 'foncier-grid' }, mapSection, panelSection),
    lotsSection,
    parksSection,
  ];
  return {
    nodes,
    sessionNote,
    controls,
    territoryFigures,
    parkFigures,
    mapElement,
    mapStatus,
    legend: mapLegend,
    toolBar,
    panel,
    parksSlot,
    lotsSection,
    lotsTitle,
    lotsSlot,
  };
}
