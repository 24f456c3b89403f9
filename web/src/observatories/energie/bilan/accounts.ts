/** The energy dashboard's pure logic: the rows of its charts and tables, and its sentences, from the API's accounts. */
import { formatDecimal, formatInteger } from '../../../platform/format';
import type { AccountLabels, DecarbonisedBalance, TerritoryAccounts, YearAccounts } from './api';
import type { BalancePoint, StackRow, TargetPoint } from './charts';

export type Breakdown = 'sector' | 'carrier' | 'source';

/** The codes with their labels, in the API's order. */
export function termsOf(labels: AccountLabels, breakdown: Breakdown): { code: string; label: string }[] {
  const dictionary = breakdown === 'sector' ? labels.sectors : breakdown === 'carrier' ? labels.carriers : labels.sources;
  return Object.entries(dictionary).map(([code, label]) => ({ code, label }));
}

/** One value per year and code: consumption by sector or carrier, or renewable and recovered production by source. */
function partsOf(year: YearAccounts, breakdown: Breakdown): Record<string, number> | null {
  if (breakdown === 'sector') return year.consumption?.bySector ?? null;
  if (breakdown === 'carrier') return year.consumption?.byCarrier ?? null;
  if (!year.production) return null;
  const { thermique_non_renouvelable: _excluded, ...decarbonised } = year.production.bySource;
  return decarbonised;
}

/** The rows of a stacked chart: every year with figures, every code of the breakdown (0 where none). */
export function stackRows(years: readonly YearAccounts[], labels: AccountLabels, breakdown: Breakdown): StackRow[] {
  const terms = termsOf(labels, breakdown).filter((t) => t.code !== 'thermique_non_renouvelable');
  return years.flatMap((year) => {
    const parts = partsOf(year, breakdown);
    return parts ? terms.map((t) => ({ year: year.year, code: t.code, label: t.label, value: parts[t.code] ?? 0 })) : [];
  });
}

/** The codes that have a value some year (the legend's and the table's columns). */
export function codesUsed(rows: readonly StackRow[]): string[] {
  return [...new Set(rows.filter((r) => r.value > 0).map((r) => r.code))];
}

/** The balance in percent per year of the territory and of its comparison, named by their names. */
export function balancePoints(territory: TerritoryAccounts, comparison: TerritoryAccounts | null): BalancePoint[] {
  const points = (accounts: TerritoryAccounts): BalancePoint[] =>
    accounts.years.flatMap((y) => (y.decarbonisedBalance ? [{ year: y.year, percent: y.decarbonisedBalance.share * 100, series: accounts.name }] : []));
  return [...points(territory), ...(comparison && comparison.id !== territory.id ? points(comparison) : [])];
}

export function targetPoints(territory: TerritoryAccounts): TargetPoint[] {
  return territory.targets.map((t) => ({ year: t.year, percent: t.share * 100, document: t.document }));
}

/** "9,3 %" */
export function percent(share: number, decimals = 1): string {
  return `${formatDecimal(share * 100, decimals)}\u00a0%`;
}

/** "production 2023 ÷ consommation 2022" */
export function balanceYears(balance: DecarbonisedBalance): string {
  return balance.productionYear === balance.consumptionYear
    ? `production et consommation ${balance.productionYear}`
    : `production ${balance.productionYear} ÷ consommation ${balance.consumptionYear}`;
}

/**
 * The caveat of a figure that adds up only some of its communes (a département of which the referential holds the
 * agency's communes only, communes without accounts); null when the figures cover the territory.
 */
export function coverageCaveat(accounts: TerritoryAccounts): string | null {
  const { ownFigures, communesWithData, communes } = accounts.coverage;
  if (ownFigures || communesWithData >= communes) return null;
  return `Ces chiffres additionnent les comptes de ${formatInteger(communesWithData)} des ${formatInteger(communes)} communes ${accounts.nameOf} : ils ne couvrent qu’une partie du territoire.`;
}

/** The sentence under the balance: where the territory stands against its next objective and its comparison. */
export function balanceSentence(territory: TerritoryAccounts, comparison: TerritoryAccounts | null): string {
  const balance = territory.headline.decarbonisedBalance;
  if (!balance) return `Pas de bilan décarboné ${territory.nameOf} : il faut une production et une consommation.`;
  const parts = [`Le bilan décarboné ${territory.nameOf} est de ${percent(balance.share)} (${balanceYears(balance)}).`];
  const next = territory.targets.find((t) => t.year >= balance.productionYear);
  if (next)
    parts.push(
      `L’objectif est de ${percent(next.share, 0)} en ${next.year} (${next.document.replace(/\s*\((.*)\)$/, ', $1')}) : ${
        balance.share >= next.share ? 'il est déjà atteint.' : `il reste ${formatDecimal((next.share - balance.share) * 100, 1)} points à gagner.`
      }`,
    );
  const other = comparison?.headline.decarbonisedBalance;
  if (comparison && other && comparison.id !== territory.id) parts.push(`Celui ${comparison.nameOf} est de ${percent(other.share)}.`);
  return parts.join(' ');
}
