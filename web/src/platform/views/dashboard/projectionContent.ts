/**
 * The projection panel's content, loaded with Plot when the panel nears the screen: the sentences a reader takes away,
 * the chart and its table.
 */
import { projectionChart, type ProjectionResponse } from '../../charts/projectionChart';
import { formatDecimal, formatPeriod, formatValue } from '../../format';
import { simpleTable, tableAlternative } from '../../ui/components';
import { h, replaceContent } from '../../ui/dom';

/** "12 400 habitants (entre 11 900 et 12 900)". */
export function withBand(value: number, low: number, high: number, decimals: number, unit: string): string {
  return `${formatValue(value, decimals)} ${unit} (entre ${formatValue(low, decimals)} et ${formatValue(high, decimals)})`;
}

/** The lines a reader takes away: what the pace gives at each milestone, then each target and whether it is met. */
export function projectionSentences(answer: ProjectionResponse): { milestones: string; targets: string[] } {
  const { decimals, unit } = answer.indicator;
  const milestones = answer.milestones.map((m) => `${withBand(m.value, m.low, m.high, decimals, unit)} en ${formatPeriod(m.period)}`).join(' ; ');
  return {
    milestones: `Au rythme de ${formatPeriod(answer.window.from)}–${formatPeriod(answer.window.to)} : ${milestones}.`,
    targets: answer.targets.map((t) => {
      const aim = `${t.label} : ${t.bound === 'at_most' ? 'au plus' : 'au moins'} ${formatValue(t.value, decimals)} ${unit} en ${formatPeriod(t.period)} (${t.document})`;
      if (t.projected == null) return `${aim}.`;
      return `${aim} — au rythme actuel, ${formatValue(t.projected, decimals)} ${unit} : ${t.onCourse ? 'objectif atteint' : 'objectif non atteint'}.`;
    }),
  };
}

/** The chart's table: the observed values, then the projection with its band. */
export function projectionTableRows(answer: ProjectionResponse): string[][] {
  const { decimals } = answer.indicator;
  return [
    ...answer.observed.map((o) => [formatPeriod(o.period), 'observé', formatValue(o.value, decimals), '', '']),
    ...answer.projection.map((p) => [
      formatPeriod(p.period),
      'projeté',
      formatValue(p.value, decimals),
      formatValue(p.low, decimals),
      formatValue(p.high, decimals),
    ]),
  ];
}

/** Fills the panel's slot: the note, what the pace gives, the targets, the chart, the fit and the table. */
export function renderProjection(slot: HTMLElement, answer: ProjectionResponse, csvUrl: string): void {
  const sentences = projectionSentences(answer);
  const fit = answer.fit;
  const figure = h('figure', { class: 'projection__figure' });
  const table = simpleTable(
    `Valeurs observées et projetées : ${answer.indicator.label} (${answer.indicator.unit})`,
    ['Période', 'Nature', 'Valeur', 'Bas de la fourchette', 'Haut de la fourchette'],
    projectionTableRows(answer),
    2,
  );
  replaceContent(
    slot,
    h(
      'p',
      { class: 'note projection-note' },
      h('strong', {}, 'Projection, pas une donnée : '),
      `le prolongement de la dynamique observée de ${formatPeriod(answer.window.from)} à ${formatPeriod(answer.window.to)} (${answer.window.points} valeurs) par ${answer.method.label.toLowerCase()}. ${answer.method.description} `,
      `La fourchette contient une valeur future 95 fois sur 100 si la dynamique se maintient.`,
    ),
    h('p', { 'data-testid': 'projection-milestones' }, sentences.milestones),
    sentences.targets.length > 0
      ? h('ul', { class: 'projection-targets', 'data-testid': 'projection-targets' }, ...sentences.targets.map((t) => h('li', {}, t)))
      : null,
    figure,
    h(
      'p',
      { class: 'note' },
      `Qualité de l’ajustement : R² = ${formatDecimal(fit.rSquared, 2)}, écart moyen aux valeurs observées ${formatValue(fit.rmse, answer.indicator.decimals)} ${answer.indicator.unit}`,
      answer.window.leftOut.length > 0 ? ` ; périodes sans valeur publiée, écartées : ${answer.window.leftOut.map(formatPeriod).join(', ')}` : '',
      '. ',
      h('a', { href: csvUrl, download: '' }, 'Télécharger la projection (CSV)'),
      ' · ',
      h('a', { href: csvUrl.replace('format=csv', 'format=xlsx'), download: '' }, 'tableur (XLSX)'),
    ),
    tableAlternative('Afficher la projection sous forme de tableau', table),
  );
  figure.replaceChildren(projectionChart(answer, { width: Math.max(280, Math.floor(slot.clientWidth || 600)) }));
}
