/**
 * The page's frame: breadcrumb, title, lead, who is reading, and the sections (filters, totals, map and legend, the
 * site's sheet, the table of sites, downloads), each with the slot its part fills, drawn at its final size.
 */
import { loading } from '../../../platform/ui/components';
import { h } from '../../../platform/ui/dom';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';

export interface SitesSlots {
  session: HTMLElement;
  controls: HTMLFormElement;
  totals: HTMLElement;
  mapElement: HTMLElement;
  mapStatus: HTMLElement;
  legend: HTMLElement;
  sheet: HTMLElement;
  list: HTMLElement;
  downloads: HTMLElement;
}

export const SHEET_PROMPT = 'Choisissez un site sur la carte ou dans le tableau pour afficher sa fiche.';

export function sitesLayout(): { nodes: HTMLElement[]; slots: SitesSlots } {
  const slots: SitesSlots = {
    session: h('div', { class: 'energie-sites__session' }),
    controls: h('form', { class: 'controls', 'aria-label': 'Filtres des sites' }),
    totals: h('div', { class: 'energie-sites__totals', 'aria-live': 'polite' }, loading('Chargement des sites…')),
    mapElement: h('div', { class: 'map', id: 'energie-sites-map' }),
    mapStatus: h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…'),
    legend: h('div', { class: 'legend-slot' }),
    sheet: h('div', { class: 'energie-site-sheet-slot', 'aria-live': 'polite' }, h('p', { class: 'note' }, SHEET_PROMPT)),
    list: h('div', { class: 'energie-sites__list' }, loading('Chargement du tableau…')),
    downloads: h('div', { class: 'downloads' }),
  };
  const nodes = [
    observatoryBreadcrumb('energie', 'Énergie', 'Sites de production'),
    h('h1', { tabindex: '-1' }, 'Sites de production d’énergie'),
    h(
      'p',
      { class: 'lead' },
      'Parcs éoliens, centrales photovoltaïques au sol, méthanisation, hydroélectricité, valorisation des déchets, réseaux de chaleur, gaz de mine et postes sources, d’après le rapport d’activité 2024 de l’agence. Positions et volumes sont en partie des données de démonstration : chaque fiche dit d’où vient chaque donnée.',
    ),
    slots.session,
    slots.controls,
    slots.totals,
    h(
      'section',
      { class: 'block block--map', 'aria-labelledby': 'energie-sites-map-title' },
      h('h2', { id: 'energie-sites-map-title' }, 'Carte'),
      h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, slots.mapElement, slots.mapStatus), h('div', { class: 'map-side' }, slots.legend)),
      h(
        'p',
        { class: 'note' },
        'Chaque filière a sa forme et sa lettre. Cliquez un site pour ouvrir sa fiche ; ',
        h('a', { href: '#energie-sites-tableau' }, 'tous les sites de la carte sont dans le tableau'),
        '.',
      ),
    ),
    h('section', { class: 'block', id: 'fiche', 'aria-labelledby': 'energie-site-title' }, h('h2', { id: 'energie-site-title' }, 'Fiche du site'), slots.sheet),
    h(
      'section',
      { class: 'block', id: 'energie-sites-tableau', 'aria-labelledby': 'energie-sites-list-title' },
      h('h2', { id: 'energie-sites-list-title' }, 'Tableau des sites'),
      slots.list,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'energie-sites-download-title' },
      h('h2', { id: 'energie-sites-download-title' }, 'Télécharger et réutiliser'),
      slots.downloads,
    ),
  ];
  return { nodes, slots };
}
