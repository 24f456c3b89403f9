/**
 * What an embed page shows around the page itself: the bar with the link to the full page on the observatory (a new
 * tab: the frame stays on the partner's site), and the message of a path that is no embeddable page. embed.html
 * holds the bar, so that it has its height at the first paint.
 */
import type { Context, View } from '../context';
import type { Route } from '../routes';
import { h, replaceContent } from '../ui/dom';
import { fullPath } from './embedRoutes';

export interface EmbedBar {
  /** Points the link at the full page (an absolute URL), named after the page shown. */
  show(href: string, page: string | null): void;
}

/** The bar of embed.html (one is added at the top of the body when the document has none). */
export function embedBar(doc: Document): EmbedBar {
  let link = doc.querySelector<HTMLAnchorElement>('a[data-embed-link]');
  if (!link) {
    link = h('a', { class: 'embed-bar__link', 'data-embed-link': '', target: '_blank', rel: 'noopener', href: '/' });
    doc.body.prepend(h('header', { class: 'embed-bar' }, h('p', { class: 'embed-bar__brand' }, 'AULA · Observatoires territoriaux'), link));
  }
  const anchor = link;
  return {
    show(href, page) {
      anchor.href = href;
      anchor.replaceChildren(
        'Voir sur l’observatoire',
        h('span', { class: 'visually-hidden' }, `${page ? ` : ${page}` : ''}, sur le site de l’AULA (nouvel onglet)`),
      );
    },
  };
}

/** An address under /embed that is no page an observatory lets partners embed. */
export function mountNotEmbeddable(container: HTMLElement, route: Route, ctx: Context): View {
  ctx.setTitle('Page non intégrable');
  const path = route.view === 'notFound' ? route.path : '';
  const full = fullPath(path) ?? '/';
  replaceContent(
    container,
    h('h1', { tabindex: '-1' }, 'Page non intégrable'),
    h(
      'div',
      { class: 'alert alert--error', role: 'alert' },
      h('p', { class: 'alert__title' }, `L’adresse ${path} ne correspond à aucune page que les observatoires permettent d’intégrer à un autre site.`),
      h(
        'p',
        {},
        h(
          'a',
          { href: `${ctx.window.location.origin}${full}`, target: '_blank', rel: 'noopener' },
          'Ouvrir cette adresse sur le site des observatoires (nouvel onglet)',
        ),
      ),
    ),
  );
  return { update() {}, destroy() {} };
}
