/**
 * The risk matrix as a heat-map table: one row per territory, one column per risk; each cell says its class in words
 * and its score (exposure × vulnerability) on the class's colour, so that colour is never the only carrier; a cell
 * with a figure the caller may not see says « réservé ».
 */
import { formatDecimal } from '../../platform/format';
import { h } from '../../platform/ui/dom';
import type { RiskCell, RiskColumn, RiskMatrix } from './api';

/** The classes' colours (a sequential, colour-blind-safe orange-red scale) and the text each needs for contrast. */
export const CLASS_COLOURS: Readonly<Record<string, { fill: string; text: string }>> = {
  faible: { fill: '#fef0d9', text: '#161616' },
  modéré: { fill: '#fdcc8a', text: '#161616' },
  fort: { fill: '#d7301f', text: '#ffffff' },
  'très fort': { fill: '#990000', text: '#ffffff' },
};
export const NO_CLASS = { fill: '#e0e0e0', text: '#161616' };

export function cellWords(cell: RiskCell): string {
  if (cell.status === 'restricted') return 'réservé';
  if (cell.score === null || cell.score === undefined || !cell.class) return 'sans donnée';
  return `${cell.class} (${formatDecimal(cell.score, 2)})`;
}

export function cellColour(cell: RiskCell): { fill: string; text: string } {
  return (cell.class ? CLASS_COLOURS[cell.class] : undefined) ?? NO_CLASS;
}

function basisWords(column: RiskColumn): string {
  const e = column.exposure;
  const v = column.vulnerability;
  const name = (b: RiskColumn['exposure']): string => b.indicator?.label ?? 'indicateur réservé';
  return `Exposition : ${name(e)} (${formatDecimal(e.low, 1)} → ${formatDecimal(e.high, 1)}) ; vulnérabilité : ${name(v)} (${formatDecimal(v.low, 1)} → ${formatDecimal(v.high, 1)}${v.reversed ? ', inversée' : ''}).`;
}

export function riskTable(matrix: RiskMatrix): HTMLElement {
  const caption = `Matrice des risques ${matrix.within?.names.of ?? ''} : classe et score (exposition × vulnérabilité, de 0 à 1) par territoire et par risque`;
  return h(
    'div',
    { class: 'table-wrap transitions-matrix', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'table' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Territoire'),
          ...matrix.risks.map((r) => h('th', { scope: 'col', title: basisWords(r), 'data-risk': r.code }, r.label)),
        ),
      ),
      h(
        'tbody',
        {},
        ...matrix.rows.map((row) =>
          h(
            'tr',
            { 'data-territory': row.territory.id },
            h('th', { scope: 'row' }, row.territory.name),
            ...row.cells.map((cell) => {
              const colour = cellColour(cell);
              return h('td', { 'data-risk': cell.risk, 'data-status': cell.status, style: `background:${colour.fill};color:${colour.text}` }, cellWords(cell));
            }),
          ),
        ),
      ),
    ),
  );
}

/** How each risk is scored, in a list under the table. */
export function riskBases(matrix: RiskMatrix): HTMLElement {
  return h('ul', { class: 'transitions-bases' }, ...matrix.risks.map((r) => h('li', {}, h('strong', {}, r.label), ' — ', basisWords(r), ' ', r.rationale)));
}

export function classLegend(matrix: RiskMatrix): HTMLElement {
  return h(
    'ul',
    { class: 'transitions-legend', 'aria-label': 'Classes du score' },
    ...matrix.classes.map((c) => {
      const colour = CLASS_COLOURS[c.label] ?? NO_CLASS;
      return h(
        'li',
        {},
        h('span', { class: 'transitions-swatch', style: `background:${colour.fill}`, 'aria-hidden': 'true' }),
        `${c.label} : de ${formatDecimal(c.from, 2)} à ${formatDecimal(c.to, 2)}`,
      );
    }),
    h('li', {}, h('span', { class: 'transitions-swatch', style: `background:${NO_CLASS.fill}`, 'aria-hidden': 'true' }), 'sans donnée ou réservé'),
  );
}
