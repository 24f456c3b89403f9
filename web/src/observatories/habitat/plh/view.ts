/**
 * Suivi du PLH (/habitat/plh): the objectives of the CALL's Programme Local de l'Habitat (or another EPCI's, from the
 * URL) for its yearly review. The summary first ("2 objectifs sur 4 dans la trajectoire"), then one card per
 * objective: its status in words, its indicator, its target (a quantity every year, or a value at the horizon), what
 * is done, the value expected by now and the share of the way; a small chart (the path to the target dashed; Plot,
 * loaded with the first card on screen) and its values as a table.
 */
import '../habitat.css';
import { loadCharts, Redraws } from '../../../platform/charts/panels';
import type { Context, View } from '../../../platform/context';
import type { Route } from '../../../platform/routes';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';
import { apiAddress, loading, showError, simpleTable, tableAlternative } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import { nearViewport } from '../../../platform/ui/nearViewport';
import type { Plh, PlhObjective } from '../api';
import { pageTitle, section } from '../layout';
import { CALL, isPlhRoute, plhRoute, plhUrl, type PlhRoute } from '../route';
import { chartLines, doneWords, progressWords, shareWords, statusWords, summaryDetail, summarySentence, targetWords, valueWords } from './words';

type Charts = typeof import('./chart');

const PAGE = 'Suivi du PLH';

const fact = (label: string, value: string, testid: string, raw?: number | null): HTMLElement =>
  h('div', { class: 'plh-fact' }, h('dt', {}, label), h('dd', { 'data-testid': testid, ...(raw === undefined ? {} : { 'data-value': raw ?? '' }) }, value));

/** The chart's values: each year's value, and for a yearly objective the running total against the one expected. */
function valuesTable(o: PlhObjective): HTMLElement {
  const caption = `${o.indicator?.label ?? o.label} — ${o.territory.name}`;
  if (o.kind === 'yearly') {
    const totals = chartLines(o).values;
    const years: number[] = [];
    for (let y = o.baselineYear; y <= o.horizonYear; y++) years.push(y);
    return simpleTable(
      caption,
      ['Année', 'Valeur', 'Cumul depuis le début', 'Cumul attendu'],
      years.map((y) => [
        String(y),
        valueWords(o, o.series.find((p) => p.year === y)?.value),
        valueWords(o, totals.find((p) => p.year === y)?.value),
        valueWords(o, o.targetValue * (y - o.baselineYear + 1)),
      ]),
    );
  }
  const years = [...new Set([...o.series.map((p) => p.year), o.baselineYear, o.horizonYear])].sort((a, b) => a - b);
  const onPath = (year: number): number | null =>
    o.baselineValue == null || year < o.baselineYear || year > o.horizonYear
      ? null
      : o.baselineValue + ((o.targetValue - o.baselineValue) * (year - o.baselineYear)) / (o.horizonYear - o.baselineYear);
  return simpleTable(
    caption,
    ['Année', 'Valeur', 'Trajectoire vers l’objectif'],
    years.map((year) => [String(year), valueWords(o, o.series.find((p) => p.year === year)?.value), valueWords(o, onPath(year))]),
  );
}

function card(o: PlhObjective, index: number): { element: HTMLElement; chart: HTMLElement } {
  const headingId = `plh-objective-${index}`;
  const chart = h('div', { class: 'plh-chart', 'data-testid': 'chart' }, loading('Chargement du graphique…'));
  const yearly = o.kind === 'yearly';
  const element = h(
    'article',
    { class: `plh-card plh-card--${o.status}`, 'aria-labelledby': headingId, 'data-code': o.code, 'data-status': o.status },
    h('h3', { id: headingId }, o.label),
    h('p', { class: `plh-status plh-status--${o.status}`, 'data-testid': 'status' }, statusWords(o)),
    h(
      'dl',
      { class: 'plh-facts' },
      fact('Indicateur', o.indicator?.label ?? `${o.label} (indicateur retiré du catalogue)`, 'indicator'),
      ...(yearly
        ? []
        : [
            fact(
              `Point de départ (${o.baselineYear})`,
              valueWords(o, o.baselineValue) + (o.baselineSource === 'objective' ? ' (fixé par le programme)' : ''),
              'baseline',
              o.baselineValue,
            ),
          ]),
      fact('Objectif', targetWords(o), 'target', yearly ? o.targetTotal : o.targetValue),
      fact(yearly ? 'Réalisé' : o.latest ? `Dernière valeur (${o.latest.year})` : 'Dernière valeur', doneWords(o), 'done', o.done),
      fact(
        o.latest ? `Attendu en ${o.latest.year}` : 'Attendu',
        yearly && o.expected != null ? `${valueWords(o, o.expected)} depuis ${o.baselineYear}` : valueWords(o, o.expected),
        'expected',
        o.expected,
      ),
      fact('Avancement', progressWords(o), 'progress', o.progress),
    ),
    chart,
    tableAlternative('Les valeurs du graphique en tableau', valuesTable(o)),
    ...(o.demo ? [h('p', { class: 'note' }, 'Objectif de démonstration : il n’est pas celui du programme.')] : []),
  );
  return { element, chart };
}

