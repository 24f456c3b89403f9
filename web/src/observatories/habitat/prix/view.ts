/**
 * Prix de l'immobilier (/habitat/prix): for a commune, an EPCI, a groupement, the département or a custom zone, the
 * median € per m² of houses and flats by year with the band from the first to the third quartile (chart and table),
 * the period's figures, and the chosen year's and type's distribution in bars with open ends. Wherever the API says
 * secret (fewer than 11 sales), the page says "secret statistique : moins de 11 ventes" and shows no number. The
 * territory, year and type are in the URL.
 */
import '../habitat.css';
import { loadCharts, Redraws } from '../../../platform/charts/panels';
import { seriesStyle } from '../../../platform/charts/palette';
import type { Context, TerritoryChoices, View } from '../../../platform/context';
import { formatInteger } from '../../../platform/format';
import type { Route } from '../../../platform/routes';
import { observatoryBreadcrumb } from '../../../platform/ui/breadcrumb';
import { apiAddress, loading, selectField, showError, simpleTable, tableAlternative } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import { REFERENCE_TERRITORIES, renderTerritoryPicker, resolveTerritory, unknownTerritory, type PickedTerritory } from '../../../platform/ui/territoryPicker';
import { PROPERTY_TYPES, type Distribution, type Prices, type PropertyType } from '../api';
import { pageTitle, section } from '../layout';
import { isPrixRoute, prixRoute, prixUrl, type PrixRoute } from '../route';
import { binLabel, countWords, priceWords, SECRET, yearsOf } from './prices';

type Charts = typeof import('./chart');

const PAGE = 'Prix de l’immobilier';
const TYPE_LABELS: Record<PropertyType, string> = { maison: 'Maisons', appartement: 'Appartements' };

/** A price, or the secrecy notice (marked, and without any number) where the API says secret. */
function price(cell: { status: string; median?: number | null }, testid: string, value: number | null | undefined = cell.median): HTMLElement {
  const secret = cell.status === 'secret';
  return h(
    'span',
    { class: secret ? 'habitat-secret' : null, 'data-testid': testid, 'data-status': cell.status, 'data-value': secret ? '' : (value ?? '') },
    priceWords(cell, value),
  );
}

function renderFigures(slot: HTMLElement, prices: Prices): void {
  replaceContent(
    slot,
    h(
      'ul',
      { class: 'figure-cards' },
      ...prices.series.map((s) => {
        const latest = s.years.at(-1);
        return h(
          'li',
          { class: 'figure-card' },
          h('h3', { class: 'figure-card__label' }, `${s.label} : prix médian en ${prices.to}`),
          h('p', { class: 'figure-card__value' }, latest ? price(latest, `median-${s.type}`) : '—'),
          h(
            'ul',
            { class: 'figure-card__facts' },
            h('li', {}, latest?.status === 'secret' ? 'moins de 11 ventes' : `${formatInteger(latest?.count)} ventes`),
            h('li', {}, `sur ${prices.from}–${prices.to} : `, price(s.period, `period-${s.type}`), ` (${countWords(s.period)} ventes)`),
          ),
        );
      }),
    ),
    h(
      'p',
      { class: 'note' },
      `Calculé à partir des ventes de ${formatInteger(prices.communes)} commune${prices.communes > 1 ? 's' : ''} (DVF) : médiane et quartiles du prix au m² de surface bâtie, arrondis à ${formatInteger(prices.rounding)} €. ` +
        `Moins de ${prices.threshold} ventes : secret statistique, aucun prix n’est publié.`,
    ),
  );
}

function renderPrices(slot: HTMLElement, prices: Prices, charts: Charts, redraws: Redraws): void {
  const figure = h('div', { class: 'habitat-chart' });
  const legend = h(
    'ul',
    { class: 'habitat-legend' },
    ...prices.series.map((s, i) =>
      h(
        'li',
        {},
        h('span', {
          class: 'habitat-legend__swatch',
          style: `border-top-color: ${seriesStyle(i).colour}; border-top-style: ${seriesStyle(i).dash ? 'dashed' : 'solid'}`,
        }),
        `${s.label} : prix médian (${seriesStyle(i).label}), `,
        h('span', { class: 'habitat-legend__band', style: `background: ${seriesStyle(i).colour}` }),
        'du 1er au 3e quartile',
      ),
    ),
  );
  const table = simpleTable(
    `Prix au m² par année et type de logement — ${prices.territory.name}`,
    ['Année', 'Type', 'Ventes', 'Prix médian', '1er quartile', '3e quartile'],
    prices.series.flatMap((s) =>
      s.years.map((y) => [
        String(y.year),
        s.label,
        countWords(y),
        price(y, `price-${s.type}-${y.year}`),
        y.status === 'published' ? price(y, `q1-${s.type}-${y.year}`, y.q1) : '—',
        y.status === 'published' ? price(y, `q3-${s.type}-${y.year}`, y.q3) : '—',
      ]),
    ),
    2,
  );
  replaceContent(slot, legend, figure, tableAlternative('Voir les prix en tableau', table));
  redraws.draw(slot, figure, (width) => charts.priceChart(prices, { width }));
}

