/**
 * Chiffres clés de l'habitat (/habitat): for a commune, an EPCI, a groupement or the département, the housing stock,
 * vacancy and long-term vacancy, the share of social housing, the share of DPE F and G, the household size with its
 * change, each against the Pas-de-Calais (the platform's series route, one request per indicator), then the dwellings
 * authorised and started each year (the platform's series chart, with its table), and the links to the prices and
 * the PLH follow-up. The territory is in the URL.
 */
import '../habitat.css';
import { loadCharts, Redraws } from '../../../platform/charts/panels';
import { seriesStyle } from '../../../platform/charts/palette';
import type { Series, SeriesResponse } from '../../../platform/api/types';
import type { Context, TerritoryChoices, View } from '../../../platform/context';
import { coverageNote, formatInteger, formatWithUnit } from '../../../platform/format';
import { dashboardRoute, routeToUrl, type Route } from '../../../platform/routes';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';
import { apiAddress, loading, showError, simpleTable, tableAlternative } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import { REFERENCE_TERRITORIES, renderTerritoryPicker, resolveTerritory, unknownTerritory, type PickedTerritory } from '../../../platform/ui/territoryPicker';
import { pageTitle, section } from '../layout';
import { chiffresRoute, chiffresUrl, isChiffresRoute, plhRoute, plhUrl, prixRoute, prixUrl, type ChiffresRoute } from '../route';
import { changeWords, CONSTRUCTION, DEPARTEMENT, figureWords, KEY_INDICATORS, keyFigure, type KeyFigure } from './figures';

type Charts = typeof import('../../../platform/charts/seriesChart');

const PAGE = 'Chiffres clés de l’habitat';

function card(figure: KeyFigure, territory: string): HTMLElement {
  const { indicator } = figure;
  const reference =
    territory === DEPARTEMENT || figure.period === null
      ? ''
      : `Pas-de-Calais : ${figure.departement == null ? 'pas de valeur' : formatWithUnit(figure.departement, indicator.decimals, indicator.unit)}`;
  const facts = [figure.period ? `en ${figure.period}` : 'pas de valeur', changeWords(figure), reference].filter((f) => f !== '');
  return h(
    'li',
    { class: 'figure-card' },
    h('h3', { class: 'figure-card__label' }, indicator.label),
    h(
      'p',
      { class: 'figure-card__value', 'data-testid': indicator.code, 'data-value': figure.value ?? '', 'data-period': figure.period ?? '' },
      figure.secret ? h('span', { class: 'habitat-secret' }, figureWords(figure)) : figureWords(figure),
    ),
    h('ul', { class: 'figure-card__facts' }, ...facts.map((f) => h('li', {}, f))),
  );
}

/** The territory's series of each construction indicator, named by the indicator for the chart's lines. */
function constructionSeries(answers: readonly SeriesResponse[], territory: string): Series[] {
  return answers.flatMap((a) => {
    const own = a.series.find((s) => s.territory.id === territory);
    return own ? [{ ...own, territory: { ...own.territory, name: a.indicator.label } }] : [];
  });
}