function renderSummary(slot: HTMLElement, plh: Plh): void {
  const detail = summaryDetail(plh.summary);
  replaceContent(
    slot,
    h('p', { class: 'plh-summary__headline', 'data-testid': 'summary' }, summarySentence(plh.summary)),
    ...(detail ? [h('p', {}, detail)] : []),
    ...(plh.territory.id === CALL || plh.objectives.length > 0
      ? []
      : [h('p', {}, h('a', { href: plhUrl(plhRoute()), 'data-nav': '' }, 'Voir le programme de la Communauté d’agglomération de Lens-Liévin'))]),
    h(
      'p',
      { class: 'note' },
      `Un objectif est dans la trajectoire quand la part du chemin parcouru est à ${shareWords(plh.tolerance)} près celle des années écoulées ` +
        'du programme ; en avance au-delà, en retard en deçà ou une fois l’échéance passée ; atteint quand la cible est atteinte. ' +
        'Pour un objectif annuel, le cumul des valeurs depuis le début du programme est comparé à l’objectif multiplié par les années écoulées.',
    ),
  );
}

export function mountPlh(container: HTMLElement, initial: PlhRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  const redraws = new Redraws();
  const title = h('h1', { tabindex: '-1' }, ...pageTitle('Suivi du Programme Local de l’Habitat', null));
  const summary = h('div', { class: 'plh-summary', 'aria-live': 'polite' }, loading('Chargement des objectifs…'));
  const cards = h('div', { class: 'plh-cards' });
  const downloads = h('div', { class: 'downloads' });
  container.append(
    observatoryBreadcrumb('habitat', 'Habitat', PAGE),
    title,
    h(
      'p',
      { class: 'lead' },
      'Les objectifs chiffrés du Programme Local de l’Habitat, chacun face à sa cible, pour son bilan annuel : les valeurs viennent des indicateurs de l’observatoire, calculées pour le territoire du programme.',
    ),
    section('plh-bilan', 'Bilan', summary),
    section('plh-objectifs', 'Les objectifs', cards),
    section('plh-api', 'Les données', downloads),
  );
  const nearness = nearViewport(cards);
  const charts: Promise<Charts> = nearness.near.then(() => import('./chart'));

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    const territory = route.territory;
    replaceContent(downloads, ...apiAddress(`/api/v1/habitat/plh/${territory}`, ctx.window.location.origin));
    try {
      const plh = await ctx.client.get({ path: '/api/v1/habitat/plh/{territory}', params: { territory } });
      if (!live()) return;
      title.replaceChildren(...pageTitle('Suivi du Programme Local de l’Habitat', plh.territory.name));
      ctx.setTitle(`${PAGE} — ${plh.territory.name}`);
      renderSummary(summary, plh);
      const drawn = plh.objectives.map(card);
      replaceContent(cards, ...drawn.map((d) => d.element));
      if (plh.objectives.length === 0) replaceContent(cards, h('p', {}, 'Aucun objectif à afficher.'));
      const module = await loadCharts(cards, { charts, redraws, live });
      if (!module) return;
      drawn.forEach(({ chart }, i) => redraws.draw(chart, chart, (width) => module.objectiveChart(plh.objectives[i]!, { width })));
      cards.dataset['drawn'] = String(drawn.length);
    } catch (error) {
      if (!live()) return;
      showError(summary, error, () => void load());
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isPlhRoute(next) || next.territory === route.territory) return;
      route = next;
      redraws.stop();
      void load();
    },
    destroy() {
      destroyed = true;
      generation++;
      nearness.cancel();
      redraws.stop();
    },
  };
}
