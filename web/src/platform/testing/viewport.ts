/**
 * IntersectionObserver for the views' tests: happy-dom's never reports, so that the map and the chart, which load when
 * their block nears the screen (ui/nearViewport.ts), would never come. `viewport()` reports only when the test says
 * so; `seeEverything()` reports every element in view as soon as it is watched.
 */
import { vi } from 'vitest';

export interface FakeViewport {
  /** The elements watched now. */
  readonly watched: Element[];
  /** Reports the watched elements that match `selector` in view. */
  reveal(selector: string): void;
}

interface Watcher {
  callback: IntersectionObserverCallback;
  targets: Set<Element>;
  observer: IntersectionObserver;
}

export function viewport({ everything = false } = {}): FakeViewport {
  const watchers = new Set<Watcher>();
  const report = (w: Watcher, targets: Element[]): void =>
    w.callback(
      targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry),
      w.observer,
    );
  class FakeObserver {
    readonly root = null;
    readonly rootMargin = '0px';
    readonly thresholds = [0];
    private readonly w: Watcher;
    constructor(callback: IntersectionObserverCallback) {
      this.w = { callback, targets: new Set(), observer: this as unknown as IntersectionObserver };
      watchers.add(this.w);
    }
    observe(target: Element): void {
      this.w.targets.add(target);
      if (everything) queueMicrotask(() => report(this.w, [target]));
    }
    unobserve(target: Element): void {
      this.w.targets.delete(target);
    }
    disconnect(): void {
      this.w.targets.clear();
      watchers.delete(this.w);
    }
    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  return {
    get watched() {
      return [...watchers].flatMap((w) => [...w.targets]);
    },
    reveal(selector) {
      for (const w of [...watchers]) {
        const seen = [...w.targets].filter((t) => t.matches(selector));
        if (seen.length > 0) report(w, seen);
      }
    },
  };
}

export function seeEverything(): void {
  viewport({ everything: true });
}
