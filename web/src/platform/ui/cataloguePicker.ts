/**
 * The choice of a catalogue indicator in an editing dialog: a search box (GET /api/v1/indicators?q=…, the words
 * typed, accents and case aside, 250 ms after the last key; Enter searches at once rather than submitting the form),
 * what it found said in a status line, the yearly indicators found as radio buttons (the one chosen checked), and the
 * one chosen said below. Only yearly indicators are offered: the dialogs' series have one value a year (their APIs
 * refuse the others too). The dialog lays the parts out: the search box goes in a field (field.ts).
 */
import './formDialog.css';
import type { ApiClient } from '../api/client';
import type { IndicatorList, IndicatorSummary } from '../api/types';
import { uid } from './components';
import { h, replaceContent } from './dom';

/** At most this many found indicators are listed: a longer list asks for more words. */
export const SHOWN = 25;

/** The yearly indicators among those found. */
export function yearly(items: readonly IndicatorSummary[]): IndicatorSummary[] {
  return items.filter((i) => i.periodicity === 'year');
}

/** What a search that found `found` yearly indicators says. */
export function foundWords(found: number): string {
  if (found === 0) return 'Aucun indicateur annuel trouvé : essayez d’autres mots.';
  if (found > SHOWN) return `${found} indicateurs annuels trouvés, les ${SHOWN} premiers listés : précisez la recherche.`;
  const s = found > 1 ? 's' : '';
  return `${found} indicateur${s} annuel${s} trouvé${s}.`;
}

export interface CataloguePickerOptions {
  /** The indicator chosen when the dialog opens ('' when none), and its name when known. */
  code: string;
  label: string | null;
  /** What the line below says while none is chosen. */
  none: string;
  /** What a search says of what it found (foundWords by default). */
  found?(count: number): string;
  /** Called when the reader chooses an indicator. */
  chosen(indicator: IndicatorSummary): void;
}

export interface CataloguePicker {
  /** The search box (its name: catalogue). */
  search: HTMLInputElement;
  /** What the search found, or why not (a status line). */
  status: HTMLElement;
  /** The yearly indicators found, as radio buttons. */
  list: HTMLElement;
  /** The indicator chosen, said in words. */
  picked: HTMLElement;
  /** The chosen indicator's code, or ''. */
  value(): string;
}

export function cataloguePicker(client: ApiClient, options: CataloguePickerOptions): CataloguePicker {
  let current = options.code;
  const search = h('input', { type: 'search', class: 'input', autocomplete: 'off', name: 'catalogue' });
  const status = h('p', { role: 'status', class: 'hint', 'data-testid': 'catalogue-status' });
  const picked = h('p', { class: 'form-dialog__picked', 'data-testid': 'catalogue-picked' });
  const list = h('ul', { class: 'form-dialog__catalogue' });
  const radioName = uid('catalogue-choice');
  const showPicked = (text: string | null): void => replaceContent(picked, text ? `Indicateur choisi : ${text}` : options.none);
  showPicked(current ? `${options.label || current} (${current})` : null);

  const draw = (items: readonly IndicatorSummary[]): void => {
    list.replaceChildren(
      ...items.slice(0, SHOWN).map((i) => {
        const id = uid('catalogue-item');
        const box = h('input', { type: 'radio', id, name: radioName, value: i.code, checked: i.code === current });
        box.addEventListener('change', () => {
          current = i.code;
          showPicked(`${i.label} (${i.code})`);
          options.chosen(i);
        });
        return h('li', {}, box, ' ', h('label', { for: id }, `${i.label} (${i.unit}) — `, h('code', {}, i.code)));
      }),
    );
  };

  // Only the latest search's answer is drawn: an earlier one may come back after it.
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const find = async (): Promise<void> => {
    const mine = ++generation;
    const q = search.value.trim();
    if (q.length < 2) {
      list.replaceChildren();
      replaceContent(status, 'Saisissez au moins deux lettres.');
      return;
    }
    replaceContent(status, 'Recherche…');
    try {
      const answer = await client.getJson<IndicatorList>(`/api/v1/indicators?q=${encodeURIComponent(q)}`);
      if (mine !== generation) return;
      const found = yearly(answer.items);
      draw(found);
      replaceContent(status, (options.found ?? foundWords)(found.length));
    } catch {
      if (mine === generation) replaceContent(status, 'La recherche a échoué : réessayez.');
    }
  };
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void find(), 250);
  });
  // Enter searches at once rather than submitting the dialog's form.
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(timer);
    void find();
  });
  return { search, status, list, picked, value: () => current };
}
