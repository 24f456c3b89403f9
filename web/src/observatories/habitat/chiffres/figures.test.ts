import { describe, expect, it } from 'vitest';
import type { SeriesResponse } from '../../../platform/api/types';
import { changeWords, figureWords, keyFigure } from './figures';
import { series } from '../fixtures';

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('a key figure of the housing page', () => {
  it('is the territory’s latest value, its change since the first year and the département’s value that year', () => {
    const answer = series('habitat.taille_menages', 'epci:246200364', [2.41, 2.38, 2.35], [2.3, 2.28, 2.26]);
    const figure = keyFigure(answer, 'epci:246200364');
    expect(figure).toMatchObject({ period: '2021', value: 2.35, since: '2019', departement: 2.26, secret: false });
    expect(figure.change).toBeCloseTo(-0.06, 10);
    expect(plain(figureWords(figure))).toBe('2,35 personnes par ménage');
    expect(plain(changeWords(figure))).toMatch(/^[−-]0,06 depuis 2019$/);
  });

  it('says a rate’s change in points', () => {
    const figure = keyFigure(series('habitat.taux_vacance', 'epci:246200364', [7, 7.5, 8.2]), 'epci:246200364');
    expect(plain(changeWords(figure))).toBe('+1,2 point depuis 2019');
  });

  it('says a secret value as such, and shows no number nor change', () => {
    const answer: SeriesResponse = series('habitat.taux_vacance_longue', 'commune:62001', [1.5, 1.4, null]);
    answer.series[0]!.points[2]!.status = 'secret';
    const figure = keyFigure(answer, 'commune:62001');
    expect(figure.secret).toBe(true);
    expect(figure.period).toBe('2021');
    expect(figureWords(figure)).toBe('secret statistique');
    expect(changeWords(figure)).toBe('');
  });
});
