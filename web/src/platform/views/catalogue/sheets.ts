/** An entry's sheet: a layer's (extent, period, coordinate systems, OGC links) or an indicator's (metadata, links). */
import { apiUrl } from '../../api/client';
import type { IndicatorDetail } from '../../api/types';
import { formatInteger, formatPeriod, levelLabel } from '../../format';
import { dashboardRoute, routeToUrl } from '../../routes';
import { h } from '../../ui/dom';
import { apiLinks } from './apiLinks';
import { bboxText, crsName, intervalText, type LayerEntry } from './model';

export interface SheetProps {
  origin: string;
  observatoryName(slug: string | null): string;
  /** The sheet's "Fermer la fiche" button. */
  close: HTMLElement;
}

/** The entry of the URL does not exist. */
export function missingSheet(message: string): HTMLElement {
  return h('div', { class: 'alert alert--error', role: 'alert' }, h('p', { class: 'alert__title' }, message));
}

const meta = (entries: [string, Node | string][]): HTMLElement =>
  h('dl', { class: 'meta' }, ...entries.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));

export function layerSheet(layer: LayerEntry, { origin, observatoryName, close }: SheetProps): HTMLElement {
  const base = `/ogc/collections/${encodeURIComponent(layer.id)}`;
  return h(
    'article',
    { class: 'sheet', 'aria-labelledby': 'sheet-title', 'data-item': `layer:${layer.id}` },
    h('h2', { id: 'sheet-title' }, `Couche : ${layer.title}`),
    h('p', {}, layer.description),
    meta([
      ['Observatoire', observatoryName(layer.observatory)],
      ['Emprise', bboxText(layer)],
      ['Période couverte', intervalText(layer)],
      ['Systèmes de coordonnées', layer.crs.map(crsName).join(', ')],
    ]),
    h('h3', {}, 'Liens de l’API'),
    apiLinks(origin, [
      ['Description OGC', base],
      ['Objets (GeoJSON)', `${base}/items?limit=100`],
      ['Objets (CSV)', `${base}/items?f=csv`],
      ['Propriétés filtrables', `${base}/queryables`],
      ['Tuiles vectorielles (MapLibre, QGIS)', `${base}/tiles/WebMercatorQuad/{z}/{y}/{x}`],
    ]),
    h('p', { class: 'note' }, 'Dans QGIS : Couche › Ajouter une couche WFS / OGC API - Features, URL ', h('code', {}, `${origin}/ogc`), '.'),
    close,
  );
}

/** The API links of an indicator's sheet: its sheet, values, series in base 100 and map, at its latest period. */
export function indicatorLinks(detail: IndicatorDetail): [string, string][] {
  const code = detail.indicator.code;
  const latest = detail.periods[detail.periods.length - 1] ?? '';
  const values = (query: { level: string; period: string; format?: string }) => apiUrl({ path: '/api/v1/indicators/{code}/values', params: { code }, query });
  return [
    ['Fiche (JSON)', apiUrl({ path: '/api/v1/indicators/{code}', params: { code } })],
    ['Valeurs par commune (CSV)', values({ level: 'commune', period: latest, format: 'csv' })],
    ['Valeurs par EPCI (JSON)', values({ level: 'epci', period: latest })],
    [
      'Série, base 100 (JSON)',
      apiUrl({
        path: '/api/v1/indicators/{code}/series',
        params: { code },
        query: { territories: 'groupement:aula,departement:62', index: detail.periods[0] ?? null },
      }),
    ],
    [
      'Carte (GeoJSON)',
      apiUrl({ path: '/api/v1/indicators/{code}/map', params: { code }, query: { level: 'commune', within: 'groupement:aula', period: latest } }),
    ],
  ];
}

export function indicatorSheet(detail: IndicatorDetail, { origin, observatoryName, close }: SheetProps): HTMLElement {
  const ind = detail.indicator;
  const latest = detail.periods[detail.periods.length - 1] ?? '';
  return h(
    'article',
    { class: 'sheet', 'aria-labelledby': 'sheet-title', 'data-item': `indicator:${ind.code}` },
    h('h2', { id: 'sheet-title' }, `Indicateur : ${ind.label}`),
    h('p', {}, detail.definition),
    meta([
      ['Code', h('code', {}, ind.code)],
      ['Observatoire', observatoryName(ind.observatory)],
      ['Unité', ind.unit],
      ['Source', ind.sourceUrl ? h('a', { href: ind.sourceUrl, rel: 'noopener' }, ind.source) : ind.source],
      ['Licence', ind.licence],
      ['Couverture temporelle', `${formatInteger(detail.periods.length)} périodes, de ${formatPeriod(detail.periods[0] ?? '')} à ${formatPeriod(latest)}`],
      [
        'Couverture territoriale',
        `valeurs stockées par ${detail.storedLevels.map((l) => levelLabel(l)).join(', ')} ; agrégées pour ${detail.aggregableLevels.map((l) => levelLabel(l)).join(', ')}`,
      ],
    ]),
    h(
      'p',
      {},
      h(
        'a',
        { href: routeToUrl(dashboardRoute(ind.observatory, { indicator: ind.code })), 'data-nav': '' },
        'Ouvrir dans le tableau de bord de l’observatoire',
      ),
    ),
    h('h3', {}, 'Liens de l’API'),
    apiLinks(origin, indicatorLinks(detail)),
    close,
  );
}
