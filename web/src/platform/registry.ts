/**
 * What an observatory adds to the web client, declared in its folder (src/observatories/<slug>/index.ts) and listed
 * once in src/observatories/index.ts; main.ts hands the list to the shell. The shell routes to the pages, the portal
 * and the dashboard show the link. Observatories without a folder are served by the generic dashboard alone.
 */
import type { ApiClient } from './api/client';
import type { MountFunction } from './context';
import type { PageRoute, PageUrls } from './routes';

export interface PageDefinition<R extends PageRoute = PageRoute> {
  /** "<slug>/<page>", the view of the page's routes. */
  readonly view: R['view'];
  /** The page's title, shown (and announced) while its module loads, and in its observatory's row of pages. */
  readonly title: string;
  /** The page's path without its query ("/mobilite/gares"): its link in its observatory's row of pages. */
  readonly path: string;
  /** The page's route of a path (its segments) and query, or null when the path is not the page's. */
  parse(segments: readonly string[], params: URLSearchParams): R | null;
  /** The URL of a route; defaults are left out so that URLs stay short. */
  toUrl(route: R): string;
  /** The page's module, loaded on demand so that the first page stays small. */
  load(): Promise<MountFunction<R>>;
}

export interface ObservatoryLink {
  href: string;
  label: string;
}

export interface ObservatoryDefinition {
  /** The observatory's slug, as the API names it. */
  readonly slug: string;
  readonly pages: readonly PageDefinition[];
  /**
   * The views of its pages a partner may embed in an iframe (/embed/<slug>/<page>, without the portal's header and
   * footer; the full page then offers the "Intégrer" button). Pages not listed are never shown under /embed.
   */
  readonly embeddable?: readonly string[];
  /** The link from the observatory's portal card and dashboard to its own page, on the territory chosen there. */
  link?(territory: string | null): ObservatoryLink;
  /**
   * What the portal card counts, for an observatory whose figures are not catalogue indicators of its own (the
   * evaluation: "3 projets suivis"); the card says how many indicators the observatory has otherwise.
   */
  count?(client: ApiClient): Promise<string>;
}

/**
 * A page, its route type erased for the registry: the shell only hands a page the routes its own parse returned
 * (the router finds the page by the route's view).
 */
export function definePage<R extends PageRoute>(page: PageDefinition<R>): PageDefinition & PageUrls {
  return page as unknown as PageDefinition & PageUrls;
}