function renderConstruction(slot: HTMLElement, charts: Charts, redraws: Redraws, lines: Series[], note: string): void {
  const periods = [...new Set(lines.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const figure = h('div', { class: 'habitat-chart' });
  const legend = h(
    'ul',
    { class: 'habitat-legend' },
    ...lines.map((s, i) =>
      h(
        'li',
        {},
        h('span', {
          class: 'habitat-legend__swatch',
          style: `border-top-color: ${seriesStyle(i).colour}; border-top-style: ${seriesStyle(i).dash ? 'dashed' : 'solid'}`,
        }),
        `${s.territory.name} (${seriesStyle(i).label})`,
      ),
    ),
  );
  const table = simpleTable(
    'Logements autorisés et commencés par année',
    ['Année', ...lines.map((s) => s.territory.name)],
    periods.map((period) => [
      period,
      ...lines.map((s) => {
        const value = s.points.find((p) => p.period === period)?.value;
        return h('span', { 'data-testid': `${s.territory.name}-${period}`, 'data-value': value ?? '' }, formatInteger(value));
      }),
    ]),
  );
  replaceContent(slot, legend, figure, tableAlternative('Voir les valeurs en tableau', table), ...(note ? [h('p', { class: 'note' }, note)] : []));
  redraws.draw(slot, figure, (width) =>
    charts.seriesChart({ series: lines, index: false, unit: 'logements', decimals: 0, title: 'Logements autorisés et commencés par année' }, { width }),
  );
}

export function mountChiffres(container: HTMLElement, initial: ChiffresRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let picked: PickedTerritory | null = null;
  const redraws = new Redraws();
  const charts: Promise<Charts> = import('../../../platform/charts/seriesChart');
  const title = h('h1', { tabindex: '-1' }, ...pageTitle(PAGE, null));
  const picker = h('div', { class: 'habitat-picker' }, loading('Chargement des territoires…'));
  const figures = h('div', { class: 'habitat-figures', 'aria-live': 'polite' }, loading('Chargement des chiffres clés…'));
  const construction = h('div', { class: 'habitat-construction' }, loading('Chargement de la construction…'));
  const links = h('ul', { class: 'habitat-links' });
  const downloads = h('div', { class: 'downloads' });
  container.append(
    observatoryBreadcrumb('habitat', 'Habitat', PAGE),
    title,
    h(
      'p',
      { class: 'lead' },
      'Le parc de logements et son usage, face au Pas-de-Calais : vacance, logements sociaux, passoires thermiques, taille des ménages, et la construction neuve année après année.',
    ),
    h('div', { class: 'habitat-controls' }, picker),
    section('habitat-figures-title', 'Chiffres clés', figures),
    section('habitat-construction-title', 'Logements autorisés et commencés', construction),
    section('habitat-more-title', 'Aller plus loin', links),
    section('habitat-download-title', 'Télécharger et réutiliser', downloads),
  );

  function setTitle(territory: string | null): void {
    title.replaceChildren(...pageTitle(PAGE, territory));
    ctx.setTitle(territory ? `${PAGE} — ${territory}` : PAGE);
  }

  function showPicker(): void {
    renderTerritoryPicker(picker, {
      client: ctx.client,
      choices,
      picked,
      territory: route.territory,
      href: (territory) => chiffresUrl(chiffresRoute(territory)),
      more: REFERENCE_TERRITORIES.filter((t) => t.value === DEPARTEMENT),
      choose: (territory) => ctx.navigate(chiffresRoute(territory)),
      live: () => !destroyed,
    });
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    const territory = route.territory;
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      picked = await resolveTerritory(ctx.client, choices, territory);
    } catch (error) {
      if (!live()) return;
      const unknown = unknownTerritory(error, territory);
      setTitle(unknown ? 'Territoire inconnu' : null);
      picked = null;
      showPicker();
      showError(figures, unknown ?? error, () => void load());
      replaceContent(construction);
      return;
    }
    if (!live()) return;
    setTitle(picked.name);
    showPicker();
    replaceContent(
      links,
      h('li', {}, h('a', { href: prixUrl(prixRoute(territory)), 'data-nav': '' }, `Les prix de l’immobilier ${picked.names.of}`)),
      h('li', {}, h('a', { href: plhUrl(plhRoute()), 'data-nav': '' }, 'Le suivi du Programme Local de l’Habitat de la CALL')),
      h('li', {}, h('a', { href: routeToUrl(dashboardRoute('habitat', { zone: territory })), 'data-nav': '' }, 'Tous les indicateurs sur la carte')),
    );
    const territories = territory === DEPARTEMENT ? DEPARTEMENT : `${territory},${DEPARTEMENT}`;
    const seriesOf = (code: string): Promise<SeriesResponse> =>
      ctx.client.get({ path: '/api/v1/indicators/{code}/series', params: { code }, query: { territories } });
    replaceContent(
      downloads,
      ...apiAddress(`/api/v1/indicators/habitat.logements/series?territories=${territories}`, ctx.window.location.origin),
      h(
        'p',
        { class: 'note' },
        'Chaque indicateur a la même adresse avec son code (habitat.taux_vacance, habitat.part_logements_sociaux…) ; ajoutez format=csv pour un tableau.',
      ),
    );
    try {
      const answers = await Promise.all([...KEY_INDICATORS, ...CONSTRUCTION].map(seriesOf));
      if (!live()) return;
      const keyFigures = answers.slice(0, KEY_INDICATORS.length).map((a) => keyFigure(a, territory));
      replaceContent(
        figures,
        h('ul', { class: 'figure-cards' }, ...keyFigures.map((f) => card(f, territory))),
        h(
          'p',
          { class: 'note' },
          'Les taux d’un territoire sont recalculés depuis ses communes (somme des numérateurs ÷ somme des dénominateurs) ; la vacance de longue durée est couverte par le secret statistique sous 11 logements.',
        ),
      );
      const lines = constructionSeries(answers.slice(KEY_INDICATORS.length), territory);
      const module = await loadCharts(construction, { charts, redraws, live });
      if (!module) return;
      const own = answers[KEY_INDICATORS.length]!.series.find((s) => s.territory.id === territory);
      renderConstruction(construction, module, redraws, lines, coverageNote(own?.coverage));
    } catch (error) {
      if (!live()) return;
      showError(figures, error, () => void load());
      replaceContent(construction);
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isChiffresRoute(next)) return;
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
