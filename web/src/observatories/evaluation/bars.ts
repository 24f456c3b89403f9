/** A score as a bar of 0 to 100 %, with its value in words beside it (never the bar alone). */
import { h } from '../../platform/ui/dom';
import { scoreWords } from './words';

export function scoreBar(label: string, score: number | null | undefined, testid: string): HTMLElement {
  const width = score == null ? 0 : Math.max(0, Math.min(1, score)) * 100;
  return h(
    'div',
    { class: 'evaluation-bar' },
    h('span', { class: 'evaluation-bar__label' }, label),
    h('span', { class: 'evaluation-bar__track', 'aria-hidden': 'true' }, h('span', { class: 'evaluation-bar__fill', style: `width: ${width.toFixed(1)}%` })),
    h('span', { class: 'evaluation-bar__value', 'data-testid': testid, 'data-value': score ?? '' }, score == null ? 'sans score' : scoreWords(score)),
  );
}
