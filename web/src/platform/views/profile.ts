/**
 * Territory profile ("tableau de bord territorial"): search a commune or an EPCI by name, then its key figures
 * across the observatories, with their change, the references, a locator map and a small trend chart each.
 */
import { ApiError } from '../api/client';
import type { KeyFigure, ProfileResponse, Series, TerritoryDetail, TerritoryFeatureCollection, TerritorySummary } from '../api/types';
import type { Context, View } from '../context';
import { formatFigure, formatInteger, formatPeriod, formatRate, formatSigned, formatValue, levelLabel, statusLabel } from '../format';
import { locatorMap } from '../map/locator';
import { dashboardRoute, routeToUrl, type ProfileRoute, type Route } from '../routes';
import { loading, showError, simpleTable, tableAlternative, uid } from '../ui/components';
import { h, replaceContent } from '../ui/dom';

const SEARCH_DELAY_MS = 200;

/** The search box with its result list; Enter opens the first result. */
function searchBox(ctx: Context, initial: string, onQuery: (q: string) => void): HTMLElement {
  const id = uid('territory-search');
  const input = h('input', {
    type: 'search',
    id,
    name: 'q',
    class: 'input',
    autocomplete: 'off',
    placeholder: 'Ex. : Béthune, Lens-Liévin, Saint-Pol…',
    'aria-describedby': `${id}-hint`,
  });
  input.value = initial;
  const results = h('ul', { class: 'search-results', id: `${id}-results`, 'aria-label': 'Territoires trouvés' });
  const status = h('p', { class: 'search-status', role: 'status' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  let first: TerritorySummary | null = null;

  async function search(q: string): Promise<void> {
    const mine = ++generation;
    if (q.trim().length < 2) {
      results.replaceChildren();
      status.textContent = q.trim() === '' ? '' : 'Tapez au moins deux lettres.';
      first = null;
      return;
    }
    status.textContent = 'Recherche…';
    try {
      const page = await ctx.client.get({ path: '/api/v1/territories', query: { q: q.trim(), limit: 12 } });
      if (mine !== generation) return;
      first = page.items[0] ?? null;
      results.replaceChildren(
        ...page.items.map((t) =>
          h(
            'li',
            {},
            h(
              'a',
              { href: routeToUrl({ view: 'profile', territory: t.id, q: '' }), 'data-nav': '', class: 'search-results__link' },
              t.name,
              h('span', { class: 'search-results__level' }, ` — ${levelLabel(t.level)}${t.population !== null ? `, ${formatInteger(t.population)} hab.` : ''}`),
            ),
          ),
        ),
      );
      status.textContent =
        page.items.length === 0
          ? `Aucun territoire ne correspond à « ${q.trim()} ».`
          : `${formatInteger(page.total)} territoire${page.total > 1 ? 's' : ''} trouvé${page.total > 1 ? 's' : ''}.`;
    } catch (error) {
      if (mine === generation) showError(status, error);
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      onQuery(input.value);
      void search(input.value);
    }, SEARCH_DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (first) ctx.navigate({ view: 'profile', territory: first.id, q: '' });
    }
  });
  if (initial) void search(initial);
  return h(
    'form',
    { class: 'search', role: 'search' },
    h('label', { for: id, class: 'label' }, 'Rechercher une commune ou un EPCI'),
    h('p', { class: 'hint', id: `${id}-hint` }, 'Le nom suffit, sans accents ni majuscules ; Entrée ouvre le premier résultat.'),
    input,
    status,
    results,
  );
}

function changeText(figure: KeyFigure, which: 'changeOver1' | 'changeOver5'): string | null {
  const change = figure[which];
  if (!change || change.difference === null) return null;
  const ind = figure.indicator;
  const diff = `${formatSigned(change.difference, ind.decimals)}${ind.unit === '%' ? ' pt' : ''}`;
  const rate = change.rate !== null && ind.unit !== '%' ? ` (${formatRate(change.rate)})` : '';
  return `${diff}${rate} depuis ${formatPeriod(change.period)}`;
}

