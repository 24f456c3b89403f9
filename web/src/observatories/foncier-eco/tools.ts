/**
 * The drawing tools' frame: while a tool is on, it holds the side panel, the map takes its clicks as points, and
 * the draw bar over the map counts them (with "undo the last point"). Escape leaves the tool. One tool at a time.
 */
import type { Position } from '../../platform/api/types';
import { h, replaceContent } from '../../platform/ui/dom';
import type { DrawKind } from './lotsMap';
import type { MapSurface } from './mapPanel';

/** A drawing tool: what it draws, what it shows in the panel, and what it does with the points. */
export interface DrawingTool {
  readonly kind: DrawKind;
  /** The panel's content while the tool is on. */
  readonly element: HTMLElement;
  /** The draw bar's text for the number of points drawn. */
  describe(points: number): string;
  /** The points drawn so far (after a click on the map, or an undo). */
  setPoints(points: Position[]): void;
  /** The tool is turned off: answers still on their way are dropped. */
  end?(): void;
}

export interface ToolFrameProps {
  document: Document;
  panel: HTMLElement;
  toolBar: HTMLElement;
  map: MapSurface;
  /** The tool was left by the user (Escape, cancel): show the panel again. */
  onLeave(): void;
}

export interface ToolFrame {
  active(): boolean;
  /** Turns a tool on: the panel shows it, the heading gets the focus. */
  start(tool: DrawingTool): void;
  /** Puts the tool back in the panel (after the panel was filled with something else). */
  show(): void;
  /** Turns the tool off (no drawing, no preview, no bar), the panel left as it is. */
  end(): void;
  /** Turns the tool off and shows the panel again. */
  leave(): void;
  destroy(): void;
}

export function createToolFrame(props: ToolFrameProps): ToolFrame {
  const { panel, toolBar, map } = props;
  let tool: DrawingTool | null = null;

  function renderBar(points: number): void {
    if (!tool) return;
    const undo = h('button', { type: 'button', class: 'button button--tertiary', 'data-action': 'undo', disabled: points === 0 }, 'Effacer le dernier point');
    undo.addEventListener('click', () => map.current()?.undoPoint());
    replaceContent(toolBar, h('p', { class: 'draw-bar__text' }, tool.describe(points)), undo);
    toolBar.hidden = false;
  }

  function show(): void {
    if (tool && tool.element.parentNode !== panel) replaceContent(panel, tool.element);
  }

  function end(): void {
    if (!tool) return;
    tool.end?.();
    tool = null;
    map.current()?.stopDrawing();
    map.current()?.setPreview(null);
    toolBar.hidden = true;
  }

  function leave(): void {
    end();
    props.onLeave();
  }

  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && tool) leave();
  };
  props.document.addEventListener('keydown', onKey);

  return {
    active: () => tool !== null,
    start(next) {
      end();
      tool = next;
      void map.ready.then((m) =>
        m?.startDrawing(next.kind, (points) => {
          if (tool !== next) return;
          next.setPoints(points);
          renderBar(points.length);
        }),
      );
      renderBar(0);
      show();
      (panel.querySelector('h3') as HTMLElement | null)?.focus();
    },
    show,
    end,
    leave,
    destroy() {
      props.document.removeEventListener('keydown', onKey);
    },
  };
}
