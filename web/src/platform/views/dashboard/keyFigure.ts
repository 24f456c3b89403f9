/** The key figure: the zone's value at the period, its status and coverage, and the references with their gap. */
import type { CompareResponse, IndicatorSummary } from '../../api/types';
import { formatFigure, formatInteger, formatPeriod, statusLabel } from '../../format';
import { h } from '../../ui/dom';
import { referenceGap } from './model';

export function keyFigureContent(answer: CompareResponse, ind: IndicatorSummary): HTMLElement[] {
  const subject = answer.territory;
  return [
    h(
      'div',
      { class: 'key-figure__main' },
      h('p', { class: 'key-figure__label' }, `${ind.label} — ${subject.territory.name}, ${formatPeriod(answer.period)}`),
      h(
        'p',
        { class: 'key-figure__value', 'data-testid': 'zone-value', 'data-value': subject.value ?? '', 'data-status': subject.status ?? '' },
        formatFigure(subject.value, subject.status, ind.decimals, ind.unit),
      ),
      h(
        'p',
        { class: 'key-figure__status' },
        `Valeur ${statusLabel(subject.status)}`,
        subject.coverage && subject.coverage.communesWithValue < subject.coverage.communes
          ? ` · ${formatInteger(subject.coverage.communesWithValue)} communes sur ${formatInteger(subject.coverage.communes)} renseignées`
          : '',
      ),
    ),
    h(
      'ul',
      { class: 'key-figure__refs', 'aria-label': 'Comparaison aux territoires de référence' },
      ...answer.references.map((r) =>
        h(
          'li',
          {},
          h('span', { class: 'key-figure__ref-name' }, r.territory.name),
          ' : ',
          formatFigure(r.value, r.status, ind.decimals, ind.unit),
          referenceGap(r, ind),
        ),
      ),
    ),
  ];
}
