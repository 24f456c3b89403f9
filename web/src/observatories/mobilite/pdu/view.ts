/**
 * Suivi du PDU (/mobilite/pdu): the mobility plan's quantified objectives for its mid-term evaluation. The summary
 * first ("3 objectifs sur 5 dans la trajectoire"), then one card per objective: its status in words, its territory
 * and indicator, the baseline (T0), the target, the latest value, the value expected on the straight path and the share
 * of the way done; a small chart of the indicator with the path to the target dashed (Plot, loaded with the page's
 * first card on screen), and its values as a table.
 */
import './pdu.css';
import { apiAddress, loading, showError, simpleTable, tableAlternative } from '../../../platform/ui/components';
import type { Context, View } from '../../../platform/context';
import { loadCharts, Redraws } from '../../../platform/charts/panels';
import type { Route } from '../../../platform/routes';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';
import { h, replaceContent } from '../../../platform/ui/dom';
import { nearViewport } from '../../../platform/ui/nearViewport';
import type { Pdu, PduObjective } from './api';
import type { PduRoute } from './route';
import { progressWords, shareWords, statusWords, summaryDetail, summarySentence, targetWords, valueWords } from './words';

type Charts = typeof import('./chart');

const fact = (label: string, value: string, testid: string, raw?: number | null): HTMLElement =>
  h('div', { class: 'pdu-fact' }, h('dt', {}, label), h('dd', { 'data-testid': testid, ...(raw === undefined ? {} : { 'data-value': raw ?? '' }) }, value));

/** The chart's values: each year's indicator value and, from T0 to the horizon, the straight path's. */
function valuesTable(o: PduObjective): HTMLElement {
  const years = [...new Set([...o.series.map((p) => p.year), o.baseline.year, o.target.year])].sort((a, b) => a - b);
  const { baseline, target } = o;
  const onPath = (year: number): number | null =>
    baseline.value == null || target.value == null || year < baseline.year || year > target.year
      ? null
      : baseline.value + ((target.value - baseline.value) * (year - baseline.year)) / (target.year - baseline.year);
  return simpleTable(
    `${o.indicator?.label ?? o.label} — ${o.territory.name}`,
    ['Année', 'Valeur', 'Trajectoire vers l’objectif'],
    years.map((year) => [String(year), valueWords(o, o.series.find((p) => p.year === year)?.value), valueWords(o, onPath(year))]),
  );
}

function card(o: PduObjective, index: number): { element: HTMLElement; chart: HTMLElement } {
  const headingId = `pdu-objective-${index}`;
  const chart = h('div', { class: 'pdu-chart', 'data-testid': 'chart' }, loading('Chargement du graphique…'));
  const element = h(
    'article',
    { class: `pdu-card pdu-card--${o.status}`, 'aria-labelledby': headingId, 'data-code': o.code, 'data-status': o.status },
    h('h3', { id: headingId }, o.label),
    h('p', { class: `pdu-status pdu-status--${o.status}`, 'data-testid': 'status' }, statusWords(o)),
    h(
      'dl',
      { class: 'pdu-facts' },
      fact('Territoire', o.territory.name, 'territory'),
      fact('Indicateur', o.indicator?.label ?? `${o.label} (indicateur retiré du catalogue)`, 'indicator'),
      fact(
        `Point de départ (${o.baseline.year})`,
        valueWords(o, o.baseline.value) + (o.baseline.source === 'objective' ? ' (fixé par le plan)' : ''),
        'baseline',
        o.baseline.value,
      ),
      fact(`Objectif ${o.target.year}`, targetWords(o), 'target', o.target.value),
      fact(o.latest ? `Dernière valeur (${o.latest.year})` : 'Dernière valeur', valueWords(o, o.latest?.value), 'latest', o.latest?.value ?? null),
      fact(
        o.latest ? `Attendu en ${o.latest.year} sur la trajectoire` : 'Attendu sur la trajectoire',
        valueWords(o, o.expectedValue),
        'expected',
        o.expectedValue,
      ),
      fact('Avancement', progressWords(o), 'progress', o.progress),
    ),
    chart,
    tableAlternative('Les valeurs du graphique en tableau', valuesTable(o)),
    ...(o.demo ? [h('p', { class: 'note' }, 'Objectif de démonstration : il n’est pas celui du plan.')] : []),
  );
  return { element, chart };
}

