/**
 * The split tool: the editor clicks a cut line across the lot on the map, the API previews the two parts (a dry
 * run: PostGIS cuts, nothing is written), the map hatches them, the editor gives each part its status, then splits.
 * A conflict (412) offers to start again on the current version.
 */
import type { Position } from '../../platform/api/types';
import { loading, uid } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { Lot, PartPreview } from './api';
import { STATUSES, STATUS_LABELS } from './data';
import { ha } from './figures';
import { CUT_MIN_POINTS, initialPartStatuses, pointCount, previewParts, splitMessage } from './lotRules';
import type { PreviewPart } from './lotsMap';
import type { DrawingTool } from './tools';
import { splitLot, type WriteContext } from './writes';

export interface SplitToolProps {
  /** Hatches the parts on the map (null: none). */
  setPreview(parts: PreviewPart[] | null): void;
  /** The cancel button. */
  onCancel(): void;
}

export function splitTool(initialLot: Lot, initialEtag: string, write: WriteContext, props: SplitToolProps): DrawingTool {
  let lot = initialLot;
  let etag = initialEtag;
  let points: Position[] = [];
  let preview: PartPreview[] | null = null;
  let on = true;
  const statuses = initialPartStatuses(lot);
  const element = h('div', { class: 'tool', 'data-tool': 'split' });

  function statusSelect(part: PartPreview, i: 0 | 1): HTMLElement {
    const select = h(
      'select',
      { id: uid(`part-${i + 1}`), name: `part-${i + 1}-status`, class: 'select' },
      ...STATUSES.map((s) => h('option', { value: s }, STATUS_LABELS[s])),
    );
    select.value = statuses[i] ?? part.status;
    select.addEventListener('change', () => {
      statuses[i] = select.value;
      props.setPreview(previewParts(preview!, statuses));
    });
    return h(
      'div',
      { class: 'field part-field', 'data-part': i + 1 },
      h('label', { for: select.id, class: 'label' }, `Partie ${i + 1} (${ha(part.areaHa)}) — statut`),
      select,
    );
  }

  function render(): void {
    const cancel = h('button', { type: 'button', class: 'button button--secondary', 'data-action': 'cancel-tool' }, 'Annuler');
    cancel.addEventListener('click', () => props.onCancel());
    const slot = h('div', { class: 'form-status' });
    const children: HTMLElement[] = [
      h('h3', { tabindex: '-1' }, `Découper le lot n° ${lot.id}`),
      h(
        'ol',
        { class: 'steps' },
        h('li', {}, 'Cliquez sur la carte un premier point hors du lot, d’un côté.'),
        h('li', {}, 'Ajoutez des points si la coupe fait un angle, puis un dernier point hors du lot, de l’autre côté.'),
        h('li', {}, 'Prévisualisez les deux parties, choisissez leur statut, puis découpez.'),
      ),
    ];
    if (preview) {
      const confirm = h('button', { type: 'button', class: 'button', 'data-action': 'confirm-split' }, 'Découper le lot');
      confirm.addEventListener('click', () => void commit(slot, etag));
      children.push(
        h('p', { class: 'note' }, 'Aperçu calculé par le service (PostGIS) : les parties sont hachurées sur la carte, dans l’ordre ci-dessous.'),
        ...preview.map((part, i) => statusSelect(part, i as 0 | 1)),
        h('p', { class: 'actions' }, confirm, ' ', cancel),
      );
    } else {
      const previewButton = h(
        'button',
        { type: 'button', class: 'button', 'data-action': 'preview-split', disabled: points.length < CUT_MIN_POINTS },
        'Prévisualiser la découpe',
      );
      previewButton.addEventListener('click', () => void showPreview(slot));
      children.push(h('p', { class: 'actions' }, previewButton, ' ', cancel));
    }
    replaceContent(element, ...children, slot);
  }

  /** Starts again on the version someone else saved. */
  function onCurrent(current: Lot, slot: HTMLElement): void {
    etag = current.eTag;
    lot = current;
    void showPreview(slot);
  }

  async function showPreview(slot: HTMLElement): Promise<void> {
    const drawn = points;
    slot.replaceChildren(loading('Calcul des deux parties…'));
    try {
      const answer = await splitLot(write.client, lot.id, drawn, null, etag);
      // Dropped if the tool was left or the line changed meanwhile.
      if (!on || drawn !== points || !answer) return;
      preview = answer.parts;
      props.setPreview(previewParts(preview, statuses));
      render();
      (element.querySelector('[data-part="1"] select') as HTMLElement | null)?.focus();
    } catch (error) {
      slot.replaceChildren();
      const lineError = h('p', { class: 'field__error', role: 'alert', 'data-error-for': 'cutLine' });
      write.failed(
        error,
        slot,
        { cutLine: { control: lineError, error: lineError } },
        { mine: 'découpe du lot', reapplyLabel: 'Recommencer la découpe sur la version actuelle', reapply: (current) => onCurrent(current, slot) },
      );
      if (!lineError.hidden && lineError.textContent) slot.prepend(lineError);
    }
  }

  async function commit(slot: HTMLElement, ifMatch: string): Promise<void> {
    slot.replaceChildren(loading('Découpe en cours…'));
    try {
      const answer = await splitLot(write.client, lot.id, points, statuses, ifMatch);
      await write.written(splitMessage(lot.id, answer?.lots.map((l) => l.id) ?? []), { lot: null });
    } catch (error) {
      slot.replaceChildren();
      write.failed(
        error,
        slot,
        {},
        {
          mine: 'découpe du lot',
          reapplyLabel: 'Recommencer la découpe sur la version actuelle',
          reapply: (current) => {
            preview = null;
            props.setPreview(null);
            onCurrent(current, slot);
          },
        },
      );
    }
  }

  render();
  return {
    kind: 'line',
    element,
    describe: (count) => `Tracé de la ligne de coupe : ${pointCount(count)}`,
    setPoints(next) {
      points = next;
      preview = null;
      props.setPreview(null);
      render();
    },
    end() {
      on = false;
    },
  };
}
