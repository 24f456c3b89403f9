/**
 * The dashboard's key figures, from the platform's series of the commerce indicators (one period per survey year):
 * each figure's latest value and its change since the survey before, counts in number, rates in points.
 */
import type { Series } from '../../platform/api/types';
import { formatDecimal, formatPeriod, formatSigned, MISSING } from '../../platform/format';
import { count, direction, percent, points } from './words';

export type FigureKind = 'count' | 'rate' | 'ratio';

export interface KeyFigureDefinition {
  code: string;
  testId: string;
  label: string;
  kind: FigureKind;
}

export const KEY_FIGURES: readonly KeyFigureDefinition[] = [
  { code: 'commerce.cellules', testId: 'cells', label: 'Cellules commerciales relevées', kind: 'count' },
  { code: 'commerce.cellules_actives', testId: 'active', label: 'Commerces actifs', kind: 'count' },
  { code: 'commerce.commerces_pour_1000_hab', testId: 'per-1000', label: 'Commerces pour 1 000 habitants', kind: 'ratio' },
  { code: 'commerce.taux_vacance', testId: 'vacancy', label: 'Taux de vacance commerciale', kind: 'rate' },
  { code: 'commerce.part_alimentaire', testId: 'food-share', label: 'Part de l’alimentaire dans les commerces actifs', kind: 'rate' },
];

export interface KeyFigure {
  definition: KeyFigureDefinition;
  period: string | null;
  value: number | null;
  previousPeriod: string | null;
  previous: number | null;
}

/** The latest point with a value and the one before it. */
export function keyFigure(definition: KeyFigureDefinition, series: Series | undefined): KeyFigure {
  const known = (series?.points ?? []).filter((p) => p.value != null);
  const latest = known.at(-1);
  const before = known.at(-2);
  return {
    definition,
    period: latest?.period ?? null,
    value: latest?.value ?? null,
    previousPeriod: before?.period ?? null,
    previous: before?.value ?? null,
  };
}

export function formatFigure(kind: FigureKind, value: number | null | undefined): string {
  if (value == null) return MISSING;
  return kind === 'count' ? count(value) : kind === 'rate' ? percent(value) : formatDecimal(value, 1);
}

/** "+12 (310 en 2021), en hausse"; a rate's change in points: "+1,4 pt (11,8 % en 2021), en hausse". */
export function changeText(figure: KeyFigure): string {
  if (figure.value == null || figure.previous == null || figure.previousPeriod == null) return 'pas de relevé précédent';
  const difference = figure.value - figure.previous;
  const signed =
    figure.definition.kind === 'rate' ? points(difference) : figure.definition.kind === 'count' ? formatSigned(difference, 0) : formatSigned(difference, 1);
  return `${signed} (${formatFigure(figure.definition.kind, figure.previous)} en ${formatPeriod(figure.previousPeriod)}), ${direction(Math.round(difference * 10) / 10)}`;
}
