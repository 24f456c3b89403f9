/** How the politique de la ville's figures read in French. */
import { formatSigned, formatWithUnit } from '../../platform/format';

/** A figure with its unit, or "—". */
export const figure = (value: number | null | undefined, decimals: number, unit: string): string => formatWithUnit(value, decimals, unit);

/** A gap or a change: "+12,3 points", "−1 850 €" (points for a rate), or "—". */
export function gap(value: number | null | undefined, decimals: number, gapUnit: string): string {
  const signed = formatSigned(value, decimals);
  return value === null || value === undefined || !Number.isFinite(value)
    ? signed
    : `${signed}\u00a0${gapUnit === 'points' && Math.abs(value) < 2 ? 'point' : gapUnit}`;
}

/** Whether the gap to the EPCI narrowed since T0, in words. */
export function narrowedWords(narrowed: boolean | null | undefined): string {
  if (narrowed === true) return 'écart réduit';
  if (narrowed === false) return 'écart non réduit';
  return 'non mesurable';
}
