/**
 * The application shell: a tiny router over the URL (History API), a cache of the lists every view needs, and the
 * views, one module each. Internal links carry data-nav; the back and forward buttons replay the URL.
 */
import type { ApiClient } from './api/client';
import type { ObservatoryItem } from './api/types';
import { Session } from './auth/session';
import { mountSessionStatus } from './auth/sessionStatus';
import type { Context, TerritoryChoices, View } from './context';
import { embedOffer } from './embed/embedDialog';
import { embedBar, mountNotEmbeddable } from './embed/embedPage';
import { embedRouter, fullPath, isEmbeddable, isEmbedPath } from './embed/embedRoutes';
import type { ObservatoryDefinition, PageDefinition } from './registry';
import { createRouter, isPageRoute, sameView, type Route } from './routes';
import { h, replaceContent } from './ui/dom';
import { observatoryPagesNav, type ObservatoryPagesNav } from './ui/observatoryPages';
import { mountDashboard } from './views/dashboard';
import { lazyView } from './lazy';
import { mountPortal } from './views/portal';

export interface AppOptions {
  document: Document;
  window: Window;
  client: ApiClient;
  /** What the observatories add: their pages and links (src/observatories/index.ts; a test gives its own). */
  observatories: readonly ObservatoryDefinition[];
  /** The editor's session; by default one kept in the window's sessionStorage. */
  session?: Session;
}

export interface App {
  readonly context: Context;
  /** The route shown. */
  route(): Route;
  /** Removes the app's listeners and its view (tests start several apps on one document). */
  stop(): void;
}

const SITE = 'Observatoires territoriaux — AULA';

function mountNotFound(container: HTMLElement, route: Route, ctx: Context): View {
  ctx.setTitle('Page introuvable');
  replaceContent(
    container,
    h('h1', { tabindex: '-1' }, 'Page introuvable'),
    h(
      'div',
      { class: 'alert alert--error', role: 'alert' },
      h('p', { class: 'alert__title' }, `L’adresse ${route.view === 'notFound' ? route.path : ''} ne correspond à aucune page.`),
      h('p', {}, h('a', { href: '/', 'data-nav': '' }, 'Revenir au portail des observatoires')),
    ),
  );
  return { update() {}, destroy() {} };
}

function mount(container: HTMLElement, route: Route, ctx: Context, pages: ReadonlyMap<string, PageDefinition>): View {
  if (isPageRoute(route)) {
    const page = pages.get(route.view)!;
    return lazyView(container, route, ctx, page.title, () => page.load());
  }
  switch (route.view) {
    case 'portal':
      return mountPortal(container, route, ctx);
    case 'dashboard':
      return mountDashboard(container, route, ctx);
    // The profile and the catalogue are not the first page of most visits: loaded on demand, like the pages.
    case 'profile':
      return lazyView(container, route, ctx, 'Tableau de bord territorial', () => import('./views/profile').then((m) => m.mountProfile));
    case 'catalogue':
      return lazyView(container, route, ctx, 'Indicateurs et couches', () => import('./views/catalogue').then((m) => m.mountCatalogue));
    case 'datasets':
    case 'dataset':
      return lazyView(container, route, ctx, 'Catalogue de données', () => import('./views/donnees').then((m) => m.mountDonnees));
    case 'signIn':
      return lazyView(container, route, ctx, 'Espace éditeur', () => import('./auth/signIn').then((m) => m.mountSignIn));
    case 'notFound':
      return mountNotFound(container, route, ctx);
  }
}

/** The site section (main navigation) a view belongs to; an observatory's pages are the portal's. */
const NAV_OF_VIEW: Record<string, string | null> = {
  portal: 'portal',
  dashboard: 'portal',
  profile: 'profile',
  catalogue: 'catalogue',
  datasets: 'donnees',
  dataset: 'donnees',
  signIn: null,
  notFound: null,
};

function storageOf(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null;
  }
}