function renderDistribution(slot: HTMLElement, d: Distribution, charts: Charts, redraws: Redraws): void {
  if (d.status !== 'published') {
    replaceContent(
      slot,
      h(
        'p',
        {},
        `${d.label} vendues en ${d.year} ${d.territory.names.in} : `,
        d.status === 'secret' ? h('strong', { class: 'habitat-secret', 'data-testid': 'distribution-secret' }, SECRET) : 'aucune vente.',
      ),
    );
    return;
  }
  const figure = h('div', { class: 'habitat-chart' });
  const table = simpleTable(
    `Ventes de ${d.label.toLowerCase()} en ${d.year} par tranche de prix au m²`,
    ['Tranche de prix', 'Ventes'],
    d.bins.map((b, i) => [binLabel(b), h('span', { 'data-testid': `bin-${i}`, 'data-value': b.count }, formatInteger(b.count))]),
  );
  replaceContent(
    slot,
    h(
      'p',
      {},
      `${formatInteger(d.count)} ventes de ${d.label.toLowerCase()} en ${d.year} ; prix médian `,
      price(d, 'distribution-median'),
      `, la moitié des ventes entre ${formatInteger(d.q1)} et ${formatInteger(d.q3)}\u00a0€/m².`,
    ),
    figure,
    tableAlternative('Voir la répartition en tableau', table),
    h(
      'p',
      { class: 'note' },
      'Les tranches suivent les quantiles des ventes de la zone (au moins 11 ventes chacune) ; la première et la dernière sont ouvertes, pour ne montrer ni la vente la moins chère ni la plus chère.',
    ),
  );
  redraws.draw(slot, figure, (width) => charts.distributionChart(d, { width }));
}

const CUSTOM_ZONE_NOTE =
  'La répartition des ventes est publiée pour une commune, un EPCI, un groupement ou le département, pas pour une zone personnalisée : deux zones qui ne diffèrent que d’une commune révéleraient les prix de ses ventes.';

