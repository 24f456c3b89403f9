/**
 * The territory profile's rules, as plain functions (unit-tested in model.test.ts): the territory in words, the
 * changes of a key figure, the dashboard a figure opens, the locator map's context, the search's status.
 */
import type { KeyFigure, TerritoryDetail } from '../../api/types';
import { coverageNote, formatFigure, formatInteger, formatPeriod, formatRate, formatSigned, levelLabel } from '../../format';
import { dashboardRoute, routeToUrl } from '../../routes';

/**
 * "EPCI · 100 communes · population légale : 275 736 habitants (INSEE)": the level, the members by level (a
 * département's communes beyond the agency's too), and the population of the referential, named as the legal
 * population so that it is not mistaken for the Portrait's figure of another year below it.
 */
export function territoryHeadline(detail: Pick<TerritoryDetail, 'level' | 'population' | 'childrenCounts' | 'communeCount'>): string {
  const level = levelLabel(detail.level);
  const members = Object.entries(detail.childrenCounts).map(([l, n]) => {
    const all = l === 'commune' ? (detail.communeCount ?? n) : n;
    return all > n
      ? `${formatInteger(all)} ${levelLabel(l, all > 1)}, dont ${formatInteger(n)} sur le territoire de l’agence`
      : `${formatInteger(n)} ${levelLabel(l, n > 1)}`;
  });
  return [
    `${level[0]!.toUpperCase()}${level.slice(1)}`,
    members.length > 0 ? ` · ${members.join(', ')}` : '',
    detail.population !== null ? ` · population légale : ${formatInteger(detail.population)} habitants (INSEE)` : '',
  ].join('');
}

/** A reference's figure on a key figure's card: "Pas-de-Calais : 1 234 ha, sur 318 des 887 communes". */
export function referenceText(
  name: string,
  reference: Pick<KeyFigure['references'][number], 'value' | 'status' | 'coverage'>,
  ind: Pick<KeyFigure['indicator'], 'decimals' | 'unit'>,
): string {
  const note = coverageNote(reference.coverage);
  return `${name} : ${formatFigure(reference.value, reference.status, ind.decimals, ind.unit)}${note ? `, ${note}` : ''}`;
}

/** The parents worth a link: the EPCI, the groupement, the département. */
export function linkedParents(detail: Pick<TerritoryDetail, 'parents'>): TerritoryDetail['parents'] {
  return detail.parents.filter((p) => p.level === 'epci' || p.level === 'groupement' || p.level === 'departement');
}

/** A key figure's change over one or five years: "+1 000 (+4,0 %) depuis 2021", in points for percentages. */
export function changeText(figure: KeyFigure, which: 'changeOver1' | 'changeOver5'): string | null {
  const change = figure[which];
  if (!change || change.difference === null) return null;
  const ind = figure.indicator;
  const diff = `${formatSigned(change.difference, ind.decimals)}${ind.unit === '%' ? ' pt' : ''}`;
  const rate = change.rate !== null && ind.unit !== '%' ? ` (${formatRate(change.rate)})` : '';
  return `${diff}${rate} depuis ${formatPeriod(change.period)}`;
}

/**
 * The dashboard a key figure opens: the indicator in the territory's zone (a commune's EPCI, with the commune
 * selected; the territory itself otherwise; the AULA perimeter for a level the dashboard cannot show).
 */
export function figureDashboardUrl(slug: string, code: string, detail: Pick<TerritoryDetail, 'id' | 'level' | 'parents'>): string {
  const epci = detail.parents.find((p) => p.level === 'epci');
  const zone = detail.level === 'commune' && epci ? epci.id : detail.id;
  return routeToUrl(
    dashboardRoute(slug, {
      indicator: code,
      zone: ['commune', 'epci', 'groupement', 'departement'].includes(detail.level) ? zone : 'groupement:aula',
      selected: detail.level === 'commune' ? detail.id : null,
    }),
  );
}

/** What the locator map shows: a commune among its EPCI's communes, anything else among the EPCIs. */
export function locatorContext(detail: Pick<TerritoryDetail, 'id' | 'name' | 'level' | 'parents'>): {
  url: string;
  label: string;
  /** Whose EPCIs to highlight (a groupement, a département), else the territory itself is highlighted. */
  membersOf: string | null;
} {
  const epci = detail.parents.find((p) => p.level === 'epci');
  if (detail.level === 'commune' && epci) {
    return {
      url: `/api/v1/territories?level=commune&within=${epci.id}&format=geojson&resolution=low&limit=500`,
      label: `Carte de situation : ${detail.name} parmi les communes ${epci.names.of}`,
      membersOf: null,
    };
  }
  return {
    url: '/api/v1/territories?level=epci&format=geojson&resolution=low&limit=100',
    label: `Carte de situation : ${detail.name} parmi les intercommunalités du territoire de l’agence`,
    membersOf: detail.level !== 'epci' ? detail.id : null,
  };
}

/** The search's status line: how many territories were found, or none. */
export function searchStatus(q: string, shown: number, total: number): string {
  if (shown === 0) return `Aucun territoire ne correspond à « ${q.trim()} ».`;
  return `${formatInteger(total)} territoire${total > 1 ? 's' : ''} trouvé${total > 1 ? 's' : ''}.`;
}
