/**
 * The property prices in words and rows: a cell's price or why there is none (statistical secrecy under 11 sales:
 * no number at all), a distribution bar's bounds with its open ends, and the chart's rows (a secret year is a gap).
 */
import { formatInteger } from '../../../platform/format';
import type { PriceBin, Prices } from '../api';

/** What the page says wherever the API says secret: never a number. */
export const SECRET = 'secret statistique : moins de 11 ventes';

interface Cell {
  status: string;
  median?: number | null;
}

/** "1 420 €/m²", the secrecy notice, or that there was no sale. */
export function priceWords(cell: Cell, value: number | null | undefined = cell.median): string {
  if (cell.status === 'secret') return SECRET;
  if (cell.status === 'no_sales' || value == null) return 'aucune vente';
  return `${formatInteger(value)}\u00a0€/m²`;
}

/** A bar's range: "moins de 1 150 €/m²", "de 1 150 à 1 400 €/m²", "1 700 €/m² et plus". */
export function binLabel(bin: PriceBin): string {
  if (bin.from == null && bin.to == null) return 'toutes les ventes';
  if (bin.from == null) return `moins de ${formatInteger(bin.to)}\u00a0€/m²`;
  if (bin.to == null) return `${formatInteger(bin.from)}\u00a0€/m² et plus`;
  return `de ${formatInteger(bin.from)} à ${formatInteger(bin.to)}\u00a0€/m²`;
}

/** A bar's short label, for the chart's axis: "< 1 150", "1 150–1 400", "≥ 1 700". */
export function binTick(bin: PriceBin): string {
  if (bin.from == null) return bin.to == null ? 'toutes' : `< ${formatInteger(bin.to)}`;
  return bin.to == null ? `≥ ${formatInteger(bin.from)}` : `${formatInteger(bin.from)}–${formatInteger(bin.to)}`;
}

/** A count as shown: "14 168", or "< 11" when secret. */
export function countWords(cell: { count?: number | null; countLabel: string }): string {
  return cell.count == null ? cell.countLabel : formatInteger(cell.count);
}

export interface PriceRow {
  type: string;
  label: string;
  year: number;
  /** Null in a year that is secret or without sales: the chart's line is broken there. */
  median: number | null;
  q1: number | null;
  q3: number | null;
}

export function priceRows(prices: Prices): PriceRow[] {
  return prices.series.flatMap((s) =>
    s.years.map((y) => ({
      type: s.type,
      label: s.label,
      year: y.year,
      median: y.status === 'published' ? (y.median ?? null) : null,
      q1: y.status === 'published' ? (y.q1 ?? null) : null,
      q3: y.status === 'published' ? (y.q3 ?? null) : null,
    })),
  );
}

/** The years the prices cover, latest first (the distribution's year selector). */
export function yearsOf(prices: Prices): number[] {
  const years: number[] = [];
  for (let y = prices.to; y >= prices.from; y--) years.push(y);
  return years;
}
