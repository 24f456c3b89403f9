import { describe, expect, it } from 'vitest';
import { PRICES } from '../fixtures';
import { binLabel, binTick, countWords, priceRows, priceWords, SECRET, yearsOf } from './prices';

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the property prices in words', () => {
  it('shows a published price, and no number at all where the API says secret', () => {
    expect(plain(priceWords({ status: 'published', median: 1420 }))).toBe('1 420 €/m²');
    expect(priceWords({ status: 'secret', median: 1420 })).toBe(SECRET);
    expect(SECRET).toBe('secret statistique : moins de 11 ventes');
    expect(priceWords({ status: 'no_sales', median: null })).toBe('aucune vente');
  });

  it('says the bars’ bounds, the first open below and the last open above', () => {
    expect(plain(binLabel({ from: null, to: 1150, count: 250 }))).toBe('moins de 1 150 €/m²');
    expect(plain(binLabel({ from: 1150, to: 1400, count: 250 }))).toBe('de 1 150 à 1 400 €/m²');
    expect(plain(binLabel({ from: 1700, to: null, count: 250 }))).toBe('1 700 €/m² et plus');
    expect(plain(binTick({ from: null, to: 1150, count: 250 }))).toBe('< 1 150');
    expect(plain(binTick({ from: 1150, to: 1400, count: 250 }))).toBe('1 150–1 400');
    expect(plain(binTick({ from: 1700, to: null, count: 250 }))).toBe('≥ 1 700');
  });

  it('shows a count in French, and a secret one only as "< 11"', () => {
    expect(plain(countWords({ count: 14168, countLabel: '14168' }))).toBe('14 168');
    expect(countWords({ count: null, countLabel: '< 11' })).toBe('< 11');
  });

  it('breaks the chart’s line at a secret year, and lists the years latest first', () => {
    const flats = priceRows(PRICES).filter((r) => r.type === 'appartement');
    expect(flats.map((r) => [r.year, r.median, r.q1, r.q3])).toEqual([
      [2022, 1700, 1450, 2000],
      [2023, 1680, 1430, 1980],
      [2024, null, null, null],
    ]);
    expect(yearsOf(PRICES)).toEqual([2024, 2023, 2022]);
  });
});
