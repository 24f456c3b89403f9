import { describe, expect, it } from 'vitest';
import { projectionRows } from '../../charts/projectionChart';
import { projection } from '../../testing/viewData';
import { projectionSentences, projectionTableRows, withBand } from './projectionContent';

const answer = projection(new URL('http://test/api/v1/indicators/essai.population/projection?territory=groupement:aula'));

describe('the projection panel', () => {
  it('says what the pace gives in 2030 and 2050 with its band, and whether each target is met', () => {
    const sentences = projectionSentences(answer);
    expect(sentences.milestones).toBe(
      'Au rythme de 2019–2022 : 1\u202f110 habitants (entre 1\u202f094 et 1\u202f126) en 2030 ; 1\u202f310 habitants (entre 1\u202f254 et 1\u202f366) en 2050.',
    );
    expect(sentences.targets).toEqual([
      'Plafond de démonstration : au plus 1\u202f100 habitants en 2030 (Plan de test) — au rythme actuel, 1\u202f110 habitants : objectif non atteint.',
    ]);
    expect(withBand(12.345, 10, 14, 1, '%')).toBe('12,3 % (entre 10 et 14)');
  });

  it('lists observed and projected values apart in its table, and draws the dashes from the last observed point', () => {
    const rows = projectionTableRows(answer);
    expect(rows[3]).toEqual(['2022', 'observé', '1\u202f030', '', '']);
    expect(rows[4]).toEqual(['2023', 'projeté', '1\u202f040', '1\u202f038', '1\u202f042']);
    const chartRows = projectionRows(answer);
    expect(chartRows.filter((r) => r.kind === 'projeté')[0]).toMatchObject({ period: '2022', y: 1030, low: 1030, high: 1030 });
    expect(chartRows.filter((r) => r.kind === 'objectif')).toMatchObject([{ period: '2030', y: 1100 }]);
  });
});
