/**
 * French number formatting. fr-FR groups thousands with a narrow no-break
 * space (U+202F) and uses a comma as decimal separator: 275 736 ; 1,5.
 * And French phrasing around figures: a territory's share, the coverage of a partial total.
 */
import type { Coverage } from './api/types';

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

const percentFormat = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const signedFormats = new Map<number, Intl.NumberFormat>();
const monthFormat = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateFormat = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A value with the indicator's number of decimals: formatValue(21.4553, 1) → "21,5". */
export function formatValue(value: number | null | undefined, decimals: number): string {
  if (!isFiniteNumber(value)) return MISSING;
  return formatDecimal(value, Math.max(0, Math.min(decimals, 6)));
}

/** Words ending in s that are the same in the singular: they keep their s below 2. */
const INVARIABLE = new Set(['mois', 'fois', 'cas', 'pas', 'prix', 'poids', 'temps', 'taux', 'fonds', 'avis', 'accès', 'corps']);

/**
 * A unit, written in the plural as the API gives it, agreed with the value shown: below 2 (French rule: 0, 1 and 1,5
 * are singular) its first word loses its s ("1 établissement", "1,9 personne par ménage"); symbols, abbreviations
 * and invariable words stay as they are ("1 %", "1,5 ha", "1 mois").
 */
export function unitFor(shown: number, unit: string): string {
  if (Math.abs(shown) >= 2) return unit;
  const match = /^(\p{L}{3,})s(?=$|[\s/])/u.exec(unit);
  if (!match || INVARIABLE.has(`${match[1]!}s`.toLowerCase())) return unit;
  return `${match[1]!}${unit.slice(match[0].length)}`;
}

/**
 * A value and its unit, kept together by a no-break space and agreed with the value as shown: "34 319 salariés",
 * "1 établissement", "21,5 %", "1 850 €".
 */
export function formatWithUnit(value: number | null | undefined, decimals: number, unit: string): string {
  if (!isFiniteNumber(value)) return MISSING;
  const number = formatValue(value, decimals);
  const digits = Math.max(0, Math.min(decimals, 6));
  const shown = Math.round(value * 10 ** digits) / 10 ** digits;
  return unit ? `${number}\u00a0${unitFor(shown, unit)}` : number;
}

/** A rate of change: 0.0075 → "+0,8 %", -0.026 → "−2,6 %" (with U+2212 minus, as Intl writes it). */
export function formatRate(rate: number | null | undefined): string {
  return isFiniteNumber(rate) ? percentFormat.format(rate) : MISSING;
}

/** A signed difference with the indicator's decimals: "+256", "−1,7". */
export function formatSigned(value: number | null | undefined, decimals: number): string {
  if (!isFiniteNumber(value)) return MISSING;
  const digits = Math.max(0, Math.min(decimals, 6));
  let format = signedFormats.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits, signDisplay: 'exceptZero' });
    signedFormats.set(digits, format);
  }
  return format.format(value);
}

/**
 * A period as a person reads it: "2023" → "2023", "2023-Q4" → "4e trimestre 2023", "2024-S1" → "1er semestre 2024",
 * "2024-03" → "mars 2024". Anything else is shown as is.
 */
export function formatPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[2] === '1' ? '1er' : `${quarter[2]}e`} trimestre ${quarter[1]}`;
  const semester = /^(\d{4})-S([12])$/.exec(period);
  if (semester) return `${semester[2] === '1' ? '1er' : '2e'} semestre ${semester[1]}`;
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
  if (month) return monthFormat.format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  return period;
}

/** The first day of a period, for time axes: "2023-Q4" → 2023-10-01 (UTC); null if not a period. */
export function periodStart(period: string): Date | null {
  const match = /^(\d{4})(?:-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const part = match[2];
  let month = 0;
  if (part?.startsWith('Q')) month = (Number(part.slice(1)) - 1) * 3;
  else if (part?.startsWith('S')) month = (Number(part.slice(1)) - 1) * 6;
  else if (part) month = Number(part) - 1;
  return new Date(Date.UTC(year, month, 1));
}

/** A date (ISO string or Date) in words: "30 juin 2025". */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? MISSING : dateFormat.format(date);
}

const STATUS_LABELS: Record<string, string> = {
  definitive: 'définitive',
  provisional: 'provisoire',
  estimated: 'estimée',
  secret: 'secret statistique',
  restricted: 'accès restreint',
  missing: 'non disponible',
};

/** The French label of a value status ("provisional" → "provisoire"); null → "non disponible". */
export function statusLabel(status: string | null | undefined): string {
  if (status === null || status === undefined || status === '') return STATUS_LABELS['missing']!;
  return STATUS_LABELS[status] ?? status;
}

/** Whether a status means that no number may be shown. */
export function isHidden(status: string | null | undefined): boolean {
  return status === 'secret' || status === 'restricted';
}

/** What to show for a figure: its number and unit, or why there is none ("Secret statistique"). */
export function formatFigure(value: number | null | undefined, status: string | null | undefined, decimals: number, unit: string): string {
  if (status === 'secret') return 'Secret statistique';
  if (status === 'restricted') return 'Accès restreint';
  return isFiniteNumber(value) ? formatWithUnit(value, decimals, unit) : 'Non disponible';
}

const LEVEL_LABELS: Record<string, [string, string]> = {
  commune: ['commune', 'communes'],
  epci: ['EPCI', 'EPCI'],
  groupement: ['groupement', 'groupements'],
  departement: ['département', 'départements'],
  region: ['région', 'régions'],
  custom: ['zone personnalisée', 'zones personnalisées'],
};

/** "commune" → "commune" / "communes"; "epci" → "EPCI". */
export function levelLabel(level: string, plural = false): string {
  const labels = LEVEL_LABELS[level];
  return labels ? labels[plural ? 1 : 0] : level;
}

/** Accents and case ignored, for client-side search: "Béthune" → "bethune". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const compactFormat = new Intl.NumberFormat('fr-FR', { notation: 'compact', maximumFractionDigits: 1 });

/** Axis ticks: 2 300 000 → "2,3 M", 45 000 → "45 k", 850 → "850". */
export function formatCompact(value: number | null | undefined): string {
  return isFiniteNumber(value) ? compactFormat.format(value) : MISSING;
}

/**
 * The caveat of a figure summed over only part of its territory's communes: "sur 318 des 887 communes" (the
 * Pas-de-Calais' total of an indicator measured in the agency's perimeter only); '' when it covers them all or is
 * not an aggregate.
 */
export function coverageNote(coverage: Coverage | null | undefined): string {
  if (!coverage) return '';
  const of = Math.max(coverage.territoryCommunes, coverage.communes);
  if (coverage.communesWithValue >= of) return '';
  return `sur ${formatInteger(coverage.communesWithValue)} des ${formatInteger(of)} communes`;
}

const shareFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** A part of a whole, in %: share(137014, 275736) → "49,7 %"; "—" when either is missing or the whole is 0. */
export function formatShare(part: number | null | undefined, whole: number | null | undefined): string {
  if (!isFiniteNumber(part) || !isFiniteNumber(whole) || whole === 0) return MISSING;
  return shareFormat.format(part / whole);
}
