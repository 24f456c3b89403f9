/** The answers the ZAN counter reads, shaped like the real ones (trimmed), and a fake API that serves them. */
import { fakeApi, json, KNOWN_NAMES, namesOf } from '../../platform/testing/fakeApi';

export const COUNTER = {
  territory: 'epci:246200299',
  communes: 14,
  latestYear: 2024,
  referenceHa: 322.5,
  reduction: 0.5,
  envelopeHa: 161.9,
  consumedHa: 101.2,
  remainingHa: 60.7,
  usedShare: 0.625,
  pacePerYearHa: 24.1,
  exhaustionYear: 2027,
  exceeded: false,
  path: Array.from({ length: 20 }, (_, i) => ({ year: 2031 + i, allowanceHa: Math.round(16.19 * ((19 - i) / 20) * 100) / 100 })),
};

export const CONSUMPTION = {
  territory: 'epci:246200299',
  years: Array.from({ length: 14 }, (_, i) => {
    const byDestination = { habitat: 20 - i * 0.5, activite: 8, mixte: 1, route: 2, ferre: 0.5, inconnu: 1.25 };
    return { year: 2011 + i, totalHa: Object.values(byDestination).reduce((a, b) => a + b, 0), byDestination };
  }),
};

export const RANKING = {
  within: 'epci:246200299',
  per: 'inhabitant',
  indicator: 'portrait.population',
  from: 2011,
  to: 2020,
  items: [
    { rank: 1, commune: 'commune:62148', name: 'Bois-Bernard', consumedHa: 2.78, gain: 21, squareMetresPer: 1324.3 },
    { rank: 2, commune: 'commune:62215', name: 'Carvin', consumedHa: 62.46, gain: 409, squareMetresPer: 1527.1 },
    { rank: null, commune: 'commune:62427', name: 'Hénin-Beaumont', consumedHa: 99.81, gain: -12, squareMetresPer: null },
  ],
};

export function zanApi(overrides: Record<string, () => Response> = {}) {
  const fetchMock = fakeApi(
    {
      '/api/v1/zan/counter': (url) => json({ ...COUNTER, territory: url.searchParams.get('territory') }),
      '/api/v1/zan/consumption': (url) => json({ ...CONSUMPTION, territory: url.searchParams.get('territory') }),
      '/api/v1/zan/ranking': (url) => json({ ...RANKING, per: url.searchParams.get('per') }),
      '/api/v1/territories/epci:246200299': () =>
        json({ id: 'epci:246200299', level: 'epci', name: 'CA d’Hénin-Carvin', names: KNOWN_NAMES['epci:246200299'], parents: [] }),
      '/api/v1/territories/commune:62427': () =>
        json({
          id: 'commune:62427',
          level: 'commune',
          name: 'Hénin-Beaumont',
          names: namesOf('Hénin-Beaumont', 'd’Hénin-Beaumont'),
          parents: [{ id: 'epci:246200299', level: 'epci', code: '246200299', name: 'CA d’Hénin-Carvin', names: KNOWN_NAMES['epci:246200299'] }],
        }),
    },
    overrides,
  );
  return { fetchMock };
}