export function startApp({
  document: doc,
  window: win,
  client,
  observatories,
  // An embed page (a partner's frame) never uses an editor's key.
  session = new Session(isEmbedPath(win.location.pathname) ? null : storageOf(win)),
}: AppOptions): App {
  const root = doc.getElementById('app');
  if (!root) throw new Error('Élément #app absent de la page');

  const pages = new Map(observatories.flatMap((o) => o.pages).map((page) => [page.view, page]));
  const definitions = new Map(observatories.map((o) => [o.slug, o]));
  const embeddable = new Set(observatories.flatMap((o) => o.embeddable ?? []));
  const fullRouter = createRouter([...pages.values()]);
  const embedUrls = embedRouter(fullRouter, embeddable);
  // An embed page (/embed/…, embed.html: no header, menu or footer) routes within its embeddable pages.
  const embed = isEmbedPath(win.location.pathname);
  const router = embed ? embedUrls : fullRouter;
  const bar = embed ? embedBar(doc) : null;
  let observatoriesCache: Promise<ObservatoryItem[]> | null = null;
  let choicesCache: Promise<TerritoryChoices> | null = null;
  let current: { route: Route; view: View } | null = null;
  let pagesNav: ObservatoryPagesNav | null = null;
  // A refused key fails the shared reads still in flight with it: a view starting again after the session's end must
  // not be handed those (the flaky sign-out of a revoked key came from the territories' pending 401).
  session.subscribe(() => {
    observatoriesCache = null;
    choicesCache = null;
  });

  const context: Context = {
    client,
    document: doc,
    window: win,
    router,
    navigate(route, options = {}) {
      const url = router.toUrl(route);
      const here = `${win.location.pathname}${win.location.search}`;
      if (options.replace) win.history.replaceState(null, '', url);
      else if (url !== here) win.history.pushState(null, '', url);
      render(route, !options.replace);
    },
    observatories() {
      observatoriesCache ??= client.get({ path: '/api/v1/observatories' }).then((r) => r.items);
      observatoriesCache.catch(() => (observatoriesCache = null));
      return observatoriesCache;
    },
    observatory: (slug) => definitions.get(slug),
    territoryChoices() {
      choicesCache ??= Promise.all(
        (['groupement', 'epci', 'departement'] as const).map((level) =>
          client.get({ path: '/api/v1/territories', query: { level, limit: 100 } }).then((page) => page.items),
        ),
      ).then(([groupements, epcis, departements]) => ({
        groupements: groupements ?? [],
        epcis: epcis ?? [],
        departements: departements ?? [],
      }));
      choicesCache.catch(() => (choicesCache = null));
      return choicesCache;
    },
    setTitle(title) {
      doc.title = title ? `${title} — ${SITE}` : SITE;
    },
    session,
  };

  function markNavigation(route: Route): void {
    const active = isPageRoute(route) ? 'portal' : NAV_OF_VIEW[route.view];
    for (const link of doc.querySelectorAll<HTMLAnchorElement>('.site-nav a[data-section]')) {
      if (link.dataset['section'] === active) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }

  /**
   * The view of a route in #app. A page of an observatory with several pages comes under their row of links; an
   * embeddable page gets the "Intégrer" button; an embed page neither.
   */
  function mountRoute(route: Route): View {
    pagesNav = null;
    if (embed && route.view === 'notFound') return mountNotEmbeddable(root!, route, context);
    if (embed || !isPageRoute(route)) return mount(root!, route, context, pages);
    const siblings = definitions.get(route.view.split('/')[0]!)?.pages ?? [];
    if (siblings.length > 1) {
      pagesNav = observatoryPagesNav(siblings);
      pagesNav.show(route);
      root!.append(pagesNav.element);
    }
    if (isEmbeddable(route, embeddable)) {
      root!.append(
        embedOffer({
          document: doc,
          src: () => `${win.location.origin}${embedUrls.toUrl(current?.route ?? route)}`,
          title: () => `${pages.get(route.view)?.title ?? ''} — Observatoires territoriaux de l’AULA`,
        }),
      );
    }
    if (root!.childElementCount === 0) return mount(root!, route, context, pages);
    const page = h('div', { class: 'observatory-page' });
    root!.append(page);
    return mount(page, route, context, pages);
  }

  function render(route: Route, moveFocus: boolean): void {
    markNavigation(route);
    // The embed's link to the full page follows the page's state.
    bar?.show(
      `${win.location.origin}${isEmbeddable(route, embeddable) ? fullRouter.toUrl(route) : '/'}`,
      isPageRoute(route) ? (pages.get(route.view)?.title ?? null) : null,
    );
    if (current && sameView(current.route, route)) {
      if (isPageRoute(route)) pagesNav?.show(route);
      current.route = route;
      current.view.update(route);
      return;
    }
    current?.view.destroy();
    root!.replaceChildren();
    const view = mountRoute(route);
    current = { route, view };
    if (moveFocus) {
      // A new page for screen-reader and keyboard users: focus its title, top of the page.
      win.scrollTo?.(0, 0);
      (root!.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
    }
  }

  // Internal links: same-origin <a data-nav> are followed without reloading the page.
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target as Element | null;
    const link = target?.closest?.('a[data-nav]') as HTMLAnchorElement | null;
    if (!link) return;
    const url = new URL(link.href, win.location.href);
    if (url.origin !== win.location.origin) return;
    event.preventDefault();
    if (embed) {
      // In a frame, only the embeddable pages stay in it; any other page opens on the observatory, in a new tab.
      const path = fullPath(url.pathname) ?? url.pathname;
      const target = fullRouter.parse(path, url.search);
      if (isEmbeddable(target, embeddable)) context.navigate(target);
      else win.open(`${url.origin}${path}${url.search}`, '_blank', 'noopener');
      return;
    }
    context.navigate(router.parse(url.pathname, url.search));
  };
  const onPopState = (): void => render(router.parse(win.location.pathname, win.location.search), false);
  doc.addEventListener('click', onClick);
  win.addEventListener('popstate', onPopState);

  const initial = router.parse(win.location.pathname, win.location.search);
  // Normalise the URL (dropped invalid parameters) without adding a history entry.
  const canonical = router.toUrl(initial);
  if (initial.view !== 'notFound' && canonical !== `${win.location.pathname}${win.location.search}`) {
    win.history.replaceState(null, '', canonical);
  }
  render(initial, false);
  const stopSessionStatus = mountSessionStatus(doc, session, context);

  return {
    context,
    route: () => current!.route,
    stop() {
      doc.removeEventListener('click', onClick);
      win.removeEventListener('popstate', onPopState);
      stopSessionStatus();
      current?.view.destroy();
    },
  };
}
