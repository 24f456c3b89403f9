/**
 * The editor's side of the page, wired together: the lot's form, the split and create tools in their frame, and what
 * every write does once done (read again, show the panel, announce) or when it fails (problems.ts).
 */
import type { ApiClient } from '../../platform/api/client';
import { h } from '../../platform/ui/dom';
import type { Lot } from './api';
import { createTool } from './createTool';
import { lotEditForm } from './editForm';
import { lotGone } from './lotSheet';
import type { LotPanelActions } from './lotPanel';
import type { MapSurface } from './mapPanel';
import { showWriteError } from './problems';
import type { FoncierEcoRoute } from './route';
import { splitTool, type SplitToolProps } from './splitTool';
import type { RouteChanges } from './state';
import { createToolFrame } from './tools';
import type { WriteContext } from './writes';

export interface EditingProps {
  client: ApiClient;
  document: Document;
  panel: HTMLElement;
  toolBar: HTMLElement;
  map: MapSurface;
  route(): FoncierEcoRoute;
  go(changes: RouteChanges): void;
  /** Reads the data again (after a write, or to discard a change) and shows it, the panel included. */
  reload(): Promise<void>;
  /** Shows the panel (once a tool is left). */
  renderPanel(): void;
}

export interface Editing extends LotPanelActions {
  /** True while a drawing tool holds the panel. */
  toolActive(): boolean;
  /** Puts the drawing tool back in the panel. */
  showTool(): void;
  /** Turns the tool off without showing the panel again (the route moves on). */
  endTool(): void;
  /** Turns the tool off and shows the panel again (sign-out). */
  leaveTool(): void;
  destroy(): void;
}

export function createEditing(props: EditingProps): Editing {
  const { panel } = props;
  const tools = createToolFrame({ document: props.document, panel, toolBar: props.toolBar, map: props.map, onLeave: props.renderPanel });

  /** A polite announcement after a write, at the top of the panel. */
  function announce(message: string): void {
    panel.prepend(h('p', { class: 'alert alert--success', role: 'status', 'data-saved': '' }, message));
  }

  const write: WriteContext = {
    client: props.client,
    async written(message, changes) {
      tools.end();
      if (changes) props.go(changes);
      await props.reload();
      announce(message);
    },
    failed(error, slot, fields, conflict) {
      showWriteError(error, slot, fields, conflict, {
        discard() {
          tools.end();
          void props.reload().then(() => (panel.querySelector('h3') as HTMLElement | null)?.focus());
        },
        lotGone: () => lotGone(props.route()),
      });
    },
  };

  const cancel = (): void => {
    tools.leave();
    (panel.querySelector('button, a') as HTMLElement | null)?.focus();
  };
  const setPreview: SplitToolProps['setPreview'] = (parts) => props.map.current()?.setPreview(parts);
  const startSplit = (lot: Lot, etag: string): void => tools.start(splitTool(lot, etag, write, { setPreview, onCancel: cancel }));

  return {
    startCreate: (park) => tools.start(createTool(park, write, { onCancel: cancel })),
    editForm: (lot, etag) => lotEditForm(lot, etag, write, { onSplit: startSplit }),
    toolActive: tools.active,
    showTool: tools.show,
    endTool: tools.end,
    leaveTool: tools.leave,
    destroy: tools.destroy,
  };
}
