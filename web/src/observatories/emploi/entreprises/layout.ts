/** The page: breadcrumb, title, lead, the picker and year, and one section per panel, each with its slot. */
import { loading } from '../../../platform/ui/components';
import { h } from '../../../platform/ui/dom';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';

export interface EntreprisesSlots {
  title: HTMLHeadingElement;
  picker: HTMLElement;
  year: HTMLElement;
  headline: HTMLElement;
  index: HTMLElement;
  sectors: HTMLElement;
  survival: HTMLElement;
  peers: HTMLElement;
  stock: HTMLElement;
  tension: HTMLElement;
  downloads: HTMLElement;
}

function section(headingId: string, heading: string, content: HTMLElement): HTMLElement {
  return h('section', { class: 'block', 'aria-labelledby': headingId }, h('h2', { id: headingId }, heading), content);
}

/**
 * The title's parts: the page, then the territory on a line of its own whose place is kept from the start, so that a
 * long name ("— CA de Béthune-Bruay, Artois-Lys Romane") does not push the page down when it arrives.
 */
export function pageTitle(page: string, territory: string | null): (string | HTMLElement)[] {
  return [page, ' ', h('span', { class: 'entreprises-title__territory' }, territory ? `— ${territory}` : '')];
}

/** Appends the page to `container`; returns its slots, each showing that it is loading. */
export function entreprisesLayout(container: HTMLElement): EntreprisesSlots {
  const slots: EntreprisesSlots = {
    title: h('h1', { tabindex: '-1' }, ...pageTitle('Démographie des entreprises', null)),
    picker: h('div', { class: 'entreprises-picker' }, loading('Chargement des territoires…')),
    year: h('div', { class: 'entreprises-year' }),
    headline: h('div', { 'aria-live': 'polite' }, loading('Chargement des chiffres clés…')),
    index: h('div', { class: 'chart' }, loading('Chargement de l’évolution des défaillances…')),
    sectors: h('div', {}, loading('Chargement des secteurs…')),
    survival: h('div', {}, loading('Chargement de la pérennité…')),
    peers: h('div', {}, loading('Chargement des territoires similaires…')),
    stock: h('div', {}, loading('Chargement des entreprises par secteur…')),
    tension: h('div', {}, loading('Chargement des métiers en tension…')),
    downloads: h('div', { class: 'downloads' }),
  };
  container.append(
    observatoryBreadcrumb('emploi', 'Emploi et entrepreneuriat', 'Démographie des entreprises'),
    slots.title,
    h(
      'p',
      { class: 'lead' },
      'Créations, entreprises actives, défaillances (liquidations, redressements et sauvegardes) en base 100 depuis 2013 comparées au Pas-de-Calais, secteurs les plus touchés, pérennité des entreprises à 5 ans, et métiers en tension selon l’enquête Besoins en Main-d’Œuvre.',
    ),
    h('div', { class: 'entreprises-controls' }, slots.picker, slots.year),
    section('entreprises-headline-title', 'Chiffres clés', slots.headline),
    section('entreprises-index-title', 'Évolution des défaillances d’entreprises (base 100 en 2013)', slots.index),
    section('entreprises-sectors-title', 'Les secteurs les plus touchés', slots.sectors),
    section('entreprises-survival-title', 'Pérennité des entreprises à 5 ans', slots.survival),
    section('entreprises-peers-title', 'Face aux territoires similaires', slots.peers),
    section('entreprises-stock-title', 'Entreprises actives par secteur', slots.stock),
    section('entreprises-tension-title', 'Zoom sur les métiers en tension', slots.tension),
    section('entreprises-download-title', 'Télécharger et réutiliser', slots.downloads),
  );
  return slots;
}
