/**
 * Sites de production d'énergie: the sites on a map (a shape and a letter per kind) with their legend and totals,
 * filters by kind and territory, a site's sheet, the table of the sites (the map's alternative) and the downloads.
 * What the reader sees is the API's answer for its key: the public view, or a partner's with the confidential
 * projects of its territory. Loaded on demand; every choice is in the URL.
 */
import './sites.css';
import { ApiError } from '../../../platform/api/client';
import type { Context, TerritoryChoices, View } from '../../../platform/context';
import type { Route } from '../../../platform/routes';
import { loading, showError } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import type { SiteCollection } from './api';
import { sitesUrl } from './domain';
import { SHEET_PROMPT, sitesLayout } from './layout';
import { mountMapPanel } from './mapPanel';
import { renderDownloads, renderFilters, renderLegend, renderSessionNote, renderSheet, renderTotals } from './panels';
import { isEnergieSitesRoute, type EnergieSitesRoute } from './route';
import { renderSitesTable } from './sitesTable';

/** One key per answer: the sites are fetched again only when the filters or the reader's key change. */
export function sitesKey(route: EnergieSitesRoute, key: string | null): string {
  return [route.kind, route.territory, key ?? ''].join('|');
}

export function mountEnergieSites(container: HTMLElement, initial: EnergieSitesRoute, ctx: Context): View {
  ctx.setTitle('Sites de production d’énergie');
  const { nodes, slots } = sitesLayout();
  container.append(...nodes);
  let route = initial;
  let choices: TerritoryChoices | null = null;
  let sites: SiteCollection | null = null;
  let loadedKey = '';
  let request = 0;
  let left = false;

  const go = (changes: Partial<EnergieSitesRoute>, replace = false): void => ctx.navigate({ ...route, ...changes }, { replace });
  const choose = (id: string): void => go({ site: id === route.site ? null : id });
  const map = mountMapPanel(slots.mapElement, slots.mapStatus, ctx.client, {
    position: initial.map,
    onMove: (position) => go({ map: position }, true),
    onSelect: (id) => {
      if (id !== route.site) go({ site: id });
    },
  });
  const unsubscribe = ctx.session.subscribe(() => apply());

  function showFilters(): void {
    replaceContent(
      slots.controls,
      renderFilters(route, choices, (changes) => go(changes)),
    );
  }

  async function load(): Promise<void> {
    const mine = ++request;
    replaceContent(slots.totals, loading('Chargement des sites…'));
    slots.totals.setAttribute('aria-busy', 'true');
    try {
      const answer = await ctx.client.getFeatureCollection<SiteCollection>(sitesUrl(route));
      if (left || mine !== request) return;
      sites = answer;
      slots.totals.removeAttribute('aria-busy');
      replaceContent(slots.totals, ...renderTotals(answer));
      replaceContent(slots.legend, renderLegend(answer));
      map.draw(answer, loadedKey);
      showSelection();
      showDownloads();
      replaceContent(slots.session, renderSessionNote(ctx.session.identity(), answer.view.audience, route));
    } catch (error) {
      if (left || mine !== request) return;
      slots.totals.removeAttribute('aria-busy');
      showError(slots.totals, error, () => {
        loadedKey = '';
        apply();
      });
      replaceContent(slots.list);
    }
  }

  /** The table and the sheet, for the route's site. */
  function showSelection(): void {
    if (!sites) return;
    replaceContent(slots.list, renderSitesTable(sites.features, route.site, choose));
    const feature = route.site ? sites.features.find((f) => f.id === route.site) : undefined;
    if (!route.site) replaceContent(slots.sheet, h('p', { class: 'note' }, SHEET_PROMPT));
    else if (!feature)
      replaceContent(slots.sheet, h('p', { class: 'note' }, 'Ce site n’est pas parmi les sites affichés (filtres, ou site réservé aux partenaires).'));
    else
      replaceContent(
        slots.sheet,
        renderSheet(feature, () => go({ site: null })),
      );
    map.select(feature ? feature.id : null);
  }

  function showDownloads(): void {
    const audience = sites?.view.audience ?? 'public';
    replaceContent(slots.downloads, ...renderDownloads(route, audience, ctx.window.location.origin));
    // A plain link sends no key: a signed-in reader downloads its own view through the API client's key.
    if (ctx.session.key() === null) return;
    for (const link of slots.downloads.querySelectorAll<HTMLAnchorElement>('a[data-download]')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        void download(link);
      });
    }
  }

  async function download(link: HTMLAnchorElement): Promise<void> {
    try {
      const response = await ctx.window.fetch(link.href, { headers: { Authorization: `Bearer ${ctx.session.key() ?? ''}` } });
      if (!response.ok) throw new ApiError(`HTTP ${response.status}`, { kind: 'http', url: link.href, status: response.status });
      const url = URL.createObjectURL(await response.blob());
      const anchor = h('a', { href: url, download: link.getAttribute('download') ?? 'energie_sites' });
      ctx.document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      showError(slots.downloads, error, showDownloads);
    }
  }

  function apply(): void {
    showFilters();
    replaceContent(slots.session, renderSessionNote(ctx.session.identity(), sites?.view.audience ?? null, route));
    const key = sitesKey(route, ctx.session.key());
    if (key !== loadedKey) {
      loadedKey = key;
      void load();
    } else {
      showSelection();
      showDownloads();
    }
  }

  async function start(): Promise<void> {
    showFilters(); // drawn at once, the territories to come: the form has its height before they do
    apply();
    try {
      choices = await ctx.territoryChoices();
    } catch {
      choices = null;
    }
    if (!left) showFilters();
  }

  void start();

  return {
    update(next: Route) {
      if (!isEnergieSitesRoute(next)) return;
      const previous = route;
      route = next;
      map.follow(next.map);
      const onlyMoved = previous.kind === next.kind && previous.territory === next.territory && previous.site === next.site;
      if (!onlyMoved) apply();
    },
    destroy() {
      left = true;
      unsubscribe();
      map.destroy();
    },
  };
}
