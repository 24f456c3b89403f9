// @vitest-environment happy-dom
/** The ranking: a page at a time (sorting applies to every row), the zone's share or gap, the zone's own figure. */
import { describe, expect, it } from 'vitest';
import type { ValuesResponse } from '../../api/types';
import { territoryRef } from '../../testing/fakeApi';
import { LEGEND, POPULATION, TAUX } from '../../testing/viewData';
import { markSelected, RANKING_PAGE, rankingCaption, rankingContent, zoneLine } from './ranking';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** 305 communes, as the AULA perimeter has, the largest first. */
function answer(count = 305): ValuesResponse {
  return {
    indicator: POPULATION,
    period: '2022',
    asOf: null,
    total: count,
    parent: {
      territory: territoryRef('groupement:aula', 'Périmètre de l’AULA'),
      value: (count * (count + 1)) / 2,
      status: 'definitive',
      coverage: { communes: count, communesWithValue: count, territoryCommunes: count },
    },
    items: Array.from({ length: count }, (_, i) => ({
      territory: territoryRef(`commune:${62000 + i}`, `Commune ${i}`),
      value: count - i,
      rank: i + 1,
      status: 'definitive',
      gapToParent: null,
      parentId: 'groupement:aula',
      numerator: null,
      denominator: null,
      coverage: null,
    })),
  };
}

function mount(values = answer(), selected: string | null = null): HTMLElement {
  const slot = document.createElement('div');
  slot.append(
    ...rankingContent({
      answer: values,
      ind: POPULATION,
      level: 'commune',
      zoneWords: 'Périmètre de l’AULA',
      legend: LEGEND,
      selected: () => selected,
      onToggle: () => {},
    }),
  );
  document.body.replaceChildren(slot);
  return slot;
}

const rows = (slot: HTMLElement) => [...slot.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-territory'));

describe('the ranking', () => {
  it('shows its first 50 rows of 305, not 3,000 nodes, with buttons for the next ones and for all', () => {
    const slot = mount();
    expect(rows(slot)).toHaveLength(RANKING_PAGE);
    expect(slot.querySelector('[role="status"]')?.textContent).toBe(`50 lignes sur 305 affichées`);
    slot.querySelector<HTMLButtonElement>('button[data-more="next"]')!.click();
    expect(rows(slot)).toHaveLength(100);
    slot.querySelector<HTMLButtonElement>('button[data-more="all"]')!.click();
    expect(rows(slot)).toHaveLength(305);
    // Keyboard users go on from the first row added: its territory's button.
    expect(document.activeElement?.closest('tr')?.getAttribute('data-territory')).toBe('commune:62100');
  });

  it('sorts all 305 rows: the smallest commune first, though it was on the last page', () => {
    const slot = mount();
    slot.querySelector<HTMLButtonElement>('button[data-sort="value"]')!.click();
    expect(rows(slot)[0]).toBe('commune:62304');
    expect(rows(slot)).toHaveLength(RANKING_PAGE);
  });

  it('shows the page of the territory selected on the map', () => {
    const slot = mount(answer(), 'commune:62120');
    expect(rows(slot)).toHaveLength(150);
    expect(slot.querySelector('tr.is-selected')?.getAttribute('data-territory')).toBe('commune:62120');
    markSelected(slot, 'commune:62200');
    expect(rows(slot)).toHaveLength(250);
    expect(slot.querySelector('tr[data-territory="commune:62200"]')?.classList.contains('is-selected')).toBe(true);
    expect(slot.querySelector('tr[data-territory="commune:62200"] button')?.getAttribute('aria-pressed')).toBe('true');
    expect(slot.querySelector('tr[data-territory="commune:62120"] button')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('gives a count’s share of the zone’s total, heads it with the zone as French says it', () => {
    const slot = mount(answer(4));
    expect(slot.querySelector('thead')?.textContent).toContain('Part dans le périmètre de l’AULA');
    expect(slot.querySelector('tr[data-territory="commune:62000"] td:nth-of-type(4)')?.textContent).toBe(`40,0${NBSP}%`);
    expect(slot.querySelector('button[data-more]')).toBeNull();
    expect(slot.querySelector<HTMLElement>('.table-more')?.hidden).toBe(true);
  });

  it('gives a rate’s gap to its zone', () => {
    const values = answer(3);
    values.items[0]!.gapToParent = 2.5;
    const slot = document.createElement('div');
    slot.append(
      ...rankingContent({
        answer: values,
        ind: { ...TAUX, decimals: 1 },
        level: 'commune',
        zoneWords: '',
        legend: null,
        selected: () => null,
        onToggle: () => {},
      }),
    );
    expect(slot.querySelector('thead')?.textContent).toContain('Écart au périmètre de l’AULA (points)');
    expect(slot.querySelector('tr[data-territory="commune:62000"] td:nth-of-type(4)')?.textContent).toBe('+2,5');
  });

  it('names its zone after “de” in its caption, and says how much of it the zone’s figure covers', () => {
    const values = answer(4);
    expect(rankingCaption(values, POPULATION, 'commune', 'x')).toBe('Population, 2022 : 4 communes du périmètre de l’AULA');
    expect(rankingCaption({ ...values, parent: null }, POPULATION, 'epci', 'Zone')).toBe('Population, 2022 : 4 EPCI (Zone)');
    const partial = {
      ...values.parent!,
      territory: territoryRef('departement:62', 'Pas-de-Calais'),
      value: 1234,
      coverage: { communes: 318, communesWithValue: 318, territoryCommunes: 887 },
    };
    expect(zoneLine(partial, POPULATION).textContent).toBe(`Pas-de-Calais : 1${NNBSP}234${NBSP}habitants (définitive), sur 318 des 887 communes.`);
    expect(zoneLine(values.parent!, POPULATION).textContent).toBe(`Périmètre de l’AULA : 10${NBSP}habitants (définitive).`);
    // The column of shares says it too: a share of the agency's part of the département, not of the département.
    const slot = mount({ ...values, parent: partial });
    expect(slot.querySelector('thead')?.textContent).toContain('Part dans le Pas-de-Calais, sur 318 des 887 communes');
  });
});
