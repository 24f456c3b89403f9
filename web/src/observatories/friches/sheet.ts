/**
 * The "Fiche du site" section: loads the sheet of the site chosen (or says how to choose one), shows it, says in
 * French when it cannot, gives it the focus when the user chose the site on the map or in a table, and writes the
 * site's simulated score into it while a simulation is shown.
 */
import { loading, showError } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { formatDecimal, formatInteger, formatSigned } from '../../platform/format';
import type { SiteDetail, SiteScore } from './api';
import { scoreChange } from './domain';
import { SHEET_PROMPT } from './layout';
import { latest } from './latest';
import { renderSheetArticle } from './sheetArticle';

export interface SheetProps {
  load(id: number): Promise<SiteDetail>;
  /** The name of the sheet's EPCI, when the territories are known. */
  epciName(epciId: string | null): string | null;
  onClose(): void;
  /** A sheet is shown (its criteria's labels name the sliders). */
  onShown(detail: SiteDetail): void;
}

export interface Sheet {
  /** The sheet of this site (null: none); the one shown stays if it is already this site's. */
  show(id: number | null): void;
  /** The next sheet shown takes the focus (the user chose its site on the map or in a table). */
  focusNext(): void;
  /** The simulated scores of every site, or null when no simulation is shown. */
  simulate(scores: ReadonlyMap<number, SiteScore> | null): void;
  destroy(): void;
}

/** "Simulation 94 / 100 avec les pondérations simulées (+2), rang 1 au lieu de 1". */
export function renderSimulatedScore(score: SiteScore): HTMLElement {
  return h(
    'p',
    { class: 'simulated-score', 'data-value': score.whatIf },
    h('span', { class: 'badge badge--simulation' }, 'Simulation'),
    ` ${formatDecimal(score.whatIf, 1)} / 100 avec les pondérations simulées (${formatSigned(scoreChange(score), 1)}), rang ${formatInteger(score.rankWhatIf)} au lieu de ${formatInteger(score.rankNow)}`,
  );
}

export function mountSheet(slot: HTMLElement, props: SheetProps): Sheet {
  const loads = latest();
  let shown: number | null = null;
  let focus = false;
  let scores: ReadonlyMap<number, SiteScore> | null = null;

  function renderSimulation(): void {
    const target = slot.querySelector('[data-testid="sheet-simulation"]');
    if (!target) return;
    const score = shown === null ? undefined : scores?.get(shown);
    if (score) replaceContent(target, renderSimulatedScore(score));
    else replaceContent(target);
  }

  function render(detail: SiteDetail): void {
    replaceContent(slot, renderSheetArticle(detail, { epciName: props.epciName(detail.sheet.epciId ?? null), onClose: props.onClose }));
    renderSimulation();
    props.onShown(detail);
    if (focus) {
      focus = false;
      const heading = slot.querySelector<HTMLElement>('#site-sheet-title');
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView?.({ block: 'start' });
    }
  }

  async function show(id: number | null): Promise<void> {
    if (id === shown && id !== null && slot.querySelector('.site-sheet')) {
      renderSimulation();
      return;
    }
    const current = loads.take();
    shown = id;
    if (id === null) {
      replaceContent(slot, h('p', { class: 'note' }, SHEET_PROMPT));
      return;
    }
    replaceContent(slot, loading('Chargement de la fiche…'));
    try {
      const detail = await props.load(id);
      if (current()) render(detail);
    } catch (error) {
      if (!current()) return;
      shown = null;
      showError(slot, error, () => void show(id));
    }
  }

  return {
    show: (id) => void show(id),
    focusNext() {
      focus = true;
    },
    simulate(next) {
      scores = next;
      renderSimulation();
    },
    destroy() {
      loads.stop();
    },
  };
}