export function mountProfile(container: HTMLElement, initial: ProfileRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;

  if (route.territory === null) {
    ctx.setTitle('Tableau de bord territorial');
    container.append(
      h('h1', { tabindex: '-1' }, 'Tableau de bord territorial'),
      h(
        'p',
        { class: 'lead' },
        'Les chiffres clés d’une commune, d’une intercommunalité ou d’un groupement, dans tous les observatoires, comparés au département et à la région.',
      ),
      searchBox(ctx, route.q, (q) => ctx.navigate({ view: 'profile', territory: null, q }, { replace: true })),
    );
    return { update() {}, destroy() {} };
  }

  const id = route.territory;
  const title = h('h1', { tabindex: '-1' }, 'Tableau de bord territorial');
  const subtitle = h('div', { class: 'lead' }, loading('Chargement du territoire…'));
  const locator = h('div', { class: 'locator-slot' }, loading('Chargement de la carte de situation…'));
  const figures = h('div', { class: 'profile-figures' }, loading('Chargement des chiffres clés…'));
  container.append(
    h(
      'p',
      { class: 'breadcrumb' },
      h('a', { href: '/', 'data-nav': '' }, 'Portail'),
      ' › ',
      h('a', { href: '/territories', 'data-nav': '' }, 'Tableau de bord territorial'),
    ),
    title,
    h('div', { class: 'profile-head' }, subtitle, locator),
    figures,
    h(
      'details',
      { class: 'profile-search' },
      h('summary', {}, 'Chercher un autre territoire'),
      searchBox(ctx, '', () => {}),
    ),
  );

  async function load(): Promise<void> {
    let detail: TerritoryDetail;
    try {
      detail = await ctx.client.getTerritory(id);
    } catch (error) {
      if (destroyed) return;
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
        title.textContent = 'Territoire inconnu';
        ctx.setTitle('Territoire inconnu');
        showError(
          subtitle,
          new ApiError(`Le territoire « ${id} » est inconnu. Vérifiez l’adresse ou cherchez-le par son nom ci-dessous.`, {
            kind: 'http',
            url: error.url,
            status: 404,
          }),
        );
        locator.remove();
        figures.replaceChildren(searchBox(ctx, '', () => {}));
        return;
      }
      showError(subtitle, error, () => void load());
      replaceContent(figures);
      return;
    }
    if (destroyed) return;
    title.textContent = detail.name;
    ctx.setTitle(`${detail.name} — tableau de bord territorial`);
    const parents = detail.parents.filter((p) => p.level === 'epci' || p.level === 'groupement' || p.level === 'departement');
    replaceContent(
      subtitle,
      h(
        'p',
        {},
        `${levelLabel(detail.level)[0]!.toUpperCase()}${levelLabel(detail.level).slice(1)}`,
        detail.population !== null ? ` de ${formatInteger(detail.population)} habitants` : '',
        Object.entries(detail.childrenCounts).length > 0
          ? ` · ${Object.entries(detail.childrenCounts)
              .map(([level, n]) => `${formatInteger(n)} ${levelLabel(level, n > 1)}`)
              .join(', ')}`
          : '',
      ),
      parents.length > 0
        ? h(
            'p',
            {},
            'Appartient à : ',
            ...parents.flatMap((p, i) => [
              i > 0 ? ', ' : '',
              h('a', { href: routeToUrl({ view: 'profile', territory: p.id, q: '' }), 'data-nav': '' }, p.name),
            ]),
          )
        : null,
      detail.geometrySource === 'synthetic'
        ? h('p', { class: 'note' }, 'Contours de démonstration (synthétiques) : les formes des communes ne sont pas les vraies.')
        : null,
    );
    void loadLocator(detail);
    await loadFigures(detail);
  }

  async function loadLocator(detail: TerritoryDetail): Promise<void> {
    try {
      const epci = detail.parents.find((p) => p.level === 'epci');
      let context: TerritoryFeatureCollection;
      let highlighted = new Set([detail.id]);
      let label: string;
      if (detail.level === 'commune' && epci) {
        context = await ctx.client.getFeatureCollection(`/api/v1/territories?level=commune&within=${epci.id}&format=geojson&resolution=low&limit=500`);
        label = `Carte de situation : ${detail.name} parmi les communes de ${epci.name}`;
      } else {
        context = await ctx.client.getFeatureCollection('/api/v1/territories?level=epci&format=geojson&resolution=low&limit=100');
        if (detail.level !== 'epci') {
          const members = await ctx.client.get({ path: '/api/v1/territories', query: { level: 'epci', within: detail.id, limit: 100 } });
          highlighted = new Set(members.items.map((m) => m.id));
        }
        label = `Carte de situation : ${detail.name} parmi les intercommunalités du territoire de l’agence`;
      }
      if (destroyed) return;
      const svg = locatorMap(context, highlighted, label);
      replaceContent(
        locator,
        svg
          ? h('figure', { class: 'locator-figure' }, svg, h('figcaption', { class: 'note' }, label))
          : h('p', { class: 'note' }, 'Pas de contour pour ce territoire.'),
      );
    } catch (error) {
      if (!destroyed) showError(locator, error, () => void loadLocator(detail));
    }
  }

  async function loadFigures(detail: TerritoryDetail): Promise<void> {
    let profile: ProfileResponse;
    try {
      profile = await ctx.client.get({ path: '/api/v1/territories/{id}/profile', params: { id } });
    } catch (error) {
      if (!destroyed) showError(figures, error, () => void loadFigures(detail));
      return;
    }
    if (destroyed) return;
    const refNames = new Map(profile.references.map((r) => [r.id, r.name]));
    const epci = detail.parents.find((p) => p.level === 'epci');
    const chartsModule = import('../charts/seriesChart');
    const sections = profile.observatories.map((o) =>
      h(
        'section',
        { class: 'block', 'aria-labelledby': `obs-${o.slug}` },
        h('h2', { id: `obs-${o.slug}` }, o.name),
        o.figures.length === 0
          ? h('p', {}, 'Pas de chiffre clé pour ce territoire.')
          : h(
              'ul',
              { class: 'figure-cards' },
              ...o.figures.map((f) => {
                const ind = f.indicator;
                const spark = h('div', { class: 'figure-card__spark' });
                const zone = detail.level === 'commune' && epci ? epci.id : detail.id;
                const link = routeToUrl(
                  dashboardRoute(o.slug, {
                    indicator: ind.code,
                    zone: ['commune', 'epci', 'groupement', 'departement'].includes(detail.level) ? zone : 'groupement:aula',
                    selected: detail.level === 'commune' ? detail.id : null,
                  }),
                );
                void loadSpark(spark, f, chartsModule);
                const c1 = changeText(f, 'changeOver1');
                const c5 = changeText(f, 'changeOver5');
                return h(
                  'li',
                  { class: 'figure-card', 'data-indicator': ind.code },
                  h('h3', { class: 'figure-card__label' }, ind.label),
                  h('p', { class: 'figure-card__value', 'data-value': f.value ?? '' }, formatFigure(f.value, f.status, ind.decimals, ind.unit)),
                  h('p', { class: 'figure-card__period' }, `${formatPeriod(f.period)} · ${statusLabel(f.status)}`),
                  h(
                    'ul',
                    { class: 'figure-card__facts' },
                    c1 ? h('li', {}, `Sur un an : ${c1}`) : null,
                    c5 ? h('li', {}, `Sur cinq ans : ${c5}`) : null,
                    ...f.references.map((r) =>
                      h(
                        'li',
                        {},
                        `${refNames.get(r.territoryId) ?? r.territoryId} : ${formatFigure(r.value, r.value === null ? 'missing' : 'definitive', ind.decimals, ind.unit)}`,
                      ),
                    ),
                  ),
                  spark,
                  h('p', {}, h('a', { href: link, 'data-nav': '' }, 'Ouvrir dans l’observatoire')),
                );
              }),
            ),
      ),
    );
    replaceContent(figures, ...sections);
  }

  async function loadSpark(slot: HTMLElement, figure: KeyFigure, chartsModule: Promise<typeof import('../charts/seriesChart')>): Promise<void> {
    const ind = figure.indicator;
    try {
      const [answer, charts] = await Promise.all([
        ctx.client.get({ path: '/api/v1/indicators/{code}/series', params: { code: ind.code }, query: { territories: id } }),
        chartsModule,
      ]);
      if (destroyed) return;
      const series: Series | undefined = answer.series[0];
      if (!series || series.points.length === 0) return;
      const recent = { ...series, points: series.points.slice(-12) };
      slot.replaceChildren(
        charts.sparkline(recent, { width: 220, decimals: ind.decimals }),
        tableAlternative(
          'Valeurs de la série',
          simpleTable(
            `${ind.label} (${ind.unit})`,
            ['Période', 'Valeur'],
            recent.points.map((p) => [formatPeriod(p.period), p.status === 'secret' ? 'secret' : formatValue(p.value, ind.decimals)]),
          ),
        ),
      );
    } catch {
      slot.replaceChildren(h('p', { class: 'note' }, 'Série indisponible.'));
    }
  }

  void load();

  return {
    update(next: Route) {
      if (next.view === 'profile') route = next;
      void route;
    },
    destroy() {
      destroyed = true;
    },
  };
}
