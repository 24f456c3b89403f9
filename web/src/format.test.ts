import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatInteger, MISSING } from './format';

const NNBSP = '\u202f'; // narrow no-break space, fr-FR thousands separator
const NBSP = '\u00a0';

describe('formatInteger', () => {
  it('groups thousands with a narrow no-break space (U+202F)', () => {
    expect(formatInteger(275736)).toBe(`275${NNBSP}736`);
    expect(formatInteger(1234567)).toBe(`1${NNBSP}234${NNBSP}567`);
  });

  it('does not group below 1 000, keeps the sign', () => {
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(319)).toBe('319');
    expect(formatInteger(-25342)).toMatch(new RegExp(`^[-\u2212]25${NNBSP}342$`));
  });

  it('rounds to an integer', () => {
    expect(formatInteger(25341.6)).toBe(`25${NNBSP}342`);
  });

  it('shows a dash for missing values', () => {
    expect(formatInteger(null)).toBe(MISSING);
    expect(formatInteger(undefined)).toBe(MISSING);
    expect(formatInteger(Number.NaN)).toBe(MISSING);
    expect(formatInteger(Number.POSITIVE_INFINITY)).toBe(MISSING);
  });
});

describe('formatDecimal', () => {
  it('uses a comma as decimal separator', () => {
    expect(formatDecimal(1234.56)).toBe(`1${NNBSP}234,6`);
    expect(formatDecimal(0.125, 2)).toBe('0,13');
    expect(formatDecimal(2)).toBe('2');
    expect(formatDecimal(null)).toBe(MISSING);
  });
});

describe('formatCount', () => {
  it('applies the French plural rule (0 and 1 are singular)', () => {
    expect(formatCount(0, 'commune')).toBe(`0${NBSP}commune`);
    expect(formatCount(1, 'commune')).toBe(`1${NBSP}commune`);
    expect(formatCount(2, 'commune')).toBe(`2${NBSP}communes`);
    expect(formatCount(1200, 'commune')).toBe(`1${NNBSP}200${NBSP}communes`);
    expect(formatCount(5, 'EPCI', 'EPCI')).toBe(`5${NBSP}EPCI`);
  });
});
