/**
 * The link from an observatory's portal card and dashboard to its own page (the brownfield map, the ZAN counter...),
 * on the territory already chosen there, when the observatory declares one (ObservatoryDefinition.link).
 */
import type { ObservatoryDefinition } from './registry';
import { h } from './ui/dom';

export function observatoryLink(observatory: ObservatoryDefinition | undefined, territory: string | null, kind: 'card' | 'dashboard'): HTMLElement | null {
  const link = observatory?.link?.(territory);
  if (!observatory || !link) return null;
  return h(
    'p',
    { class: kind === 'card' ? 'card__extra' : 'observatory-link' },
    h(
      'a',
      {
        href: link.href,
        'data-nav': '',
        'data-observatory-link': observatory.slug,
        class: kind === 'card' ? 'card__extra-link' : 'button button--secondary',
      },
      `${link.label} →`,
    ),
  );
}

/** Keeps a dashboard's link on the zone chosen there. */
export function refreshObservatoryLink(container: ParentNode, observatory: ObservatoryDefinition | undefined, territory: string | null): void {
  const anchor = container.querySelector<HTMLAnchorElement>(`a[data-observatory-link="${observatory?.slug}"]`);
  const link = observatory?.link?.(territory);
  if (anchor && link) anchor.setAttribute('href', link.href);
}
