/**
 * The what-if sliders: one per criterion, 0–10 by halves, starting from the weights in force. A move is sent after
 * 350 ms without another (one request for a drag) as the weights that differ from those in force; the reset button
 * goes back to them. The sliders follow the route (back button, a shared link) without being rebuilt under the
 * pointer; they are rebuilt once, when a sheet brings the API's names of the criteria.
 */
import { uid } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { formatDecimal } from '../../platform/format';
import { changedWeights, criterionLabel } from './domain';

export const SLIDER_MAX = 10;
export const SLIDER_STEP = 0.5;
export const WHAT_IF_DELAY_MS = 350;

export interface WeightsProps {
  document: Document;
  /** The sliders moved: the weights that differ from those in force (after the delay). */
  onChange(weights: Record<string, number>): void;
  onReset(): void;
}

export interface WeightsState {
  /** The weights in force, by criterion. */
  defaults: Record<string, number>;
  /** The route's simulated weights (only those moved). */
  weights: Record<string, number>;
  /** The API's names of the criteria (empty until a sheet is shown). */
  labels: ReadonlyMap<string, string>;
}

export interface Weights {
  update(state: WeightsState): void;
  destroy(): void;
}

interface Slider {
  input: HTMLInputElement;
  output: HTMLOutputElement;
  wrapper: HTMLElement;
}

export function mountWeights(slot: HTMLElement, props: WeightsProps): Weights {
  let pending: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;
  let draft: Record<string, number> = {};
  const sliders = new Map<string, Slider>();
  let resetButton: HTMLButtonElement | null = null;
  let labelled = false;

  function slider(criterion: string, base: Record<string, number>, labels: ReadonlyMap<string, string>): HTMLElement {
    const id = uid(`weight-${criterion}`);
    const value = draft[criterion] ?? 0;
    const output = h('output', { class: 'slider__value', for: id, 'data-criterion': criterion }, formatDecimal(value, 1));
    const input = h('input', {
      type: 'range',
      id,
      name: `weight-${criterion}`,
      class: 'slider__input',
      min: 0,
      max: SLIDER_MAX,
      step: SLIDER_STEP,
      'data-criterion': criterion,
      'aria-describedby': `${id}-default`,
    });
    input.value = String(value);
    const wrapper = h(
      'div',
      { class: 'slider' },
      h('label', { for: id, class: 'slider__label' }, criterionLabel(criterion, labels)),
      input,
      output,
      h('span', { class: 'slider__default', id: `${id}-default` }, `en vigueur : ${formatDecimal(base[criterion], 1)}`),
    );
    input.addEventListener('input', () => {
      draft[criterion] = Number(input.value);
      output.textContent = formatDecimal(Number(input.value), 1);
      wrapper.classList.toggle('slider--changed', draft[criterion] !== base[criterion]);
      clearTimeout(pending);
      pending = setTimeout(() => {
        if (!destroyed) props.onChange(changedWeights(draft, base));
      }, WHAT_IF_DELAY_MS);
    });
    sliders.set(criterion, { input, output, wrapper });
    return wrapper;
  }

  function build(state: WeightsState): void {
    labelled = state.labels.size > 0;
    const base = state.defaults;
    sliders.clear();
    draft = { ...base, ...state.weights };
    const rows = Object.keys(base).map((criterion) => slider(criterion, base, state.labels));
    const reset = h('button', { type: 'button', class: 'button button--secondary', 'data-testid': 'reset-weights' }, 'Revenir aux pondérations en vigueur');
    reset.addEventListener('click', () => {
      clearTimeout(pending);
      props.onReset();
    });
    resetButton = reset;
    const focusedName = (props.document.activeElement as HTMLInputElement | null)?.name;
    replaceContent(
      slot,
      h(
        'fieldset',
        { class: 'sliders' },
        h('legend', {}, 'Poids de chaque critère, de 0 à 10 (la simulation se recalcule dès que le curseur s’arrête)'),
        ...rows,
      ),
      h('p', {}, reset),
      h(
        'p',
        { class: 'note' },
        'Les pondérations en vigueur sont celles de l’agence ; quelques intercommunalités en ont d’autres pour certains critères : c’est pourquoi un site peut changer de score simulé sans que vous ayez bougé de curseur. La simulation applique les mêmes pondérations à tous les sites.',
      ),
    );
    if (focusedName?.startsWith('weight-')) (slot.querySelector(`[name="${focusedName}"]`) as HTMLElement | null)?.focus();
  }

  /** The sliders follow the route without being rebuilt. */
  function sync(state: WeightsState): void {
    draft = { ...state.defaults, ...state.weights };
    for (const [criterion, { input, output, wrapper }] of sliders) {
      const value = draft[criterion] ?? 0;
      if (Number(input.value) !== value) input.value = String(value);
      output.textContent = formatDecimal(value, 1);
      wrapper.classList.toggle('slider--changed', value !== state.defaults[criterion]);
    }
    if (resetButton) resetButton.disabled = Object.keys(state.weights).length === 0;
  }

  return {
    update(state) {
      if (sliders.size === 0 || (!labelled && state.labels.size > 0)) build(state);
      sync(state);
    },
    destroy() {
      destroyed = true;
      clearTimeout(pending);
    },
  };
}
