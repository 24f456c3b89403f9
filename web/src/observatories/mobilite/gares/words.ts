/** The stations' figures in words: numbers, rates, and a change with its sign and the value it compares with. */
import { formatDecimal, formatInteger, formatPeriod, formatSigned } from '../../../platform/format';

export const dash = '—';

export function rate(value: number | null | undefined): string {
  return value == null ? dash : `${formatDecimal(value, 1)}\u00a0%`;
}

export function count(value: number | null | undefined): string {
  return value == null ? dash : formatInteger(value);
}

/** "+12,5 % (2 400 000 en 2023)": the change's sign, then the previous value and its period. */
export function changeText(change: string, previous: string, previousPeriod: string): string {
  return `${change} (${previous} en ${formatPeriod(previousPeriod)})`;
}

/** A change in %, signed: "+4,2 %", "−20 %", "0 %". */
export function signedPercent(value: number | null | undefined): string {
  return value == null ? dash : `${formatSigned(value, 1)}\u00a0%`;
}

/** A change of a rate, in percentage points: "+15 pts". */
export function signedPoints(value: number | null | undefined): string {
  return value == null ? dash : `${formatSigned(value, 1)}\u00a0pt${Math.abs(value) >= 2 ? 's' : ''}`;
}

/** The direction in words (not by colour alone): "en hausse", "en baisse", "stable". */
export function direction(value: number | null | undefined): string {
  if (value == null) return '';
  return value > 0 ? 'en hausse' : value < 0 ? 'en baisse' : 'stable';
}
