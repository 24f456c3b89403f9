/**
 * Waits until an element is about to be seen: what loads the heavy parts (MapLibre, Observable Plot) only when their
 * block nears the screen. A phone that shows the controls and the key figure first downloads and runs neither until
 * the reader scrolls towards them; on a wide screen, where they are in view, they start right after the first paint
 * (an IntersectionObserver reports after the layout).
 */

/** A little ahead of the screen's edges: the block's code and data start coming before the reader reaches it. */
const AHEAD = '200px 0px';

export interface Nearness {
  /** Resolves once the element is within 200 px of the viewport (at once where IntersectionObserver is missing). */
  readonly near: Promise<void>;
  /** Stops watching (the view was left); `near` then never resolves. */
  cancel(): void;
}

export function nearViewport(element: Element): Nearness {
  // Read from the global scope, like ResizeObserver in the chart: the tests stub it there.
  const Observer = globalThis.IntersectionObserver;
  if (typeof Observer === 'undefined') return { near: Promise.resolve(), cancel() {} };
  let observer: IntersectionObserver | null = null;
  const near = new Promise<void>((resolve) => {
    observer = new Observer(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer?.disconnect();
        resolve();
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
  });
  return { near, cancel: () => observer?.disconnect() };
}
