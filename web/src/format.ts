/**
 * French number formatting. fr-FR groups thousands with a narrow no-break
 * space (U+202F) and uses a comma as decimal separator: 275 736 ; 1,5.
 */

const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimalFormats = new Map<number, Intl.NumberFormat>();

/** Shown in place of a missing value. */
export const MISSING = '—';

function isFiniteNumber(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** 275736 → "275 736" (U+202F); null, undefined or NaN → "—". */
export function formatInteger(value: number | null | undefined): string {
  return isFiniteNumber(value) ? integerFormat.format(value) : MISSING;
}

/** 1234.5 → "1 234,5" with at most `maxFractionDigits` decimals. */
export function formatDecimal(value: number | null | undefined, maxFractionDigits = 1): string {
  if (!isFiniteNumber(value)) return MISSING;
  let format = decimalFormats.get(maxFractionDigits);
  if (format === undefined) {
    format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: maxFractionDigits });
    decimalFormats.set(maxFractionDigits, format);
  }
  return format.format(value);
}

/**
 * A count with its noun, French plural rule (0 and 1 are singular):
 * formatCount(1, 'commune') → "1 commune", formatCount(1200, 'commune') → "1 200 communes".
 */
export function formatCount(value: number, singular: string, plural = `${singular}s`): string {
  return `${formatInteger(value)}\u00a0${Math.abs(value) < 2 ? singular : plural}`;
}
