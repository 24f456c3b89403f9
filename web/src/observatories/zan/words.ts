/** How the ZAN counter says its figures: hectares and percentages the French way, "de"/"d’" before a name. */
import { formatDecimal } from '../../platform/format';

export const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** Hectares the French way: 1 234,5 ha. */
export function ha(value: number, digits = 1): string {
  return `${formatDecimal(value, digits)}\u00a0ha`;
}

/** "de Béthune", "d’Arras": the name stays as written (no "du"/"des" contraction). */
export function of(name: string): string {
  return /^[aeiouyéèêâîôûh]/i.test(name) ? `d’${name}` : `de ${name}`;
}