function renderSummary(slot: HTMLElement, pdu: Pdu): void {
  const detail = summaryDetail(pdu.summary);
  replaceContent(
    slot,
    h('p', { class: 'pdu-summary__headline', 'data-testid': 'summary' }, summarySentence(pdu.summary)),
    ...(detail ? [h('p', { class: 'pdu-summary__detail' }, detail)] : []),
    h(
      'p',
      { class: 'note' },
      `Un objectif est dans la trajectoire quand le chemin parcouru depuis le point de départ est à ${shareWords(pdu.tolerance)} près celui ` +
        'd’une progression en ligne droite jusqu’à l’objectif (la part des années écoulées) ; en avance au-delà, en retard en deçà ou une fois ' +
        'l’échéance passée ; atteint quand la dernière valeur a atteint la cible.',
    ),
  );
}

export function mountPdu(container: HTMLElement, _initial: PduRoute, ctx: Context): View {
  let destroyed = false;
  const redraws = new Redraws();
  const summary = h('div', { class: 'pdu-summary', 'aria-live': 'polite' }, loading('Chargement des objectifs…'));
  const cards = h('div', { class: 'pdu-cards' });
  container.append(
    observatoryBreadcrumb('mobilite', 'Mobilité', 'Suivi du PDU'),
    h('h1', { tabindex: '-1' }, 'Suivi du plan de mobilité (PDU)'),
    h(
      'p',
      { class: 'lead' },
      'Les objectifs chiffrés du plan de mobilité du syndicat mixte des transports Artois Mobilités, chacun face à sa cible, pour l’évaluation à mi-parcours : les valeurs viennent des indicateurs de l’observatoire.',
    ),
    h('section', { class: 'block', 'aria-labelledby': 'pdu-bilan' }, h('h2', { id: 'pdu-bilan' }, 'Bilan à mi-parcours'), summary),
    h('section', { class: 'block', 'aria-labelledby': 'pdu-objectifs' }, h('h2', { id: 'pdu-objectifs' }, 'Les objectifs'), cards),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'pdu-api' },
      h('h2', { id: 'pdu-api' }, 'Les données'),
      ...apiAddress('/api/v1/mobilite/pdu', ctx.window.location.origin),
    ),
  );
  // Plot is loaded once the objectives near the screen: the summary comes first on a phone.
  const nearness = nearViewport(cards);
  const charts: Promise<Charts> = nearness.near.then(() => import('./chart'));

  async function load(): Promise<void> {
    try {
      const pdu = await ctx.client.getJson<Pdu>('/api/v1/mobilite/pdu');
      if (destroyed) return;
      renderSummary(summary, pdu);
      const drawn = pdu.objectives.map(card);
      replaceContent(cards, ...drawn.map((d) => d.element));
      if (pdu.objectives.length === 0) replaceContent(cards, h('p', {}, 'Aucun objectif à afficher.'));
      const module = await loadCharts(cards, { charts, redraws, live: () => !destroyed });
      if (!module) return;
      drawn.forEach(({ chart }, i) => redraws.draw(chart, chart, (width) => module.objectiveChart(pdu.objectives[i]!, { width })));
      cards.dataset['drawn'] = String(drawn.length);
    } catch (error) {
      if (destroyed) return;
      showError(summary, error, () => void load());
    }
  }

  void load();

  return {
    // One view of every objective: a new route is the same page.
    update(_next: Route) {},
    destroy() {
      destroyed = true;
      nearness.cancel();
      redraws.stop();
    },
  };
}
