import { describe, expect, it } from 'vitest';
import { PLH } from '../fixtures';
import { chartLines, doneWords, progressWords, summaryDetail, summarySentence, targetWords } from './words';

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const [built, passoires] = PLH.objectives;

describe('the PLH page’s sentences', () => {
  it('sums up the programme’s review', () => {
    expect(plain(summarySentence(PLH.summary))).toBe('1 objectif sur 2 dans la trajectoire');
    expect(summaryDetail(PLH.summary)).toBe('1 en retard.');
    expect(summaryDetail({ objectives: 4, onCourse: 3, achieved: 1, ahead: 1, onTrack: 1, behind: 0, noData: 1 })).toBe(
      'dont 1 atteint et 1 en avance ; 1 sans donnée.',
    );
    expect(summarySentence({ objectives: 0, onCourse: 0, achieved: 0, ahead: 0, onTrack: 0, behind: 0, noData: 0 })).toContain('Aucun objectif');
  });

  it('says a yearly target with the programme’s total, and a trajectory’s with its horizon', () => {
    expect(plain(targetWords(built!))).toBe('850 logements par an de 2023 à 2028 (5 100 au total)');
    expect(plain(doneWords(built!))).toBe('1 440 logements de 2023 à 2024');
    expect(plain(progressWords(built!))).toBe('28 % du total du programme réalisé, 33 % attendu en 2024');
    expect(plain(targetWords(passoires!))).toBe('14 % en 2028');
    expect(plain(progressWords(passoires!))).toBe('8 % du chemin parcouru, 33 % attendu en 2024');
  });

  it('draws a yearly objective as its running total against the programme’s, a trajectory from its baseline to its target', () => {
    expect(chartLines(built!)).toEqual({
      values: [
        { year: 2023, value: 740 },
        { year: 2024, value: 1440 },
      ],
      path: [
        { year: 2023, value: 850 },
        { year: 2028, value: 5100 },
      ],
    });
    expect(chartLines(passoires!).path).toEqual([
      { year: 2022, value: 21.5 },
      { year: 2028, value: 14 },
    ]);
    expect(chartLines({ ...passoires!, baselineValue: null }).path).toEqual([]);
  });
});
