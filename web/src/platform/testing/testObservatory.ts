/**
 * A test-only observatory, so that the platform's tests do not depend on any real one: one page, /essai?n=…, whose
 * view shows its number, and a link from its card and dashboard.
 */
import type { View } from '../context';
import { definePage, type ObservatoryDefinition } from '../registry';
import { pickId, query, type Route } from '../routes';
import { h, replaceContent } from '../ui/dom';

export interface TestPageRoute {
  view: 'essai/page';
  n: number | null;
}

export const testPageUrl = (route: TestPageRoute): string => `/essai${query([['n', route.n === null ? null : String(route.n)]])}`;

export const testObservatory: ObservatoryDefinition = {
  slug: 'essai',
  pages: [
    definePage<TestPageRoute>({
      view: 'essai/page',
      title: 'Page d’essai',
      path: '/essai',
      parse: (segments, params) => (segments.length === 1 && segments[0] === 'essai' ? { view: 'essai/page', n: pickId(params, 'n') } : null),
      toUrl: testPageUrl,
      load:
        async () =>
        (container, route, ctx): View => {
          ctx.setTitle('Page d’essai');
          const show = (r: TestPageRoute): void => replaceContent(container, h('h1', { tabindex: '-1' }, `Page d’essai ${r.n ?? 'sans numéro'}`));
          show(route);
          return { update: (next: Route) => next.view === 'essai/page' && show(next as TestPageRoute), destroy() {} };
        },
    }),
  ],
  link: (territory) => ({ label: 'Page d’essai', href: testPageUrl({ view: 'essai/page', n: territory === null ? null : territory.length }) }),
};
