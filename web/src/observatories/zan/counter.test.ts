import { describe, expect, it } from 'vitest';
import { destinationRows, trajectoryRows } from './charts';
import { counterSentences, destinationsSentence, destinationSum, destinationTotals, elapsedShare } from './counter';
import { CONSUMPTION, COUNTER } from './fixtures';
import { DESTINATIONS } from './palette';
import { ha } from './words';

describe('the counter in words', () => {
  it('says the reference, the envelope, what is consumed and left, the pace and the exhaustion year', () => {
    const sentences = counterSentences(COUNTER, 'dans la CA d’Hénin-Carvin').join(' ');
    expect(sentences).toContain('De 2011 à 2020, dans la CA d’Hénin-Carvin, 322,5\u00a0ha d’espaces naturels, agricoles et forestiers ont été consommés');
    expect(sentences).toContain('enveloppe pour 2021–2030 est de 161,9\u00a0ha');
    expect(sentences).toContain('réduite de 50\u00a0%');
    expect(sentences).toContain('101,2\u00a0ha ont déjà été consommés, soit 63\u00a0% de l’enveloppe ; il reste 60,7\u00a0ha');
    expect(sentences).toContain('l’enveloppe sera épuisée en 2027, 3 ans avant l’échéance de 2030');
    expect(sentences).toContain('autorise 15,4\u00a0ha en 2031, puis de moins en moins jusqu’à 0\u00a0ha en 2050');
  });

  it('says when the envelope is exceeded, and since when', () => {
    const over = { ...COUNTER, consumedHa: 180, remainingHa: -18.1, usedShare: 1.112, exceeded: true, exhaustionYear: 2024 };
    expect(counterSentences(over, 'à Carvin').join(' ')).toContain('l’enveloppe est dépassée de 18,1\u00a0ha (111\u00a0% de l’enveloppe), depuis 2024');
  });

  it('says when the envelope lasts, runs out in 2030, or does not run out at all', () => {
    const pace = (exhaustionYear: number | null, pacePerYearHa = 24.1): string =>
      counterSentences({ ...COUNTER, exhaustionYear, pacePerYearHa }, 'à Carvin')[3]!;
    expect(pace(2030)).toBe('Au rythme des trois dernières années (24,1\u00a0ha par an), l’enveloppe sera épuisée en 2030, la dernière année de la période.');
    expect(pace(2029)).toContain('épuisée en 2029, 1 an avant l’échéance de 2030');
    expect(pace(2034)).toBe('Au rythme des trois dernières années (24,1\u00a0ha par an), l’enveloppe tient jusqu’en 2030 (épuisement projeté en 2034).');
    expect(pace(null, 0)).toBe('Aucune consommation ces trois dernières années : à ce rythme, l’enveloppe ne s’épuise pas.');
  });

  it('names a single commune without the count of communes, and leaves out the path when there is none', () => {
    const sentences = counterSentences({ ...COUNTER, communes: 1, path: [] }, 'à Carvin');
    expect(sentences).toHaveLength(4);
    expect(sentences[1]).toMatch(/garantie d’un hectare par commune\.$/);
    expect(counterSentences(COUNTER, 'à Carvin')[1]).toContain('par commune (14 communes).');
  });

  it('writes hectares the French way', () => {
    expect(ha(1234.56)).toBe('1\u202f234,6\u00a0ha');
    expect(ha(2, 2)).toBe('2\u00a0ha');
  });

  it('counts the share of 2021–2030 elapsed at the end of the latest year', () => {
    expect(elapsedShare(2024)).toBeCloseTo(0.4);
    expect(elapsedShare(2035)).toBe(1);
    expect(elapsedShare(2019)).toBe(0);
  });
});

describe('the trajectory and the destinations', () => {
  it('covers every year 2011–2050 in the trajectory, and every destination of every year', () => {
    const rows = trajectoryRows(COUNTER, CONSUMPTION.years);
    expect(rows.map((r) => r.year)).toEqual(Array.from({ length: 40 }, (_, i) => 2011 + i));
    expect(rows.filter((r) => r.kind === 'reference')).toHaveLength(10);
    expect(rows.filter((r) => r.kind === 'projection').map((r) => r.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(destinationRows(CONSUMPTION.years)).toHaveLength(14 * 6);
    for (const year of CONSUMPTION.years) expect(destinationSum(year)).toBeCloseTo(year.totalHa, 6);
  });

  it('sums each destination over the years, and all of them', () => {
    const totals = destinationTotals(
      CONSUMPTION.years,
      DESTINATIONS.map((d) => d.code),
    );
    expect(totals.byDestination[0]).toBeCloseTo(14 * 20 - (0.5 * (13 * 14)) / 2, 6); // habitat: 20, 19.5, … 13.5
    expect(totals.byDestination[1]).toBeCloseTo(14 * 8, 6);
    expect(totals.byDestination.reduce((a, b) => a + b, 0)).toBeCloseTo(totals.grand, 6);
    expect(destinationTotals([], ['habitat'])).toEqual({ byDestination: [0], grand: 0 });
  });

  it('names the two largest destinations and their shares, and the territory as the API says it after "de"', () => {
    expect(destinationsSentence(CONSUMPTION.years, DESTINATIONS, 'de Carvin')).toBe(
      'Depuis 2011, habitat 57\u00a0%, activité 27\u00a0% de la consommation d’espaces de Carvin.',
    ); // 234.5 and 112 of 413 ha
    const roads = [{ year: 2015, totalHa: 4, byDestination: { habitat: 1, route: 3 } }];
    expect(destinationsSentence(roads, DESTINATIONS, 'du périmètre de l’AULA')).toBe(
      'Depuis 2015, route 75\u00a0%, habitat 25\u00a0% de la consommation d’espaces du périmètre de l’AULA.',
    );
  });
});
