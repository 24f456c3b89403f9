/** The counter's page: breadcrumb, title, lead, the picker and one section per panel, each with its slot. */
import { loading } from '../../platform/ui/components';
import { h } from '../../platform/ui/dom';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';

export interface ZanSlots {
  title: HTMLHeadingElement;
  picker: HTMLElement;
  gauge: HTMLElement;
  trajectory: HTMLElement;
  destinations: HTMLElement;
  rankingOptions: HTMLElement;
  ranking: HTMLElement;
  downloads: HTMLElement;
}

function section(headingId: string, heading: string, content: HTMLElement[], id?: string): HTMLElement {
  return h('section', { class: 'block', id, 'aria-labelledby': headingId }, h('h2', { id: headingId }, heading), ...content);
}

/** Appends the page to `container`, each slot showing that it is loading; returns the slots. */
export function zanLayout(container: HTMLElement): ZanSlots {
  const slots: ZanSlots = {
    title: h('h1', { tabindex: '-1' }, 'Compteur ZAN'),
    picker: h('div', { class: 'zan-picker' }, loading('Chargement des territoires…')),
    gauge: h('div', { class: 'gauge-slot', 'aria-live': 'polite' }, loading('Chargement du compteur…')),
    trajectory: h('div', { class: 'chart' }, loading('Chargement de la trajectoire…')),
    destinations: h('div', { class: 'chart' }, loading('Chargement des destinations…')),
    rankingOptions: h('div', { class: 'chart-options' }),
    ranking: h('div', {}, loading('Chargement du classement…')),
    downloads: h('div', { class: 'downloads' }),
  };
  container.append(
    observatoryBreadcrumb('zan', 'Compteur ZAN', 'Compteur ZAN'),
    slots.title,
    h(
      'p',
      { class: 'lead' },
      'La loi Climat et résilience (2021) divise par deux la consommation d’espaces naturels, agricoles et forestiers de 2021–2030 par rapport à 2011–2020, puis vise le zéro artificialisation nette en 2050. Le compteur dit où en est un territoire.',
    ),
    slots.picker,
    section('zan-gauge-title', 'Enveloppe 2021–2030', [slots.gauge]),
    section('zan-trajectory-title', 'Trajectoire 2011–2050', [slots.trajectory]),
    section('zan-destinations-title', 'Consommation par destination', [slots.destinations]),
    section('zan-ranking-title', 'Classement des communes', [slots.rankingOptions, slots.ranking], 'zan-classement'),
    section('zan-download-title', 'Télécharger et réutiliser', [slots.downloads]),
  );
  return slots;
}
