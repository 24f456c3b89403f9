import { describe, expect, it } from 'vitest';
import {
  coverageNote,
  formatCompact,
  formatCount,
  formatDate,
  formatDecimal,
  formatFigure,
  formatInteger,
  formatPeriod,
  formatRate,
  formatShare,
  formatSigned,
  formatValue,
  formatWithUnit,
  isHidden,
  levelLabel,
  MISSING,
  periodStart,
  searchKey,
  statusLabel,
} from './format';

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

describe('values of indicators', () => {
  it("uses the indicator's decimals and unit", () => {
    expect(formatValue(21.4553, 1)).toBe('21,5');
    expect(formatWithUnit(34319, 0, 'salariés')).toBe(`34${NNBSP}319${NBSP}salariés`);
    expect(formatWithUnit(21.4553, 1, '%')).toBe(`21,5${NBSP}%`);
    expect(formatWithUnit(null, 0, 'salariés')).toBe(MISSING);
  });

  it('agrees the unit with the value as shown, the French way (below 2: singular)', () => {
    expect(formatWithUnit(7831, 0, 'établissements')).toBe(`7${NNBSP}831${NBSP}établissements`);
    expect(formatWithUnit(1, 0, 'établissements')).toBe(`1${NBSP}établissement`);
    expect(formatWithUnit(0, 0, 'sites')).toBe(`0${NBSP}site`);
    expect(formatWithUnit(-1, 0, 'salariés')).toMatch(new RegExp(`1${NBSP}salarié$`));
    expect(formatWithUnit(1.96, 0, 'habitants')).toBe(`2${NBSP}habitants`);
    expect(formatWithUnit(1.94, 1, 'personnes par ménage')).toBe(`1,9${NBSP}personne par ménage`);
    expect(formatWithUnit(1.5, 1, 'ha')).toBe(`1,5${NBSP}ha`);
    expect(formatWithUnit(1, 1, '%')).toBe(`1${NBSP}%`);
    expect(formatWithUnit(1, 0, 'mois')).toBe(`1${NBSP}mois`);
    expect(formatWithUnit(1, 0, 'habitants/km²')).toBe(`1${NBSP}habitant/km²`);
  });

  it('shows why a figure has no number: secret, restricted, missing', () => {
    expect(formatFigure(null, 'secret', 0, 'établissements')).toBe('Secret statistique');
    expect(formatFigure(12, 'restricted', 0, 'x')).toBe('Accès restreint');
    expect(formatFigure(null, 'definitive', 0, 'x')).toBe('Non disponible');
    expect(formatFigure(1850, 'provisional', 0, '€')).toBe(`1${NNBSP}850${NBSP}€`);
    expect(isHidden('secret')).toBe(true);
    expect(isHidden('definitive')).toBe(false);
  });

  it('writes rates and differences with their sign', () => {
    expect(formatRate(0.0075)).toMatch(/^\+0,8[\u00a0\u202f]%$/);
    expect(formatRate(-0.026)).toMatch(/^[-\u2212]2,6[\u00a0\u202f]%$/);
    expect(formatRate(0)).toMatch(/^0,0[\u00a0\u202f]%$/);
    expect(formatSigned(256, 0)).toBe('+256');
    expect(formatSigned(-1.74, 1)).toMatch(/^[-\u2212]1,7$/);
    expect(formatRate(null)).toBe(MISSING);
  });

  it('abbreviates axis ticks the French way', () => {
    expect(formatCompact(2_300_000)).toMatch(/^2,3[\u00a0\u202f]M$/);
    expect(formatCompact(45_000)).toMatch(/^45[\u00a0\u202f]k$/);
  });
});

describe('periods and dates', () => {
  it('says periods in words', () => {
    expect(formatPeriod('2023')).toBe('2023');
    expect(formatPeriod('2023-Q1')).toBe('1er trimestre 2023');
    expect(formatPeriod('2023-Q4')).toBe('4e trimestre 2023');
    expect(formatPeriod('2024-S2')).toBe('2e semestre 2024');
    expect(formatPeriod('2024-03')).toBe('mars 2024');
    expect(formatPeriod('bientôt')).toBe('bientôt');
  });

  it('places periods on a time axis', () => {
    expect(periodStart('2023')?.toISOString()).toBe('2023-01-01T00:00:00.000Z');
    expect(periodStart('2023-Q4')?.toISOString()).toBe('2023-10-01T00:00:00.000Z');
    expect(periodStart('2024-S2')?.toISOString()).toBe('2024-07-01T00:00:00.000Z');
    expect(periodStart('2024-03')?.toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(periodStart('2024-13')).toBeNull();
  });

  it('writes dates in French', () => {
    expect(formatDate('2025-06-30')).toBe('30 juin 2025');
    expect(formatDate('not a date')).toBe(MISSING);
  });
});

describe('labels', () => {
  it('translates statuses and levels', () => {
    expect(statusLabel('provisional')).toBe('provisoire');
    expect(statusLabel('secret')).toBe('secret statistique');
    expect(statusLabel(null)).toBe('non disponible');
    expect(statusLabel('revised')).toBe('revised');
    expect(levelLabel('commune', true)).toBe('communes');
    expect(levelLabel('epci')).toBe('EPCI');
  });

  it('ignores accents and case for searching', () => {
    expect(searchKey('Hénin-Beaumont ÉVIN')).toBe('henin-beaumont evin');
  });
});

describe('coverageNote', () => {
  it('says how many of its communes a partial total covers, nothing for a whole one', () => {
    expect(coverageNote({ communes: 318, communesWithValue: 318, territoryCommunes: 887 })).toBe('sur 318 des 887 communes');
    expect(coverageNote({ communes: 100, communesWithValue: 97, territoryCommunes: 100 })).toBe('sur 97 des 100 communes');
    expect(coverageNote({ communes: 3782, communesWithValue: 3782, territoryCommunes: 3782 })).toBe('');
    expect(coverageNote({ communes: 2, communesWithValue: 2, territoryCommunes: 2 })).toBe('');
    expect(coverageNote(null)).toBe('');
    expect(coverageNote(undefined)).toBe('');
  });

  it('groups thousands', () => {
    expect(coverageNote({ communes: 319, communesWithValue: 319, territoryCommunes: 3782 })).toBe(`sur 319 des 3${NNBSP}782 communes`);
  });
});

describe('formatShare', () => {
  it('gives a part of a whole in %, with one decimal', () => {
    expect(formatShare(137_868, 275_736)).toBe(`50,0${NBSP}%`);
    expect(formatShare(1, 3)).toBe(`33,3${NBSP}%`);
    expect(formatShare(null, 3)).toBe(MISSING);
    expect(formatShare(1, 0)).toBe(MISSING);
    expect(formatShare(1, null)).toBe(MISSING);
  });
});
