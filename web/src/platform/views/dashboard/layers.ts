/** The observatory's OGC layers, one checkbox each, shown over the map. */
import { checkboxField } from '../../ui/components';
import { h } from '../../ui/dom';

export interface LayerChoice {
  id: string;
  title: string;
}

/** The fieldset of the layers (null when the observatory has none). */
export function layersFieldset(
  layers: readonly LayerChoice[],
  visible: readonly string[],
  onToggle: (id: string, checked: boolean) => void,
): HTMLElement | null {
  if (layers.length === 0) return null;
  return h(
    'fieldset',
    { class: 'layers' },
    h('legend', {}, 'Couches de l’observatoire'),
    ...layers.map((l) => checkboxField(l.title, `layer-${l.id}`, visible.includes(l.id), (checked) => onToggle(l.id, checked))),
  );
}

/** The layers shown after a checkbox changed: added at the end, or removed. */
export function toggleLayer(visible: readonly string[], id: string, checked: boolean): string[] {
  return checked ? [...visible, id] : visible.filter((l) => l !== id);
}
