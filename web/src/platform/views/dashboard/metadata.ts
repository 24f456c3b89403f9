/** The indicator's sheet ("À propos de l’indicateur"): definition, unit, source, periods, licence, levels, code. */
import type { IndicatorDetail } from '../../api/types';
import { formatPeriod, formatWithUnit, levelLabel } from '../../format';
import { routeToUrl } from '../../routes';
import { h } from '../../ui/dom';

const AGGREGATIONS: Record<string, string> = {
  sum: 'somme des communes',
  ratio: 'ratio recalculé à partir des numérateurs et dénominateurs',
  weighted_mean: 'moyenne pondérée',
  none: 'non agrégeable (valeur communale uniquement)',
};

const CONFIDENTIALITY: Record<string, string> = {
  public: 'publique',
  partner: 'réservée aux partenaires',
  agency: 'réservée à l’agence',
};

const PERIODICITY: Record<string, string> = {
  year: 'annuelle',
  quarter: 'trimestrielle',
  semester: 'semestrielle',
  month: 'mensuelle',
};

/** The sheet's terms and values, in order. */
export function metadataEntries(detail: IndicatorDetail, period: string): [string, Node | string][] {
  const ind = detail.indicator;
  const periods = detail.periods;
  const entries: [string, Node | string][] = [
    ['Définition', detail.definition],
    ['Unité', ind.unit],
    ['Source', ind.sourceUrl ? h('a', { href: ind.sourceUrl, rel: 'noopener' }, ind.source) : ind.source],
    ['Millésime', `${formatPeriod(period)} (affiché) ; données de ${formatPeriod(periods[0] ?? '')} à ${formatPeriod(periods[periods.length - 1] ?? '')}`],
    ['Périodicité', PERIODICITY[ind.periodicity] ?? ind.periodicity],
    ['Licence', ind.licence],
    ['Diffusion', CONFIDENTIALITY[ind.confidentiality] ?? ind.confidentiality],
    ['Agrégation', AGGREGATIONS[ind.aggregation] ?? ind.aggregation],
    [
      'Niveaux',
      `stocké par ${detail.storedLevels.map((l) => levelLabel(l)).join(', ')} ; calculé pour ${detail.aggregableLevels.map((l) => levelLabel(l)).join(', ')}`,
    ],
    ['Code', h('code', {}, ind.code)],
  ];
  if (detail.secrecyThreshold !== null) {
    entries.push(['Secret statistique', `valeur masquée sous ${formatWithUnit(detail.secrecyThreshold, 0, 'unités')}`]);
  }
  return entries;
}

export function metadataContent(detail: IndicatorDetail, period: string): HTMLElement[] {
  const catalogue = routeToUrl({ view: 'catalogue', q: '', observatory: null, source: null, item: `indicator:${detail.indicator.code}` });
  return [
    h('dl', { class: 'meta' }, ...metadataEntries(detail, period).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])),
    h('p', {}, h('a', { href: catalogue, 'data-nav': '' }, 'Voir dans le catalogue de données')),
  ];
}
