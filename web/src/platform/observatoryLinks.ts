/**
 * Links from the portal's cards and the observatory dashboards to the land views ("Carte des friches", "Compteur
 * ZAN"), on the territory already chosen when the view knows it.
 */
import { foncierRoute, frichesRoute, routeToUrl, zanRoute } from './routes';
import { h } from './ui/dom';

const LABELS: Record<string, string> = {
  friches: 'Carte des friches',
  zan: 'Compteur ZAN',
  'foncier-eco': 'Disponibilités des zones d’activités',
};

/** The URL of the land view of an observatory for a territory, or null when the observatory has none. */
export function landViewUrl(slug: string, territory: string | null): string | null {
  if (slug === 'friches') return routeToUrl(frichesRoute({ epci: territory?.startsWith('epci:') ? territory : null }));
  if (slug === 'zan') return routeToUrl(zanRoute(territory ?? undefined));
  if (slug === 'foncier-eco') {
    const zone = territory !== null && /^(epci|groupement):/.test(territory) && territory !== 'groupement:aula' ? territory : null;
    return routeToUrl(foncierRoute({ territory: zone }));
  }
  return null;
}

/** A link to the observatory's land view (null for the other observatories). */
export function landLink(slug: string, territory: string | null, kind: 'card' | 'dashboard'): HTMLElement | null {
  const href = landViewUrl(slug, territory);
  if (href === null) return null;
  return h(
    'p',
    { class: kind === 'card' ? 'card__extra' : 'land-link' },
    h('a', { href, 'data-nav': '', 'data-land-link': slug, class: kind === 'card' ? 'card__extra-link' : 'button button--secondary' }, `${LABELS[slug]} →`),
  );
}

/** Keeps a dashboard's link on the zone chosen there. */
export function refreshLandLink(container: ParentNode, slug: string, territory: string | null): void {
  const link = container.querySelector<HTMLAnchorElement>(`a[data-land-link="${slug}"]`);
  const href = landViewUrl(slug, territory);
  if (link && href) link.setAttribute('href', href);
}
