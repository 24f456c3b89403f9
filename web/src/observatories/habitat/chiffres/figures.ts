/**
 * A key figure of the housing page from the platform's series route (the territory's series and the département's):
 * the territory's latest value, its change since the series' first year, and the département's value that year.
 * A secret value (LOVAC's long-term vacancy under 11 dwellings) is said as such, never shown.
 */
import type { IndicatorSummary, SeriesResponse } from '../../../platform/api/types';
import { formatSigned, formatWithUnit, MISSING } from '../../../platform/format';

export const DEPARTEMENT = 'departement:62';

/** The indicators of the key figures, in the page's order. */
export const KEY_INDICATORS = [
  'habitat.logements',
  'habitat.taux_vacance',
  'habitat.taux_vacance_longue',
  'habitat.part_logements_sociaux',
  'habitat.part_passoires',
  'habitat.taille_menages',
] as const;

/** The construction series: dwellings authorised and started (Sitadel). */
export const CONSTRUCTION = ['habitat.logements_autorises', 'habitat.logements_commences'] as const;

export interface KeyFigure {
  indicator: IndicatorSummary;
  /** The latest period with a value or a status for the territory; null without any. */
  period: string | null;
  value: number | null;
  secret: boolean;
  /** The first period with a value, and the change from it to `period` (in the indicator's unit). */
  since: string | null;
  change: number | null;
  /** The département's value at `period`. */
  departement: number | null;
}

/** The key figure of `territory` in a series answer holding its series and, unless it is the département, the département's. */
export function keyFigure(answer: SeriesResponse, territory: string): KeyFigure {
  const own = answer.series.find((s) => s.territory.id === territory);
  const reference = answer.series.find((s) => s.territory.id === DEPARTEMENT);
  const points = own?.points ?? [];
  const latest = [...points].reverse().find((p) => p.value != null || p.status === 'secret') ?? null;
  const first = points.find((p) => p.value != null) ?? null;
  const value = latest?.value ?? null;
  const change = value != null && first && first.period !== latest!.period ? value - first.value! : null;
  return {
    indicator: answer.indicator,
    period: latest?.period ?? null,
    value,
    secret: latest?.status === 'secret',
    since: change == null ? null : first!.period,
    change,
    departement: latest ? (reference?.points.find((p) => p.period === latest.period)?.value ?? null) : null,
  };
}

/** The figure as shown: "21,4 %", "2,31 personnes par ménage", or "secret statistique". */
export function figureWords(figure: KeyFigure): string {
  if (figure.secret) return 'secret statistique';
  return figure.value == null ? MISSING : formatWithUnit(figure.value, figure.indicator.decimals, figure.indicator.unit);
}

/** Its change in the indicator's unit: "−0,08 depuis 2013", "+1,2 point depuis 2013"; '' without one. */
export function changeWords(figure: KeyFigure): string {
  if (figure.change == null || figure.since == null) return '';
  const unit = figure.indicator.unit === '%' ? ` point${Math.abs(figure.change) >= 2 ? 's' : ''}` : '';
  return `${formatSigned(figure.change, figure.indicator.decimals)}${unit} depuis ${figure.since}`;
}
