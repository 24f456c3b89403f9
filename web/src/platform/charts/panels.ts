/**
 * What an observatory's chart panels share (the Compteur ZAN, the Bilan énergétique): their charts' module, loaded on
 * demand with Observable Plot; charts drawn at the width of their slot and drawn again when it changes; whether the
 * panel is still wanted.
 */
import { showError } from '../ui/components';

export interface ChartPanelDeps<Charts> {
  /** The charts' module (its import started with the view). */
  readonly charts: Promise<Charts>;
  readonly redraws: Redraws;
  /** False once the territory changed or the view was left: the panel then draws nothing. */
  live(): boolean;
}

/** The charts' module, or null (its failure shown in the slot, or the panel no longer wanted). */
export async function loadCharts<Charts>(slot: HTMLElement, deps: ChartPanelDeps<Charts>): Promise<Charts | null> {
  let module: Charts;
  try {
    module = await deps.charts;
  } catch (error) {
    showError(slot, error);
    return null;
  }
  return deps.live() ? module : null;
}

/**
 * Charts drawn at the width of their slot, and drawn again when the slot's width changes by more than 24 pixels
 * (ResizeObserver, when the browser has one). stop() forgets them all: a new territory or the view left.
 */
export class Redraws {
  private readonly observers: ResizeObserver[] = [];

  /** Draws into `figure` at the width of `slot` (300 pixels at least), now and on every resize. */
  draw(slot: HTMLElement, figure: HTMLElement, draw: (width: number) => Element): void {
    const paint = (): void => {
      try {
        figure.replaceChildren(draw(Math.max(300, Math.floor(slot.clientWidth || 760))));
      } catch (error) {
        showError(figure, new Error(`Le graphique n’a pas pu être dessiné (${String(error)}).`));
      }
    };
    paint();
    if (typeof ResizeObserver === 'undefined') return;
    let last = slot.clientWidth;
    const observer = new ResizeObserver(() => {
      if (Math.abs(slot.clientWidth - last) < 24) return;
      last = slot.clientWidth;
      paint();
    });
    observer.observe(slot);
    this.observers.push(observer);
  }

  stop(): void {
    for (const observer of this.observers.splice(0)) observer.disconnect();
  }
}
