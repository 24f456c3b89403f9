import { describe, expect, it } from 'vitest';
import type { Series } from '../../platform/api/types';
import { changeText, formatFigure, KEY_FIGURES, keyFigure } from './figures';
import { filterChanges } from './dashboardPanels';
import type { CellChange } from './api';

const series = (points: [string, number | null][]): Series => ({
  territory: { id: 'epci:200072460', name: 'CABBALR', level: 'epci', names: { of: 'de la CABBALR', to: 'à la CABBALR', in: 'dans la CABBALR' } },
  annualGrowth: null,
  coverage: null,
  points: points.map(([period, value]) => ({ period, value, status: value === null ? null : 'definitive', index: null, yearOnYear: null })),
});

const [cells, , perThousand, vacancy] = KEY_FIGURES;

describe('the key figures of the latest survey and their change', () => {
  it('takes the latest survey with a value and the one before, and says a count’s change in number', () => {
    const figure = keyFigure(
      cells!,
      series([
        ['2018', 1790],
        ['2021', 1810],
        ['2024', 1840],
        ['2027', null],
      ]),
    );
    expect([figure.period, figure.value, figure.previousPeriod, figure.previous]).toEqual(['2024', 1840, '2021', 1810]);
    expect(formatFigure('count', figure.value)).toBe('1\u202f840');
    expect(changeText(figure)).toBe('+30 (1\u202f810 en 2021), en hausse');
  });

  it('says a rate’s change in points and a ratio’s with one decimal', () => {
    expect(
      changeText(
        keyFigure(
          vacancy!,
          series([
            ['2021', 11.8],
            ['2024', 13.2],
          ]),
        ),
      ),
    ).toBe('+1,4\u00a0pt (11,8\u00a0% en 2021), en hausse');
    expect(
      changeText(
        keyFigure(
          vacancy!,
          series([
            ['2021', 15],
            ['2024', 12.5],
          ]),
        ),
      ),
    ).toMatch(/^[-−]2,5\u00a0pts \(15\u00a0% en 2021\), en baisse$/);
    expect(
      changeText(
        keyFigure(
          perThousand!,
          series([
            ['2021', 7.25],
            ['2024', 7.25],
          ]),
        ),
      ),
    ).toBe('0 (7,3 en 2021), stable');
  });

  it('says when there is no survey before', () => {
    const figure = keyFigure(vacancy!, series([['2024', 13.2]]));
    expect(formatFigure('rate', figure.value)).toBe('13,2\u00a0%');
    expect(changeText(figure)).toBe('pas de relevé précédent');
    expect(changeText(keyFigure(vacancy!, undefined))).toBe('pas de relevé précédent');
  });
});

describe('the list of changes between two surveys', () => {
  const change = (cell: string, kind: CellChange['kind'], before: string | null, after: string | null): CellChange => ({
    cell,
    name: null,
    address: `${cell} rue d’Arras`,
    kind,
    before: before === null ? null : { status: 'active', activity: before },
    after: after === null ? null : { status: 'active', activity: after },
  });
  const changes = [change('A', 'opening', null, 'chr'), change('B', 'closure', 'alimentaire', null), change('C', 'activity_change', 'alimentaire', 'chr')];

  it('keeps one kind, and an activity found before or after', () => {
    expect(filterChanges(changes, { change: null, activity: null }).map((c) => c.cell)).toEqual(['A', 'B', 'C']);
    expect(filterChanges(changes, { change: 'closure', activity: null }).map((c) => c.cell)).toEqual(['B']);
    expect(filterChanges(changes, { change: null, activity: 'alimentaire' }).map((c) => c.cell)).toEqual(['B', 'C']);
    expect(filterChanges(changes, { change: 'opening', activity: 'alimentaire' })).toEqual([]);
  });
});
