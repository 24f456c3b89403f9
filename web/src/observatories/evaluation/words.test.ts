import { describe, expect, it } from 'vitest';
import { INDICATOR } from './fixtures';
import { progressWords, scoreWords, statusWords, summaryDetail, summarySentence } from './words';

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the evaluation’s words', () => {
  it('say scores as shares, a summary, and the bounds of progress', () => {
    expect(plain(scoreWords(0.2937))).toBe('29 %');
    expect(scoreWords(null)).toBe('—');
    const summary = { indicators: 5, onCourse: 2, achieved: 1, ahead: 1, onTrack: 0, behind: 2, noData: 0, restricted: 1 };
    expect(plain(summarySentence(summary))).toBe('2 indicateurs sur 5 dans la trajectoire');
    expect(plain(summaryDetail(summary))).toBe('dont 1 atteint et 1 en avance ; 2 en retard ; 1 aux données réservées.');
    expect(statusWords({ ...INDICATOR, status: 'achieved', statusLabel: 'atteint', beyondTarget: true })).toBe('Atteint (objectif dépassé)');
    expect(plain(progressWords({ ...INDICATOR, progress: 0, rawProgress: -0.25, setback: true }))).toBe(
      'recul (-25 % du chemin), compté 0 %, 25 % attendu en 2024',
    );
    expect(plain(progressWords(INDICATOR))).toBe('29 % du chemin parcouru, 25 % attendu en 2024');
  });
});
