/** Minimal DOM helpers. Text always goes through text nodes, never innerHTML. */

export type Child = Node | string | number | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | null | undefined>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function applyAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : parent.ownerDocument!.createTextNode(String(child)));
  }
}

/** Creates an HTML element: h('p', { class: 'note' }, 'Texte'). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  applyAttributes(element, attributes);
  append(element, children);
  return element;
}

/** Creates an SVG element in the SVG namespace. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  applyAttributes(element, attributes);
  append(element, children);
  return element;
}

/** Replaces the content of `container` and clears its busy state. */
export function replaceContent(container: Element, ...children: Child[]): void {
  container.replaceChildren();
  append(container, children);
  container.removeAttribute('aria-busy');
}

/** Shows a loading message in `container`, marked busy for assistive technologies. */
export function showLoading(container: Element, message: string): void {
  container.replaceChildren(h('p', { class: 'loading' }, message));
  container.setAttribute('aria-busy', 'true');
}
