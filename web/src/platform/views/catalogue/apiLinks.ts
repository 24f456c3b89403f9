/** A list of API links: a label, the absolute URL (a link), and buttons to copy it and its curl command. */
import { curlCommand } from '../../api/client';
import { copyButton } from '../../ui/components';
import { h } from '../../ui/dom';

/** `links` are [label, path] pairs; `origin` makes them absolute. */
export function apiLinks(origin: string, links: [string, string][]): HTMLElement {
  return h(
    'ul',
    { class: 'api-links' },
    ...links.map(([label, url]) => {
      // Kept as written (not through URL): the tile template's {z}/{y}/{x} must stay readable.
      const absolute = `${origin}${url}`;
      return h(
        'li',
        {},
        h('span', { class: 'api-links__label' }, label),
        h('code', {}, h('a', { href: url }, absolute)),
        h(
          'span',
          { class: 'api-links__copy' },
          copyButton('Copier l’URL', () => absolute),
          copyButton('Copier la commande curl', () => curlCommand(url, origin)),
        ),
      );
    }),
  );
}
