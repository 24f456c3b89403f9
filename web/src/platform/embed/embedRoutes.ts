/**
 * The embed pages: an observatory's page meant for an iframe on a partner's site, at /embed/<slug>/<page> with the
 * same query as the full page (/<slug>/<page>?…). An observatory declares which of its pages may be embedded
 * (ObservatoryDefinition.embeddable); any other path under /embed is no page. The API lets the origins the agency
 * lists frame these paths, and only these (Platform/Http/EmbedFraming.cs).
 */
import { isPageRoute, type PageRoute, type Route, type Router } from '../routes';

export const EMBED_PREFIX = '/embed';

/** A path of the embed pages (/embed/…, case-sensitive as the API's rule). */
export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith(`${EMBED_PREFIX}/`);
}

/** The full page's path of an embed path (/embed/mobilite/accidents → /mobilite/accidents), or null. */
export function fullPath(pathname: string): string | null {
  return isEmbedPath(pathname) ? pathname.slice(EMBED_PREFIX.length) : null;
}

/** The route is a page its observatory lets partners embed. */
export function isEmbeddable(route: Route, embeddable: ReadonlySet<string>): route is PageRoute {
  return isPageRoute(route) && embeddable.has(route.view);
}

/**
 * The router of an embed page: it reads /embed/<page> as the page's own route (an unlisted page is not found), and
 * writes the embeddable pages' routes under /embed, so that their filters stay in the frame's URL; any other route
 * keeps its full page's URL (the shell opens those in a new tab).
 */
export function embedRouter(base: Router, embeddable: ReadonlySet<string>): Router {
  return {
    parse(pathname, search) {
      const inner = fullPath(pathname);
      const route = inner === null ? null : base.parse(inner, search);
      return route !== null && isEmbeddable(route, embeddable) ? route : { view: 'notFound', path: pathname };
    },
    toUrl(route) {
      const url = base.toUrl(route);
      return isEmbeddable(route, embeddable) ? `${EMBED_PREFIX}${url}` : url;
    },
  };
}
