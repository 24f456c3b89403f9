/** The breadcrumb of an observatory's own page: Portail › the observatory (its dashboard) › the page. */
import { dashboardRoute, routeToUrl } from '../routes';
import { h } from './dom';

export function observatoryBreadcrumb(slug: string, observatory: string, page: string): HTMLElement {
  return h(
    'p',
    { class: 'breadcrumb' },
    h('a', { href: '/', 'data-nav': '' }, 'Portail'),
    ' › ',
    h('a', { href: routeToUrl(dashboardRoute(slug)), 'data-nav': '' }, observatory),
    ' › ',
    h('span', { class: 'breadcrumb__here' }, page),
  );
}
