/**
 * A view whose module is loaded on demand (dynamic import): the first page stays small. Until the module is there,
 * a loading message; route updates that arrive meanwhile are kept and given to the view once mounted.
 */
import type { Context, View } from '../app';
import type { Route } from '../state/route';
import { showError } from '../ui/components';
import { h } from '../ui/dom';

export type Mounter<R extends Route> = (container: HTMLElement, route: R, ctx: Context) => View;

export function lazyView<R extends Route>(
  container: HTMLElement,
  route: R,
  ctx: Context,
  load: () => Promise<Mounter<R>>,
  title: string,
): View {
  let latest = route;
  let view: View | null = null;
  let destroyed = false;
  container.append(h('h1', { tabindex: '-1' }, title), h('p', { class: 'loading', role: 'status' }, 'Chargement de la page…'));
  const start = (): void => {
    load()
      .then((mount) => {
        if (destroyed) return;
        const hadFocus = container.contains(ctx.document.activeElement);
        container.replaceChildren();
        view = mount(container, latest, ctx);
        if (hadFocus) (container.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
      })
      .catch((error: unknown) => {
        if (destroyed) return;
        const slot = h('div');
        container.append(slot);
        showError(slot, error instanceof Error ? error : new Error(String(error)), () => {
          slot.remove();
          start();
        });
      });
  };
  start();
  return {
    update(next) {
      latest = next as R;
      view?.update(next);
    },
    destroy() {
      destroyed = true;
      view?.destroy();
    },
  };
}
