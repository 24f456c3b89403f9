import { describe, expect, it } from 'vitest';
import { NETWORK, PDU, SAFETY } from './fixtures';
import { progressWords, summaryDetail, summarySentence, targetWords, valueWords } from './words';

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the PDU page’s sentences', () => {
  it('sums up the mid-term evaluation', () => {
    expect(plain(summarySentence({ ...PDU.summary, objectives: 5, onCourse: 3 }))).toBe('3 objectifs sur 5 dans la trajectoire');
    expect(plain(summarySentence({ ...PDU.summary, objectives: 5, onCourse: 1 }))).toBe('1 objectif sur 5 dans la trajectoire');
    expect(summarySentence({ objectives: 0, onCourse: 0, achieved: 0, ahead: 0, onTrack: 0, behind: 0, noData: 0 })).toBe(
      'Aucun objectif du plan n’est encore défini.',
    );
    expect(summaryDetail({ objectives: 5, onCourse: 3, achieved: 1, ahead: 1, onTrack: 1, behind: 1, noData: 1 })).toBe(
      'dont 1 atteint et 1 en avance ; 1 en retard ; 1 sans donnée.',
    );
    expect(summaryDetail(PDU.summary)).toBe('1 en retard.');
  });

  it('says the target as the plan sets it, with the indicator’s unit and decimals', () => {
    expect(plain(targetWords(SAFETY))).toMatch(/^222 accidents \([−-]50 % par rapport à 2019\)$/);
    expect(plain(targetWords(NETWORK))).toBe('310 km');
    expect(plain(valueWords(NETWORK, 264.278))).toBe('264,3 km');
    expect(plain(targetWords({ ...SAFETY, target: { ...SAFETY.target, value: null } }))).toMatch(
      /^à calculer depuis le point de départ \([−-]50 % par rapport à 2019\)$/,
    );
  });

  it('says how much of the way is done, or why it cannot', () => {
    expect(plain(progressWords(SAFETY))).toBe('3 % du chemin parcouru, 45 % attendu en 2024');
    expect(progressWords({ ...SAFETY, status: 'no_data', progress: null })).toBe('Pas de donnée pour situer l’objectif.');
  });
});
