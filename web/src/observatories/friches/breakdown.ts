/** The breakdown of a site's mutability score: each criterion's value, points (0–5), weight and contribution, and their total. */
import { h } from '../../platform/ui/dom';
import { formatDecimal } from '../../platform/format';
import type { ScoreLine } from './api';
import { breakdownTotal, weightTotal } from './domain';
import { criterionValue } from './facts';

const HEADERS = ['Critère', 'Valeur', 'Points (sur 5)', 'Poids', 'Contribution au score'];

export function renderBreakdown(lines: readonly ScoreLine[]): HTMLElement {
  const total = breakdownTotal(lines);
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Décomposition du score' },
    h(
      'table',
      { class: 'table breakdown' },
      h(
        'caption',
        {},
        `Décomposition du score de mutabilité : chaque critère note le site de 0 à 5 points ; le score est la moyenne des points pondérée, ramenée à 100.`,
      ),
      h('thead', {}, h('tr', {}, ...HEADERS.map((label, i) => h('th', { scope: 'col', class: i >= 2 ? 'num' : null }, label)))),
      h(
        'tbody',
        {},
        ...lines.map((line) =>
          h(
            'tr',
            { 'data-criterion': line.criterion },
            h('th', { scope: 'row' }, line.label),
            h('td', {}, criterionValue(line.criterion, line.value)),
            h(
              'td',
              { class: 'num', 'data-points': line.points },
              h('span', { class: 'points', 'aria-hidden': 'true', style: `--points:${line.points}` }),
              `${line.points}`,
            ),
            h('td', { class: 'num', 'data-weight': line.weight }, formatDecimal(line.weight, 2)),
            h('td', { class: 'num', 'data-contribution': line.contribution }, formatDecimal(line.contribution, 2)),
          ),
        ),
      ),
      h(
        'tfoot',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, 'Score'),
          h('td', {}, ''),
          h('td', { class: 'num' }, ''),
          h('td', { class: 'num' }, formatDecimal(weightTotal(lines), 2)),
          h('td', { class: 'num', 'data-testid': 'breakdown-total', 'data-value': total }, h('strong', {}, `${formatDecimal(total, 1)} / 100`)),
        ),
      ),
    ),
  );
}
