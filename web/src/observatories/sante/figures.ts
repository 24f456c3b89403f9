/** What the CLS key figures page says of a figure: its words, and the small bars that set the three territories side by side. */
import { formatWithUnit } from '../../platform/format';
import type { KeyFigure, KeyFigureValue } from './api';

/** "8,4 pour 10 000 habitants", "secret statistique" (fewer than 11 cases behind it), or "pas de valeur". */
export function valueWords(figure: KeyFigure, value: KeyFigureValue): string {
  if (value.status === 'secret' && value.value == null) return 'secret statistique';
  if (value.status === 'restricted') return 'non communiqué';
  return value.value == null ? 'pas de valeur' : formatWithUnit(value.value, figure.decimals, figure.unit);
}

/**
 * Each value's bar as a share of the largest of the row (0 to 1), null without a number: bars of one indicator compare
 * the territory with the département and the région, never an indicator with another.
 */
export function barShares(values: readonly KeyFigureValue[]): (number | null)[] {
  const numbers = values.map((v) => (v.status === 'secret' ? null : (v.value ?? null)));
  const largest = Math.max(0, ...numbers.filter((n): n is number => n !== null));
  return numbers.map((n) => (n === null ? null : largest === 0 ? 0 : n / largest));
}

/** How the territory stands against the département, in words, with the indicator's direction: "plus favorable", … */
export function againstDepartement(figure: KeyFigure): string | null {
  const [own, departement] = figure.values;
  if (own?.value == null || departement?.value == null || own.status === 'secret') return null;
  const gap = own.value - departement.value;
  if (Math.abs(gap) < 10 ** -figure.decimals / 2) return 'comme le département';
  if (figure.higherIsBetter == null) return gap > 0 ? 'au-dessus du département' : 'en dessous du département';
  return gap > 0 === figure.higherIsBetter ? 'plus favorable que le département' : 'moins favorable que le département';
}
