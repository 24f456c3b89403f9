/**
 * The page's frame: breadcrumb, title, lead, and the sections (filters, summary, map and legend, sheet, list,
 * simulation, downloads), each with the empty slot its component fills.
 */
import { loading } from '../../platform/ui/components';
import { h } from '../../platform/ui/dom';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';

export interface FrichesSlots {
  controls: HTMLFormElement;
  summary: HTMLElement;
  mapElement: HTMLElement;
  mapStatus: HTMLElement;
  legend: HTMLElement;
  list: HTMLElement;
  sheet: HTMLElement;
  weights: HTMLElement;
  results: HTMLElement;
  downloads: HTMLElement;
}

export const SHEET_PROMPT = 'Choisissez un site sur la carte ou dans la liste pour afficher sa fiche.';

/** The page's nodes, to append to the view's container, and the slots inside them. */
export function frichesLayout(): { nodes: HTMLElement[]; slots: FrichesSlots } {
  const slots: FrichesSlots = {
    controls: h('form', { class: 'controls', 'aria-label': 'Filtres des friches' }),
    summary: h('div', { class: 'friches-summary', 'aria-live': 'polite' }, loading('Chargement des friches…')),
    mapElement: h('div', { class: 'map', id: 'friches-map' }),
    mapStatus: h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…'),
    legend: h('div', { class: 'legend-slot' }),
    list: h('div', {}, loading('Chargement de la liste…')),
    sheet: h('div', { class: 'site-sheet-slot', 'aria-live': 'polite' }, h('p', { class: 'note' }, SHEET_PROMPT)),
    weights: h('div', { class: 'what-if' }, loading('Chargement des pondérations…')),
    results: h('div', { class: 'what-if__results', 'aria-live': 'polite' }),
    downloads: h('div', { class: 'downloads' }),
  };
  const nodes = [
    observatoryBreadcrumb('friches', 'Friches', 'Carte des friches'),
    h('h1', { tabindex: '-1' }, 'Carte des friches'),
    h(
      'p',
      { class: 'lead' },
      'Les friches repérées et caractérisées par l’agence, avec leur score de mutabilité (0 à 100 : plus il est élevé, plus le site est facile à recycler) et leur statut de suivi. Choisissez un site pour sa fiche ; les curseurs de pondération simulent d’autres scores sans rien enregistrer.',
    ),
    slots.controls,
    slots.summary,
    h(
      'section',
      { class: 'block block--map', 'aria-labelledby': 'friches-map-title' },
      h('h2', { id: 'friches-map-title' }, 'Carte'),
      h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, slots.mapElement, slots.mapStatus), h('div', { class: 'map-side' }, slots.legend)),
      h(
        'p',
        { class: 'note' },
        'Cliquez un site pour ouvrir sa fiche. Au clavier : flèches pour déplacer la carte, + et − pour zoomer ; ',
        h('a', { href: '#friches-liste' }, 'tous les sites de la carte sont dans la liste'),
        '.',
      ),
    ),
    h('section', { class: 'block', id: 'fiche', 'aria-labelledby': 'fiche-title' }, h('h2', { id: 'fiche-title' }, 'Fiche du site'), slots.sheet),
    h(
      'section',
      { class: 'block', id: 'friches-liste', 'aria-labelledby': 'friches-list-title' },
      h('h2', { id: 'friches-list-title' }, 'Liste des friches'),
      slots.list,
    ),
    h(
      'section',
      { class: 'block block--simulation', id: 'simulation', 'aria-labelledby': 'what-if-title' },
      h('h2', { id: 'what-if-title' }, 'Simulation : d’autres pondérations du score'),
      h(
        'p',
        { class: 'simulation-banner' },
        h('strong', {}, 'Simulation'),
        ' — les scores simulés ne sont pas enregistrés : les scores affichés sur la carte, dans la liste et dans les fiches restent ceux des pondérations en vigueur.',
      ),
      slots.weights,
      slots.results,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'friches-download-title' },
      h('h2', { id: 'friches-download-title' }, 'Télécharger et réutiliser'),
      slots.downloads,
    ),
  ];
  return { nodes, slots };
}
