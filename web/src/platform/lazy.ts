/**
 * Views loaded on demand (dynamic import), so that the first page stays small: the shell mounts a placeholder with
 * the page's title at once (focus and the title are there for screen-reader and keyboard users), then the view's
 * module, and hands it the latest route.
 */
import type { Context, MountFunction, View } from './context';
import type { Route } from './routes';
import { showError } from './ui/components';
import { h } from './ui/dom';

export function lazyView<R extends Route>(container: HTMLElement, initial: R, ctx: Context, title: string, load: () => Promise<MountFunction<R>>): View {
  let route: Route = initial;
  let view: View | null = null;
  let destroyed = false;
  const heading = h('h1', { tabindex: '-1' }, title);
  const status = h('div', { 'aria-busy': 'true' }, h('p', { class: 'loading', role: 'status' }, 'Chargement de la page…'));
  container.append(heading, status);
  ctx.setTitle(title);

  function start(): void {
    load().then(
      (mount) => {
        if (destroyed) return;
        const hadFocus = ctx.document.activeElement === heading;
        container.replaceChildren();
        view = mount(container, (route.view === initial.view ? route : initial) as R, ctx);
        if (hadFocus) (container.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
      },
      (error: unknown) => {
        if (!destroyed) showError(status, new Error(`La page n’a pas pu être chargée (${String(error)}).`), () => start());
      },
    );
  }
  start();

  return {
    update(next) {
      route = next;
      view?.update(next);
    },
    destroy() {
      destroyed = true;
      view?.destroy();
    },
  };
}