export function mountPrix(container: HTMLElement, initial: PrixRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let picked: PickedTerritory | null = null;
  /** The years of the prices shown and the latest: the year selector's. */
  let years: { list: number[]; latest: number } | null = null;
  const redraws = new Redraws();
  const charts: Promise<Charts> = import('./chart');
  const title = h('h1', { tabindex: '-1' }, ...pageTitle(PAGE, null));
  const picker = h('div', { class: 'habitat-picker' }, loading('Chargement des territoires…'));
  const choosers = h('div', { class: 'habitat-choosers' });
  const figures = h('div', { 'aria-live': 'polite' }, loading('Chargement des prix…'));
  const byYear = h('div', {}, loading('Chargement de l’évolution des prix…'));
  const distribution = h('div', { 'aria-live': 'polite' }, loading('Chargement de la répartition des ventes…'));
  const downloads = h('div', { class: 'downloads' });
  container.append(
    observatoryBreadcrumb('habitat', 'Habitat', PAGE),
    title,
    h(
      'p',
      { class: 'lead' },
      'Le prix au m² des maisons et des appartements vendus, calculé à partir des ventes elles-mêmes (Demandes de valeurs foncières, DGFiP) pour le territoire choisi : médiane, quartiles et répartition des ventes, sous le secret statistique.',
    ),
    h('div', { class: 'habitat-controls' }, picker),
    section('prix-figures-title', 'Chiffres clés', figures),
    section('prix-years-title', 'Évolution du prix au m²', byYear),
    section('prix-distribution-title', 'Répartition des ventes par prix au m²', choosers, distribution),
    section('prix-download-title', 'Télécharger et réutiliser', downloads),
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
      href: (territory) => prixUrl(prixRoute(territory, route.year, route.type)),
      more: REFERENCE_TERRITORIES.filter((t) => t.value === 'departement:62'),
      choose: (territory) => ctx.navigate(prixRoute(territory, route.year, route.type)),
      live: () => !destroyed,
    });
  }

  function showChoosers(years: readonly number[], year: number): void {
    replaceContent(
      choosers,
      h(
        'div',
        { class: 'habitat-controls' },
        selectField(
          'Année',
          'year',
          years.map((y) => ({ value: String(y), label: String(y) })),
          String(year),
          (value) => ctx.navigate({ ...route, year: Number(value) }),
        ).field,
        selectField(
          'Type de logement',
          'type',
          PROPERTY_TYPES.map((t) => ({ value: t, label: TYPE_LABELS[t] })),
          route.type,
          (value) => ctx.navigate({ ...route, type: value === 'appartement' ? 'appartement' : 'maison' }),
        ).field,
      ),
    );
  }

  /** The picker's territory: a custom zone is not in the referential's lists, its name comes with the prices. */
  async function resolve(territory: string): Promise<PickedTerritory | null> {
    if (territory.startsWith('custom:')) return null;
    return resolveTerritory(ctx.client, choices, territory);
  }

  async function loadDistribution(live: () => boolean, module: Charts): Promise<void> {
    const territory = route.territory;
    // The API refuses a custom zone: it and the same zone without one commune would reveal that commune's sales.
    if (territory.startsWith('custom:')) return replaceContent(distribution, h('p', { class: 'note' }, CUSTOM_ZONE_NOTE));
    try {
      const d = await ctx.client.get({
        path: '/api/v1/habitat/prices/{territory}/distribution',
        params: { territory },
        query: { year: route.year, type: route.type },
      });
      if (!live()) return;
      renderDistribution(distribution, d, module, redraws);
    } catch (error) {
      if (live()) showError(distribution, error, () => void loadDistribution(live, module));
    }
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    const territory = route.territory;
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      picked = await resolve(territory);
    } catch (error) {
      if (!live()) return;
      const unknown = unknownTerritory(error, territory);
      setTitle(unknown ? 'Territoire inconnu' : null);
      picked = null;
      showPicker();
      showError(figures, unknown ?? error, () => void load());
      replaceContent(byYear);
      replaceContent(distribution);
      return;
    }
    if (!live()) return;
    showPicker();
    const csv = `/api/v1/habitat/prices/${territory}?format=csv`;
    replaceContent(
      downloads,
      h(
        'p',
        {},
        h('a', { href: csv, download: 'habitat_prix.csv', 'data-testid': 'csv' }, 'Télécharger les prix (CSV)'),
        ' · ',
        h('a', { href: csv.replace('format=csv', 'format=xlsx'), download: 'habitat_prix.xlsx', 'data-testid': 'xlsx' }, 'Tableur (XLSX)'),
      ),
      ...apiAddress(`/api/v1/habitat/prices/${territory}`, ctx.window.location.origin),
      h(
        'p',
        { class: 'note' },
        'Source : Demandes de valeurs foncières géolocalisées (DGFiP, Etalab). Aucune vente n’est diffusée, seulement des statistiques sur 11 ventes au moins.',
      ),
    );
    try {
      const prices = await ctx.client.get({ path: '/api/v1/habitat/prices/{territory}', params: { territory } });
      if (!live()) return;
      setTitle(prices.territory.name);
      years = { list: yearsOf(prices), latest: prices.to };
      showChoosers(years.list, route.year ?? prices.to);
      renderFigures(figures, prices);
      const module = await loadCharts(byYear, { charts, redraws, live });
      if (!module) return;
      renderPrices(byYear, prices, module, redraws);
      await loadDistribution(live, module);
    } catch (error) {
      if (!live()) return;
      const unknown = unknownTerritory(error, territory);
      if (unknown) setTitle('Territoire inconnu');
      showError(figures, unknown ?? error, () => void load());
      replaceContent(byYear);
      replaceContent(distribution);
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isPrixRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.territory !== next.territory) {
        redraws.stop();
        void load();
      } else if (previous.year !== next.year || previous.type !== next.type) {
        if (years) showChoosers(years.list, next.year ?? years.latest);
        const mine = generation;
        void charts.then((module) => loadDistribution(() => mine === generation && !destroyed, module));
      }
    },
    destroy() {
      destroyed = true;
      generation++;
      redraws.stop();
    },
  };
}
