/**
 * The page's parts drawn from its data: the filters, the note on who is reading, the totals by kind, the legend,
 * the site's sheet and the downloads. Each returns fresh nodes; the view puts them in their slots.
 */
import type { TerritoryChoices } from '../../../platform/context';
import type { Identity } from '../../../platform/auth/session';
import { describeIdentity } from '../../../platform/auth/session';
import { formatInteger } from '../../../platform/format';
import { routeToUrl } from '../../../platform/routes';
import { apiAddress, selectField, type Option } from '../../../platform/ui/components';
import { h, type Child } from '../../../platform/ui/dom';
import type { SiteCollection, SiteFeature } from './api';
import { layerId, sheetLines, sitesUrl, totalLine } from './domain';
import { SITE_KINDS, energieSitesUrl, type EnergieSitesRoute, type SiteKindCode } from './route';
import { symbolSvg } from './symbols';

const KIND_LABELS: Record<SiteKindCode, string> = {
  eolien: 'Parcs éoliens',
  pv_sol: 'Photovoltaïque au sol',
  methanisation: 'Méthanisation',
  hydraulique: 'Hydroélectricité',
  valorisation_dechets: 'Valorisation des déchets',
  reseau_chaleur: 'Réseaux de chaleur',
  gaz_de_mine: 'Gaz de mine',
  poste_source: 'Postes sources',
};

export function kindLabel(kind: SiteKindCode): string {
  return KIND_LABELS[kind];
}

/** The filters: kind and territory; each choice goes to the URL. */
export function renderFilters(
  route: EnergieSitesRoute,
  choices: TerritoryChoices | null,
  onChange: (changes: Partial<EnergieSitesRoute>) => void,
): HTMLElement {
  const kinds: Option[] = [{ value: '', label: 'Toutes les filières' }, ...SITE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))];
  const territories: Option[] = [
    { value: '', label: 'Tout le territoire' },
    ...(choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
    ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités' })),
    ...(choices?.departements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Département' })),
  ];
  if (route.territory && !territories.some((t) => t.value === route.territory)) territories.push({ value: route.territory, label: route.territory });
  const kind = selectField('Filière', 'kind', kinds, route.kind ?? '', (value) => onChange({ kind: (value || null) as SiteKindCode | null, site: null }));
  const territory = selectField('Territoire', 'territory', territories, route.territory ?? '', (value) => onChange({ territory: value || null, site: null }));
  return h('fieldset', { class: 'controls__fieldset' }, h('legend', { class: 'visually-hidden' }, 'Filtres'), kind.field, territory.field);
}

/** Who is reading: the public (with the way to the partners' sign-in) or a partner whose key shows its territory's confidential projects. */
export function renderSessionNote(identity: Identity | null, audience: string | null, route: EnergieSitesRoute): HTMLElement {
  if (!identity || audience === 'public') {
    return h(
      'p',
      { class: 'note', 'data-audience': 'public' },
      'Vue publique : les projets confidentiels ne sont montrés qu’aux partenaires du groupe de travail énergie, sur leur territoire. ',
      identity ? null : h('a', { href: routeToUrl({ view: 'signIn', next: energieSitesUrl(route) }), 'data-nav': '' }, 'Se connecter avec une clé partenaire'),
      identity ? null : '.',
    );
  }
  return h(
    'p',
    { class: 'note', 'data-audience': audience ?? 'partner' },
    `Connecté : ${describeIdentity(identity)}. `,
    audience === 'agency'
      ? 'Tous les sites sont montrés, projets confidentiels compris.'
      : identity.scope.length === 0
        ? 'Les projets confidentiels sont montrés (marqués « confidentiel ») : ne les diffusez pas.'
        : 'Les projets confidentiels de votre territoire sont montrés (marqués « confidentiel ») : ne les diffusez pas.',
  );
}

/** The totals by kind of the sites shown (the API computes them from what the caller sees). */
export function renderTotals(sites: SiteCollection): Child[] {
  const where = sites.view.territoryName ? ` — ${sites.view.territoryName}` : '';
  return [
    h('p', { class: 'energie-sites__count' }, h('strong', {}, `${formatInteger(sites.numberReturned)} site${sites.numberReturned > 1 ? 's' : ''}`), where),
    h(
      'ul',
      { class: 'energie-sites__kinds' },
      ...sites.totals.map((t) => h('li', { 'data-kind': t.kind }, symbolSvg(t.kind, 18), h('span', {}, h('strong', {}, t.label), ` : ${totalLine(t)}`))),
    ),
  ];
}

/** The legend: every kind's symbol, with the number of its sites shown. */
export function renderLegend(sites: SiteCollection): HTMLElement {
  const counts = new Map(sites.totals.map((t) => [t.kind, t.count]));
  return h(
    'div',
    { class: 'legend' },
    h('p', { class: 'legend__title' }, 'Filières'),
    h(
      'ul',
      { class: 'legend__list' },
      ...sites.kinds.map((k) =>
        h(
          'li',
          { 'data-kind': k.kind },
          symbolSvg(k.kind),
          h('span', {}, k.label, ' ', h('span', { class: 'legend__count' }, `(${formatInteger(counts.get(k.kind) ?? 0)})`)),
        ),
      ),
    ),
  );
}

/** A site's sheet: its name, a confidential mark, and its lines. */
export function renderSheet(feature: SiteFeature, onClose: () => void): HTMLElement {
  const p = feature.properties;
  const close = h('button', { type: 'button', class: 'button button--secondary' }, 'Fermer la fiche');
  close.addEventListener('click', onClose);
  return h(
    'article',
    { class: 'energie-site-sheet', 'data-site': feature.id, tabindex: '-1' },
    h('h3', {}, symbolSvg(p.kind, 22), ' ', p.name),
    p.confidential
      ? h('p', { class: 'energie-site-sheet__confidential' }, 'Projet confidentiel : réservé aux partenaires du groupe de travail énergie.')
      : null,
    h('dl', { class: 'energie-site-sheet__lines' }, ...sheetLines(p).flatMap(([label, text]) => [h('dt', {}, label), h('dd', {}, text)])),
    close,
  );
}

/** Downloads: the filtered sites as GeoJSON and CSV, the OGC layer for QGIS, the API address. */
export function renderDownloads(route: EnergieSitesRoute, audience: string, origin: string): Child[] {
  const layer = layerId(audience);
  return [
    h(
      'p',
      { class: 'downloads__buttons' },
      h('a', { class: 'button', href: sitesUrl(route, 'csv'), download: 'energie_sites.csv', 'data-download': 'csv' }, 'Télécharger les sites (CSV)'),
      h('a', { class: 'button button--secondary', href: sitesUrl(route, 'xlsx'), download: 'energie_sites.xlsx', 'data-download': 'xlsx' }, 'Tableur (XLSX)'),
      h(
        'a',
        { class: 'button button--secondary', href: sitesUrl(route), download: 'energie_sites.geojson', 'data-download': 'geojson' },
        'Télécharger les sites (GeoJSON)',
      ),
    ),
    h(
      'p',
      { class: 'note' },
      `Couche OGC API - Features « ${layer} » (QGIS : Couche › Ajouter une couche WFS / OGC API - Features, URL `,
      h('code', {}, `${origin}/ogc`),
      audience === 'public' ? ').' : ', avec votre clé en en-tête Authorization).',
    ),
    h('p', { class: 'label' }, 'Les sites filtrés dans l’API'),
    ...apiAddress(sitesUrl(route), origin),
  ];
}
