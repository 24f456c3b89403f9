/**
 * The key figure: the zone's value at the period, its status and coverage, and the references with their gap (rates
 * and means) and, for a total over only part of their communes, how many it covers.
 */
import type { CompareResponse, IndicatorSummary } from '../../api/types';
import { coverageNote, formatFigure, formatPeriod, statusLabel } from '../../format';
import { h } from '../../ui/dom';
import { peersSentence, referenceGap } from './model';

export function keyFigureContent(answer: CompareResponse, ind: IndicatorSummary): HTMLElement[] {
  const subject = answer.territory;
  const note = coverageNote(subject.coverage);
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
      h('p', { class: 'key-figure__status' }, `Valeur ${statusLabel(subject.status)}`, note ? ` · ${note}` : ''),
    ),
    h(
      'ul',
      { class: 'key-figure__refs', 'aria-label': 'Comparaison aux territoires de référence' },
      ...answer.references.map((r) => {
        const partial = coverageNote(r.coverage);
        return h(
          'li',
          { 'data-territory': r.territory.id },
          h('span', { class: 'key-figure__ref-name' }, r.territory.name),
          ' : ',
          formatFigure(r.value, r.status, ind.decimals, ind.unit),
          partial ? h('span', { class: 'coverage-note' }, ` (${partial})`) : '',
          referenceGap(r, ind),
          r.members ? h('span', { class: 'key-figure__members', 'data-testid': 'peer-members' }, ` — ${peersSentence(r.members)}`) : '',
        );
      }),
    ),
  ];
}
