/**
 * The indicator dialog's choice of a catalogue indicator: a search of the catalogue (GET /api/v1/indicators?q=…,
 * the words typed, accents and case aside) listing the yearly indicators found as radio buttons; the one chosen is
 * the indicator's `catalogue`. A project's indicator has one value per year: the others are not offered (the API
 * refuses them too).
 */
import type { ApiClient } from '../../platform/api/client';
import type { IndicatorList, IndicatorSummary } from '../../platform/api/types';
import { uid } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { FieldSlot } from './dialog';

/** At most this many found indicators are listed: a longer list asks for more words. */
const SHOWN = 25;

export interface CatalogueField {
  element: HTMLElement;
  /** The search box carries the field's error. */
  slot: FieldSlot;
  /** The chosen indicator's code, or ''. */
  value(): string;
}

/** The yearly indicators among those found. */
export function yearly(items: readonly IndicatorSummary[]): IndicatorSummary[] {
  return items.filter((i) => i.periodicity === 'year');
}

export function catalogueField(client: ApiClient, code: string, label: string | null, chosen: (indicator: IndicatorSummary) => void): CatalogueField {
  let current = code;
  const searchId = uid('evaluation-catalogue');
  const search = h('input', { id: searchId, type: 'search', class: 'input', autocomplete: 'off', name: 'catalogue', 'aria-describedby': `${searchId}-hint` });
  const error = h('p', { class: 'field__error', id: `${searchId}-error`, hidden: true });
  const status = h('p', { role: 'status', class: 'hint', 'data-testid': 'catalogue-status' });
  const picked = h('p', { class: 'evaluation-dialog__picked', 'data-testid': 'catalogue-picked' });
  const list = h('ul', { class: 'evaluation-dialog__catalogue' });
  const radioName = uid('evaluation-catalogue-choice');
  const showPicked = (text: string | null): void => {
    replaceContent(picked, text ? `Indicateur choisi : ${text}` : 'Aucun indicateur du catalogue choisi.');
  };
  showPicked(code ? `${label ?? code} (${code})` : null);

  const draw = (items: IndicatorSummary[]): void => {
    list.replaceChildren(
      ...items.slice(0, SHOWN).map((i) => {
        const id = uid('evaluation-catalogue-item');
        const box = h('input', { type: 'radio', id, name: radioName, value: i.code, checked: i.code === current });
        box.addEventListener('change', () => {
          current = i.code;
          showPicked(`${i.label} (${i.code})`);
          chosen(i);
        });
        return h('li', {}, box, ' ', h('label', { for: id }, `${i.label} (${i.unit}) — `, h('code', {}, i.code)));
      }),
    );
  };

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
      replaceContent(
        status,
        found.length === 0
          ? 'Aucun indicateur annuel trouvé : essayez d’autres mots.'
          : found.length > SHOWN
            ? `${found.length} indicateurs annuels trouvés, les ${SHOWN} premiers listés : précisez la recherche.`
            : `${found.length} indicateur${found.length > 1 ? 's' : ''} annuel${found.length > 1 ? 's' : ''} trouvé${found.length > 1 ? 's' : ''}.`,
      );
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

  const element = h(
    'div',
    { class: 'field evaluation-dialog__group' },
    h('label', { for: searchId, class: 'label' }, 'Rechercher dans le catalogue'),
    h('p', { class: 'hint', id: `${searchId}-hint` }, 'Des mots du nom, du code ou de la source ; seuls les indicateurs annuels sont proposés.'),
    search,
    error,
    status,
    h('fieldset', { class: 'evaluation-dialog__fieldset' }, h('legend', { class: 'visually-hidden' }, 'Indicateurs du catalogue trouvés'), list),
    picked,
  );
  return { element, slot: { control: search, error }, value: () => current };
}
