/**
 * Distribution des revenus (/social/deciles): the nine deciles of the standard of living of a commune, an EPCI, the
 * département or the région (Filosofi), against its département and its région, in a chart and a table, with the
 * median and the interdecile ratio. Where the API says a territory has no published distribution — a groupement is
 * not aggregable, a small commune is under the source's secrecy — the page says why and shows no number. A link opens
 * the poverty map (the dashboard on the poverty rate). The territory and year are in the URL.
 */
import './social.css';
import { loadCharts, Redraws } from '../../platform/charts/panels';
import { seriesStyle } from '../../platform/charts/palette';
import type { Context, TerritoryChoices, View } from '../../platform/context';
import { formatDecimal, formatInteger } from '../../platform/format';
import { dashboardRoute, routeToUrl, type Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { apiAddress, loading, selectField, showError, simpleTable, tableAlternative } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { REFERENCE_TERRITORIES, renderTerritoryPicker, resolveTerritory, unknownTerritory, type PickedTerritory } from '../../platform/ui/territoryPicker';
import { POVERTY, type Deciles, type DistributionColumn } from './api';
import { decilesRoute, decilesUrl, isDecilesRoute, type DecilesRoute } from './route';

type Charts = typeof import('./chart');

const PAGE = 'Distribution des revenus';

function section(headingId: string, heading: string, ...content: HTMLElement[]): HTMLElement {
  return h('section', { class: 'block', 'aria-labelledby': headingId }, h('h2', { id: headingId }, heading), ...content);
}

/** A figure, or the territory's status in words (marked, and without any number) where none is published. */
function cell(column: DistributionColumn, value: number | null | undefined, testid: string, words: string): HTMLElement {
  const published = column.status === 'published' && value != null;
  return h(
    'span',
    { class: published ? null : 'social-unavailable', 'data-testid': testid, 'data-status': column.status, 'data-value': published ? value : '' },
    published ? words : column.status === 'published' ? '—' : column.statusLabel,
  );
}

function renderDeciles(slot: HTMLElement, deciles: Deciles, charts: Charts, redraws: Redraws): void {
  const columns = deciles.territories;
  const figure = h('div', { class: 'social-chart' });
  const published = columns.filter((c) => c.status === 'published');
  const legend = h(
    'ul',
    { class: 'social-legend' },
    ...published.map((c, i) =>
      h(
        'li',
        {},
        h('span', {
          class: 'social-legend__swatch',
          style: `border-top-color: ${seriesStyle(i).colour}; border-top-style: ${seriesStyle(i).dash ? 'dashed' : 'solid'}`,
        }),
        `${c.territory.name} (${seriesStyle(i).label})`,
      ),
    ),
  );
  const rows = [
    ...Array.from({ length: 9 }, (_, i) => {
      const d = i + 1;
      return [
        d === 5 ? 'D5 (médiane)' : `D${d}`,
        ...columns.map((c) => {
          const value = c.deciles[i]?.value;
          return cell(c, value, `decile-${c.territory.id}-${d}`, `${formatInteger(value)} €`);
        }),
      ];
    }),
    ['Rapport interdécile D9 / D1', ...columns.map((c) => cell(c, c.interdecileRatio, `ratio-${c.territory.id}`, formatDecimal(c.interdecileRatio)))],
    [
      'Ménages fiscaux',
      ...columns.map((c) =>
        h(
          'span',
          { 'data-testid': `households-${c.territory.id}`, 'data-value': c.households ?? '' },
          c.households == null ? '—' : formatInteger(c.households),
        ),
      ),
    ],
  ];
  const table = simpleTable(
    `Déciles du niveau de vie en ${deciles.year} (€ par an et unité de consommation)`,
    ['Décile', ...columns.map((c) => c.territory.name)],
    rows,
  );
  const unavailable = columns.filter((c) => c.status !== 'published');
  replaceContent(
    slot,
    ...(unavailable.length > 0
      ? [
          h(
            'ul',
            { class: 'notes', 'data-testid': 'unavailable' },
            ...unavailable.map((c) => h('li', {}, h('strong', {}, c.territory.name), ` : ${c.statusLabel}.`, ...explanation(c, deciles.threshold))),
          ),
        ]
      : []),
    legend,
    figure,
    tableAlternative('Voir les déciles en tableau', table),
    h(
      'p',
      { class: 'note' },
      'Niveau de vie : revenu disponible du ménage divisé par ses unités de consommation. Un décile ne s’additionne ni ne se moyenne : seuls les chiffres publiés par l’INSEE pour chaque commune, EPCI, département et région sont montrés.',
    ),
  );
  if (published.length > 0) redraws.draw(slot, figure, (width) => charts.decilesChart(deciles, { width }));
}

function explanation(c: DistributionColumn, threshold: number): string[] {
  if (c.status === 'not_aggregable')
    return [' La médiane d’un groupement n’est pas la moyenne des médianes de ses communes ; choisissez une commune, un EPCI, le département ou la région.'];
  if (c.status === 'secret') return [` Moins de ${threshold} ménages fiscaux : la source fiscale ne publie aucun chiffre.`];
  return [];
}

export function mountDeciles(container: HTMLElement, initial: DecilesRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let picked: PickedTerritory | null = null;
  const redraws = new Redraws();
  const charts: Promise<Charts> = import('./chart');
  const title = h('h1', { tabindex: '-1' }, PAGE, ' ', h('span', { class: 'social-title__territory' }, ''));
  const picker = h('div', {}, loading('Chargement des territoires…'));
  const years = h('div', {});
  const body = h('div', { 'aria-live': 'polite' }, loading('Chargement des déciles…'));
  const downloads = h('div', { class: 'downloads' });
  const map = routeToUrl(dashboardRoute('social', { indicator: POVERTY }));
  container.append(
    observatoryBreadcrumb('social', 'Social', PAGE),
    title,
    h(
      'p',
      { class: 'lead' },
      'Comment le niveau de vie se répartit dans le territoire choisi, comparé au département et à la région : les neuf déciles, la médiane et le rapport entre les plus aisés et les plus modestes (INSEE, Filosofi).',
    ),
    h('div', { class: 'social-controls' }, picker, years),
    section('deciles-title', 'Déciles du niveau de vie', body),
    section(
      'poverty-title',
      'Carte de la pauvreté',
      h(
        'p',
        {},
        h('a', { href: map, 'data-testid': 'poverty-map' }, 'Voir la carte du taux de pauvreté par commune'),
        ' (part des personnes sous 60 % du niveau de vie médian national).',
      ),
    ),
    section('deciles-download-title', 'Télécharger et réutiliser', downloads),
  );

  function setTitle(territory: string | null): void {
    title.replaceChildren(PAGE, ' ', h('span', { class: 'social-title__territory' }, territory ? `— ${territory}` : ''));
    ctx.setTitle(territory ? `${PAGE} — ${territory}` : PAGE);
  }

  function showPicker(): void {
    renderTerritoryPicker(picker, {
      client: ctx.client,
      choices,
      picked,
      territory: route.territory,
      href: (territory) => decilesUrl(decilesRoute(territory, route.year)),
      more: REFERENCE_TERRITORIES,
      choose: (territory) => ctx.navigate(decilesRoute(territory, route.year)),
      live: () => !destroyed,
    });
  }

  function showYears(list: readonly number[], year: number): void {
    replaceContent(
      years,
      selectField(
        'Millésime',
        'year',
        list.map((y) => ({ value: String(y), label: String(y) })),
        String(year),
        (value) => ctx.navigate({ ...route, year: Number(value) }),
      ).field,
    );
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    const { territory, year } = route;
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      picked = await resolveTerritory(ctx.client, choices, territory);
    } catch (error) {
      if (!live()) return;
      const unknown = unknownTerritory(error, territory);
      setTitle(unknown ? 'Territoire inconnu' : null);
      picked = null;
      showPicker();
      showError(body, unknown ?? error, () => void load());
      return;
    }
    if (!live()) return;
    showPicker();
    const path = `/api/v1/social/deciles/${territory}${year === null ? '' : `?year=${year}`}`;
    replaceContent(
      downloads,
      h(
        'p',
        {},
        h(
          'a',
          { href: `${path}${year === null ? '?' : '&'}format=csv`, download: 'social_deciles.csv', 'data-testid': 'csv' },
          'Télécharger les déciles (CSV)',
        ),
        ' · ',
        h('a', { href: `${path}${year === null ? '?' : '&'}format=xlsx`, download: 'social_deciles.xlsx', 'data-testid': 'xlsx' }, 'Tableur (XLSX)'),
      ),
      ...apiAddress(path, ctx.window.location.origin),
      h('p', { class: 'note' }, 'Source : INSEE, Filosofi (fichier localisé social et fiscal). Moins de 11 ménages fiscaux : secret statistique.'),
    );
    try {
      const deciles = await ctx.client.get({ path: '/api/v1/social/deciles/{territory}', params: { territory }, query: { year } });
      if (!live()) return;
      setTitle(deciles.territories[0]?.territory.name ?? null);
      showYears(deciles.years, deciles.year);
      const module = await loadCharts(body, { charts, redraws, live });
      if (!module) return;
      renderDeciles(body, deciles, module, redraws);
    } catch (error) {
      if (!live()) return;
      const unknown = unknownTerritory(error, territory);
      if (unknown) setTitle('Territoire inconnu');
      showError(body, unknown ?? error, () => void load());
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isDecilesRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.territory !== next.territory || previous.year !== next.year) {
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
