import { describe, expect, it } from 'vitest';
import { gap, narrowedWords } from './words';

describe('the politique de la ville’s words', () => {
  it('write gaps with their sign, in points for a rate', () => {
    expect(gap(12.34, 1, 'points')).toBe('+12,3\u00a0points');
    expect(gap(-1.5, 1, 'points')).toMatch(/^[-−]1,5\u00a0point$/);
    expect(gap(-1850, 0, '€')).toMatch(/^[-−]1[\u202f\u00a0 ]850\u00a0€$/);
    expect(gap(null, 1, 'points')).toBe('—');
  });

  it('say whether a gap narrowed', () => {
    expect(narrowedWords(true)).toBe('écart réduit');
    expect(narrowedWords(false)).toBe('écart non réduit');
    expect(narrowedWords(null)).toBe('non mesurable');
  });
});
