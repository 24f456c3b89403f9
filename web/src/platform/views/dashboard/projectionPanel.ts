/**
 * The projection panel ("Projection à 2030 et 2050"): the zone's series carried on by the method chosen (in the URL),
 * what it gives in 2030 and 2050 with its band, the fit's quality, the targets plans set and whether the current pace
 * meets them, the chart and its table. Loaded when it nears the screen; a projection is always said to be one.
 */
import { ApiError } from '../../api/client';
import type { ProjectionResponse } from '../../charts/projectionChart';
import { formatDecimal, formatPeriod, formatValue } from '../../format';
import type { ProjectionMethod } from '../../routes';
import { loading, selectField, showError, simpleTable, tableAlternative } from '../../ui/components';
import { h, replaceContent } from '../../ui/dom';
import { nearViewport } from '../../ui/nearViewport';

const METHODS: { value: ProjectionMethod | ''; label: string }[] = [
  { value: '', label: 'Automatique (modèle borné pour une part, tendance linéaire sinon)' },
  { value: 'linear', label: 'Tendance linéaire' },
  { value: 'compound', label: 'Croissance composée' },
  { value: 'bounded', label: 'Modèle borné (parts, entre 0 et 100 %)' },
];

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

/** The method in the URL, and whether the indicator is a share (the bounded model is offered for shares only). */
export interface MethodChoice {
  method: ProjectionMethod | null;
  share: boolean;
}

export interface ProjectionPanel {
  readonly element: HTMLElement;
  /** Shows the projection once it comes (unless a newer one was asked meanwhile); a 422 says why there is none. */
  load(request: () => Promise<ProjectionResponse>, csvUrl: string, choice: MethodChoice, retry: () => void): Promise<void>;
  destroy(): void;
}

type Chart = (answer: ProjectionResponse, size: { width: number }) => Element;

/** `onMethod` receives the method chosen (null: the API's default). */
export function mountProjectionPanel(onMethod: (method: ProjectionMethod | null) => void): ProjectionPanel {
  const options = h('div', { class: 'chart-options' });
  const slot = h('div', { class: 'projection' }, loading('Chargement de la projection…'));
  const element = h(
    'section',
    { class: 'block', 'aria-labelledby': 'projection-title' },
    h('h2', { id: 'projection-title' }, 'Projection à 2030 et 2050'),
    options,
    slot,
  );
  const nearness = nearViewport(slot);
  let generation = 0;

  function draw(answer: ProjectionResponse, csvUrl: string, chart: Chart): void {
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
      ),
      tableAlternative('Afficher la projection sous forme de tableau', table),
    );
    figure.replaceChildren(chart(answer, { width: Math.max(280, Math.floor(slot.clientWidth || 600)) }));
  }

  return {
    element,
    async load(request, csvUrl, { method, share }, retry) {
      const mine = ++generation;
      const methods = METHODS.filter((m) => share || m.value !== 'bounded');
      replaceContent(
        options,
        selectField('Méthode de projection', 'projection', methods, method ?? '', (value) => onMethod(value === '' ? null : (value as ProjectionMethod))).field,
      );
      replaceContent(slot, loading('Chargement de la projection…'));
      try {
        await nearness.near;
        const [answer, charts] = await Promise.all([request(), import('../../charts/projectionChart')]);
        if (mine === generation) draw(answer, csvUrl, charts.projectionChart);
      } catch (error) {
        if (mine !== generation) return;
        if (error instanceof ApiError && (error.status === 422 || error.status === 400))
          replaceContent(slot, h('p', { class: 'note' }, `Pas de projection : ${error.message}`));
        else showError(slot, error, retry);
      }
    },
    destroy() {
      generation++;
      nearness.cancel();
    },
  };
}
