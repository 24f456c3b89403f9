/**
 * The pages of an observatory that has several (Énergie's accounts, sites and Toile; Mobilité's accidents, cycling
 * network, stations and PDU): a row of links above the page, the one shown marked as current, each opening on the
 * territory being read so that a reader who chose the CALL stays on the CALL from one page to the next.
 */
import type { PageDefinition } from '../registry';
import type { PageRoute } from '../routes';
import { h } from './dom';

export interface ObservatoryPagesNav {
  readonly element: HTMLElement;
  /** Marks the page of the route as current and points every link at the route's territory. */
  show(route: PageRoute): void;
}

/** The URL of a page opened on a territory; the page's own parser drops a territory it does not offer. */
export function pageHome(page: PageDefinition, territory: string | null): string {
  const params = new URLSearchParams(territory ? { territory } : {});
  const route = page.parse(
    page.path.split('/').filter((s) => s !== ''),
    params,
  );
  return route ? page.toUrl(route) : page.path;
}

function territoryOf(route: PageRoute): string | null {
  const territory = (route as { territory?: unknown }).territory;
  return typeof territory === 'string' ? territory : null;
}

export function observatoryPagesNav(pages: readonly PageDefinition[]): ObservatoryPagesNav {
  const links = pages.map((page) => ({ page, link: h('a', { href: page.path, 'data-nav': '' }, page.title) }));
  const element = h('nav', { class: 'observatory-pages', 'aria-label': 'Pages de l’observatoire' }, h('ul', {}, ...links.map(({ link }) => h('li', {}, link))));
  return {
    element,
    show(route) {
      const territory = territoryOf(route);
      for (const { page, link } of links) {
        link.href = pageHome(page, territory);
        if (page.view === route.view) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
    },
  };
}
