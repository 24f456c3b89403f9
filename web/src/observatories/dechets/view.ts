/**
 * Flux de déchets et objectifs (/dechets): the household and similar waste of an EPCI (the CC du Ternois by default)
 * against the plans' targets — DMA per inhabitant against the AGEC's −15 % from 2010 to 2030, the recovery rate
 * against the LTECV's 55 % and 65 % — each in a chart with its path and a table saying whether the territory is on
 * track, then every stream's kg per inhabitant, its change since the first year and its recovery. The territory is in
 * the URL.
 */
import './dechets.css';
import { loadCharts, Redraws } from '../../platform/charts/panels';
import type { Context, View } from '../../platform/context';
import { formatDecimal, formatInteger, formatSigned } from '../../platform/format';
import { dashboardRoute, routeToUrl, type Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { apiAddress, loading, showError, simpleTable, tableAlternative } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { DMA, RECOVERY, type TargetFigures, type WasteStreams } from './api';
import { isStreamsRoute, type StreamsRoute } from './route';

type Charts = typeof import('./chart');

const PAGE = 'Flux de déchets et objectifs';

function section(headingId: string, heading: string, ...content: HTMLElement[]): HTMLElement {
  return h('section', { class: 'block', 'aria-labelledby': headingId }, h('h2', { id: headingId }, heading), ...content);
}

/** A figure with its exact value for tests and scripts. */
function figure(value: number | null | undefined, testid: string, words: string): HTMLElement {
  return h('span', { 'data-testid': testid, 'data-value': value ?? '' }, value == null ? '—' : words);
}

function onTrack(t: TargetFigures): HTMLElement {
  const words = t.onTrack == null ? 'non évaluable' : t.onTrack ? 'sur la trajectoire' : 'en retard sur la trajectoire';
  return h(
    'span',
    {
      class: `dechets-track dechets-track--${t.onTrack == null ? 'unknown' : t.onTrack ? 'yes' : 'no'}`,
      'data-testid': `on-track-${t.indicator}-${t.horizon}`,
    },
    words,
  );
}

function targetsTable(targets: readonly TargetFigures[], year: number, unit: string, caption: string): HTMLElement {
  return simpleTable(
    caption,
    ['Objectif', 'Échéance', 'Valeur cible', `Trajectoire en ${year}`, `Valeur ${year}`, 'Situation'],
    targets.map((t) => [
      h('span', {}, t.label, h('br', {}), h('a', { href: t.sourceUrl, class: 'dechets-source' }, t.document)),
      String(t.horizon),
      figure(t.value, `target-${t.indicator}-${t.horizon}`, `${formatDecimal(t.value)} ${unit}`),
      figure(t.pathValue, `path-${t.indicator}-${t.horizon}`, `${formatDecimal(t.pathValue)} ${unit}`),
      figure(t.latestValue, `latest-${t.indicator}-${t.horizon}`, `${formatDecimal(t.latestValue)} ${unit}`),
      onTrack(t),
    ]),
  );
}

function seriesTable(series: WasteStreams['dmaKgPerInhabitant'], unit: string, caption: string): HTMLElement {
  return simpleTable(
    caption,
    ['Année', unit],
    series.map((y) => [String(y.year), formatDecimal(y.value)]),
  );
}

function render(slot: HTMLElement, data: WasteStreams, charts: Charts, redraws: Redraws): void {
  const dmaTargets = data.targets.filter((t) => t.indicator === DMA);
  const rateTargets = data.targets.filter((t) => t.indicator === RECOVERY);
  const dmaFigure = h('div', { class: 'dechets-chart' });
  const rateFigure = h('div', { class: 'dechets-chart' });
  const streams = simpleTable(
    `Flux de déchets en ${data.year}, comparés à ${data.baseYear}`,
    ['Flux', 'Tonnes collectées', `kg/hab. ${data.year}`, `kg/hab. ${data.baseYear}`, 'Évolution', 'Taux de valorisation'],
    data.streams.map((s) => [
      h('span', {}, s.label, h('span', { class: 'dechets-where' }, ` (${s.where}${s.inert ? ', inerte : hors taux de valorisation' : ''})`)),
      formatInteger(s.tonnesCollected),
      figure(s.kgPerInhabitant, `kg-${s.stream}`, formatDecimal(s.kgPerInhabitant)),
      formatDecimal(s.baseKgPerInhabitant),
      figure(s.changePercent, `change-${s.stream}`, `${formatSigned(s.changePercent, 1)} %`),
      figure(s.recoveryRate, `recovery-${s.stream}`, `${formatDecimal(s.recoveryRate)} %`),
    ]),
  );
  replaceContent(
    slot,
    data.demo ? h('p', { class: 'notice', 'data-testid': 'demo' }, 'Données de démonstration : les tonnages réels ne sont pas encore chargés.') : h('span', {}),
    h('h3', {}, 'Déchets ménagers et assimilés par habitant'),
    dmaFigure,
    targetsTable(dmaTargets, data.year, 'kg/hab.', 'Objectif de réduction des déchets ménagers et assimilés'),
    tableAlternative('Voir la série en tableau', seriesTable(data.dmaKgPerInhabitant, 'kg/hab./an', 'Déchets ménagers et assimilés par habitant')),
    h('h3', {}, 'Taux de valorisation matière et organique'),
    rateFigure,
    targetsTable(rateTargets, data.year, '%', 'Objectifs de valorisation matière et organique'),
    tableAlternative('Voir la série en tableau', seriesTable(data.recoveryRate, '%', 'Taux de valorisation matière et organique (hors gravats)')),
    h('h3', {}, 'Par flux'),
    streams,
    h(
      'p',
      { class: 'note' },
      `kg par habitant : Σ tonnes ÷ population (${formatInteger(data.population)} habitants, population légale du référentiel). ` +
        'Taux de valorisation : Σ tonnes valorisées ÷ Σ tonnes collectées, hors gravats (déchets inertes, hors du champ de l’objectif). ' +
        'Trajectoire : la droite de l’année de référence à l’objectif ; « sur la trajectoire » quand la dernière valeur l’atteint.',
    ),
  );
  redraws.draw(slot, dmaFigure, (width) =>
    charts.targetChart(data.dmaKgPerInhabitant, dmaTargets, { width, label: 'Déchets ménagers et assimilés par habitant', unit: 'kg/hab.' }),
  );
  redraws.draw(slot, rateFigure, (width) =>
    charts.targetChart(data.recoveryRate, rateTargets, { width, label: 'Taux de valorisation matière et organique', unit: '%' }),
  );
}

export function mountStreams(container: HTMLElement, initial: StreamsRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  const redraws = new Redraws();
  const charts: Promise<Charts> = import('./chart');
  // The territory's line is there from the first paint (empty): its name does not push the page down when it arrives.
  const title = h('h1', { tabindex: '-1' }, PAGE, ' ', h('span', { class: 'dechets-title__territory' }));
  const body = h('div', { class: 'dechets-body', 'aria-live': 'polite' }, loading('Chargement des tonnages…'));
  const downloads = h('div', { class: 'downloads' });
  const dashboard = routeToUrl(dashboardRoute('dechets', {}));
  container.append(
    observatoryBreadcrumb('dechets', 'Déchets', PAGE),
    title,
    h(
      'p',
      { class: 'lead' },
      'Les déchets ménagers et assimilés collectés par flux, rapportés à la population, et le taux de valorisation, comparés aux objectifs de la loi AGEC et de la LTECV repris par le plan régional de prévention et de gestion des déchets des Hauts-de-France.',
    ),
    h('p', {}, h('a', { href: dashboard, 'data-testid': 'dashboard' }, 'Tous les indicateurs de l’observatoire (tableau de bord)')),
    section('streams-title', 'Objectifs et flux', body),
    section('streams-download-title', 'Réutiliser', downloads),
  );

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    const { territory } = route;
    const path = `/api/v1/dechets/streams/${territory}`;
    replaceContent(downloads, ...apiAddress(path, ctx.window.location.origin));
    try {
      const data = await ctx.client.get({ path: '/api/v1/dechets/streams/{territory}', params: { territory } });
      if (!live()) return;
      title.replaceChildren(PAGE, ' ', h('span', { class: 'dechets-title__territory' }, `— ${data.territory.name}`));
      ctx.setTitle(`${PAGE} — ${data.territory.name}`);
      const module = await loadCharts(body, { charts, redraws, live });
      if (!module) return;
      render(body, data, module, redraws);
    } catch (error) {
      if (!live()) return;
      showError(body, error, () => void load());
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isStreamsRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.territory !== next.territory) {
        redraws.stop();
        void load();
      }
    },
    destroy() {
      destroyed = true;
      generation++;
      redraws.stop();
    },
  };
}
