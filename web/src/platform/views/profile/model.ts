/**
 * The territory profile's rules, as plain functions (unit-tested in model.test.ts): the territory in words, the
 * changes of a key figure, the dashboard a figure opens, the locator map's context, the search's status.
 */
import type { KeyFigure, TerritoryDetail } from '../../api/types';
import { formatInteger, formatPeriod, formatRate, formatSigned, levelLabel } from '../../format';
import { dashboardRoute, routeToUrl } from '../../routes';

/** "Commune de 25 000 habitants · 3 communes": the level, the population, the members by level. */
export function territoryHeadline(detail: Pick<TerritoryDetail, 'level' | 'population' | 'childrenCounts'>): string {
  const level = levelLabel(detail.level);
  const members = Object.entries(detail.childrenCounts);
  return [
    `${level[0]!.toUpperCase()}${level.slice(1)}`,
    detail.population !== null ? ` de ${formatInteger(detail.population)} habitants` : '',
    members.length > 0 ? ` · ${members.map(([l, n]) => `${formatInteger(n)} ${levelLabel(l, n > 1)}`).join(', ')}` : '',
  ].join('');
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
      label: `Carte de situation : ${detail.name} parmi les communes de ${epci.name}`,
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
