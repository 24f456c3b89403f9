/** What the three Habitat pages share: the title with the territory on a line of its own, and a panel's section. */
import { h } from '../../platform/ui/dom';

/**
 * The title's parts: the page, then the territory on a line of its own whose place is kept from the start, so that a
 * long name does not push the page down when it arrives.
 */
export function pageTitle(page: string, territory: string | null): (string | HTMLElement)[] {
  return [page, ' ', h('span', { class: 'habitat-title__territory' }, territory ? `— ${territory}` : '')];
}

export function section(headingId: string, heading: string, ...content: HTMLElement[]): HTMLElement {
  return h('section', { class: 'block', 'aria-labelledby': headingId }, h('h2', { id: headingId }, heading), ...content);
}
