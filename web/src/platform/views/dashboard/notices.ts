/** What the dashboard says above its controls when the URL asks for what does not exist. */
import { ApiError } from '../../api/client';
import type { IndicatorSummary } from '../../api/types';
import { formatPeriod } from '../../format';
import { routeToUrl, type DashboardRoute } from '../../routes';
import { showError } from '../../ui/components';
import { h } from '../../ui/dom';

/** No such observatory: the error, and the way back to the list. */
export function showUnknownObservatory(notice: HTMLElement, slug: string, error: ApiError): void {
  showError(notice, new ApiError(`Il n’y a pas d’observatoire « ${slug} ».`, { kind: 'http', url: error.url, status: 404 }));
  notice.append(h('p', {}, h('a', { href: '/', 'data-nav': '' }, 'Voir la liste des observatoires')));
}

/** No such indicator in the observatory (or none at all): the error, and a link to its first indicator. */
export function showUnknownIndicator(notice: HTMLElement, code: string | null, first: IndicatorSummary | undefined, route: DashboardRoute): void {
  showError(
    notice,
    new ApiError(code ? `L’indicateur « ${code} » n’existe pas dans cet observatoire.` : 'Cet observatoire n’a pas encore d’indicateur.', {
      kind: 'http',
      url: '',
      status: 404,
    }),
  );
  if (first) {
    notice.append(h('p', {}, h('a', { href: routeToUrl({ ...route, indicator: null, period: null }), 'data-nav': '' }, `Afficher « ${first.label} »`)));
  }
}

/** The period asked does not exist: the latest is shown instead. */
export function unknownPeriodAlert(asked: string, shown: string): HTMLElement {
  return h(
    'div',
    { class: 'alert alert--warning', role: 'alert' },
    h(
      'p',
      { class: 'alert__title' },
      `La période « ${asked} » n’existe pas pour cet indicateur : la dernière période disponible (${formatPeriod(shown)}) est affichée.`,
    ),
  );
}
