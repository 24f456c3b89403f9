/** The dashboard's page: breadcrumb, title, lead, the picker and one section per panel, each with its slot. */
import { loading } from '../../../platform/ui/components';
import { h } from '../../../platform/ui/dom';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';

export interface BilanSlots {
  title: HTMLHeadingElement;
  picker: HTMLElement;
  headline: HTMLElement;
  balance: HTMLElement;
  sankey: HTMLElement;
  bySector: HTMLElement;
  byCarrier: HTMLElement;
  production: HTMLElement;
  downloads: HTMLElement;
}

function section(headingId: string, heading: string, content: HTMLElement): HTMLElement {
  return h('section', { class: 'block', 'aria-labelledby': headingId }, h('h2', { id: headingId }, heading), content);
}

/** Appends the page to `container`, each slot showing that it is loading at the size of what replaces it; returns the slots. */
export function bilanLayout(container: HTMLElement): BilanSlots {
  const slots: BilanSlots = {
    title: h('h1', { tabindex: '-1' }, 'Bilan énergétique'),
    picker: h('div', { class: 'energie-picker' }, loading('Chargement des territoires…')),
    headline: h('div', { class: 'energie-headline-slot', 'aria-live': 'polite' }, loading('Chargement des chiffres clés…')),
    balance: h('div', { class: 'chart energie-chart' }, loading('Chargement du bilan décarboné…')),
    sankey: h('div', { class: 'chart energie-chart' }, loading('Chargement des flux…')),
    bySector: h('div', { class: 'chart energie-chart' }, loading('Chargement des consommations…')),
    byCarrier: h('div', { class: 'chart energie-chart' }, loading('Chargement des consommations…')),
    production: h('div', { class: 'chart energie-chart' }, loading('Chargement de la production…')),
    downloads: h('div', { class: 'downloads' }),
  };
  container.append(
    observatoryBreadcrumb('energie', 'Énergie', 'Bilan énergétique'),
    slots.title,
    h(
      'p',
      { class: 'lead' },
      'Les consommations d’énergie par secteur et par énergie, la production renouvelable et de récupération par filière, les émissions de gaz à effet de serre et le bilan décarboné — la production locale rapportée à la consommation —, comparés au département et aux objectifs des plans climat.',
    ),
    slots.picker,
    section('energie-headline-title', 'Chiffres clés', slots.headline),
    section('energie-balance-title', 'Bilan décarboné et objectifs', slots.balance),
    section('energie-sankey-title', 'Des énergies aux secteurs', slots.sankey),
    section('energie-sector-title', 'Consommation par secteur', slots.bySector),
    section('energie-carrier-title', 'Consommation par énergie', slots.byCarrier),
    section('energie-production-title', 'Production renouvelable et de récupération', slots.production),
    section('energie-download-title', 'Télécharger et réutiliser', slots.downloads),
  );
  return slots;
}
