import { describe, expect, it } from 'vitest';
import type { KeyFigure } from './api';
import { againstDepartement, barShares, valueWords } from './figures';

const figure = (values: [number | null, string | null][], higherIsBetter: boolean | null = true): KeyFigure => ({
  code: 'sante.densite_generalistes',
  label: 'Densité de médecins généralistes',
  unit: 'pour 10 000 habitants',
  decimals: 1,
  higherIsBetter,
  period: '2023',
  values: values.map(([value, status], i) => ({ territory: ['epci:200072460', 'departement:62', 'region:32'][i]!, value, status })),
});

describe('the CLS key figures', () => {
  it('word a value with its unit, a secret one and a missing one', () => {
    const f = figure([
      [8.44, 'definitive'],
      [null, 'secret'],
      [null, null],
    ]);
    expect(valueWords(f, f.values[0]!).replace(/\u00a0/g, ' ')).toBe('8,4 pour 10 000 habitants');
    expect(valueWords(f, f.values[1]!)).toBe('secret statistique');
    expect(valueWords(f, f.values[2]!)).toBe('pas de valeur');
  });

  it('size the bars on the largest of the row, with no bar for a secret or missing value', () => {
    // 6 ÷ 8 = 0.75; 8 ÷ 8 = 1.
    expect(
      barShares(
        figure([
          [6, 'definitive'],
          [8, 'definitive'],
          [null, 'secret'],
        ]).values,
      ),
    ).toEqual([0.75, 1, null]);
  });

  it('say whether the territory does better than the département, by the indicator’s direction', () => {
    const row = (own: number, dep: number, better: boolean | null) =>
      figure(
        [
          [own, 'definitive'],
          [dep, 'definitive'],
          [7, 'definitive'],
        ],
        better,
      );
    expect(againstDepartement(row(9, 8, true))).toBe('plus favorable que le département');
    expect(againstDepartement(row(9, 8, false))).toBe('moins favorable que le département');
    expect(againstDepartement(row(8.01, 8, true))).toBe('comme le département');
    expect(againstDepartement(row(7, 8, null))).toBe('en dessous du département');
  });
});
