/** How the ZAN counter says its figures: hectares and percentages the French way (names after "de" come from the API). */
import { formatDecimal } from '../../platform/format';

export const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** Hectares the French way: 1 234,5 ha. */
export function ha(value: number, digits = 1): string {
  return `${formatDecimal(value, digits)}\u00a0ha`;
}
