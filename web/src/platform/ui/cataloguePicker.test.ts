// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../api/client';
import { fakeApi, json, waitFor } from '../testing/fakeApi';
import { cataloguePicker, foundWords, SHOWN } from './cataloguePicker';

afterEach(() => {
  document.body.innerHTML = '';
});

const indicator = (code: string, periodicity = 'year') => ({ code, label: `Indicateur ${code}`, unit: 'personnes', periodicity });

function picker(items: unknown[], code = '', label: string | null = null) {
  const asked: string[] = [];
  const fetch = fakeApi({
    '/api/v1/indicators': (url) => {
      asked.push(url.searchParams.get('q') ?? '');
      return json({ items });
    },
  });
  const chosen: string[] = [];
  const p = cataloguePicker(new ApiClient({ fetch }), { code, label, none: 'Aucun indicateur choisi.', chosen: (i) => chosen.push(i.code) });
  document.body.append(p.search, p.status, p.list, p.picked);
  const search = (q: string, key = 'Enter'): void => {
    p.search.value = q;
    p.search.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
  };
  return { p, asked, chosen, search };
}

describe('the catalogue picker', () => {
  it('lists the yearly indicators found, says how many, and the one chosen', async () => {
    const { p, asked, chosen, search } = picker([indicator('emploi.salaries'), indicator('emploi.demandeurs', 'quarter'), indicator('emploi.etablissements')]);
    expect(p.picked.textContent).toBe('Aucun indicateur choisi.');
    search('salariés');
    await waitFor(() => p.list.querySelectorAll('input[type="radio"]').length === 2);
    expect(asked).toEqual(['salariés']);
    expect(p.status.textContent).toBe('2 indicateurs annuels trouvés.');
    const radio = p.list.querySelector<HTMLInputElement>('input[value="emploi.etablissements"]')!;
    expect(p.list.querySelector(`label[for="${radio.id}"]`)!.textContent).toBe('Indicateur emploi.etablissements (personnes) — emploi.etablissements');
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
    expect(p.value()).toBe('emploi.etablissements');
    expect(chosen).toEqual(['emploi.etablissements']);
    expect(p.picked.textContent).toBe('Indicateur choisi : Indicateur emploi.etablissements (emploi.etablissements)');
  });

  it('starts from the indicator already chosen, checked when found again', async () => {
    const { p, search } = picker([indicator('emploi.salaries')], 'emploi.salaries', 'Salariés du privé');
    expect(p.picked.textContent).toBe('Indicateur choisi : Salariés du privé (emploi.salaries)');
    search('emploi');
    await waitFor(() => p.list.querySelector('input') !== null);
    expect(p.list.querySelector<HTMLInputElement>('input')!.checked).toBe(true);
  });

  it('asks for two letters before searching, and does not search on other keys', () => {
    const { p, asked, search } = picker([indicator('a')]);
    search('e');
    expect(p.status.textContent).toBe('Saisissez au moins deux lettres.');
    search('emploi', 'a');
    expect(asked).toEqual([]);
  });

  it('says when the list is cut, and when nothing is found', () => {
    expect(foundWords(0)).toBe('Aucun indicateur annuel trouvé : essayez d’autres mots.');
    expect(foundWords(1)).toBe('1 indicateur annuel trouvé.');
    expect(foundWords(SHOWN + 5)).toBe(`${SHOWN + 5} indicateurs annuels trouvés, les ${SHOWN} premiers listés : précisez la recherche.`);
  });
});
