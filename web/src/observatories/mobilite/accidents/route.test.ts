import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../platform/routes';
import { mobilite } from '..';
import { accidentQuery } from './api';
import { accidentsRoute } from './route';

const router = createRouter(mobilite.pages);
const url = (path: string): string => {
  const u = new URL(path, 'http://x');
  return router.toUrl(router.parse(u.pathname, u.search));
};

describe('the accident map in the URL', () => {
  it('has every default at /mobilite/accidents: 2015–2024, no filter', () => {
    expect(router.parse('/mobilite/accidents', '')).toEqual(accidentsRoute());
    expect(router.toUrl(accidentsRoute())).toBe('/mobilite/accidents');
  });

  it('round-trips every filter and the map position', () => {
    const full =
      '/mobilite/accidents?from=2020&to=2023&month=6&hourBand=07-09&mode=pieton,velo&severity=tue,hospitalise&agglomeration=non&territory=epci:200072460&loi=pieton-cycliste&map=2.5,50.4,10';
    expect(url(full)).toBe(full);
  });

  it('drops malformed values, keeps known modes in a fixed order and puts the years in order', () => {
    expect(url('/mobilite/accidents?mode=voiture,avion,velo&severity=grave&hourBand=8&month=13&territory=paris&agglomeration=peut-etre')).toBe(
      '/mobilite/accidents?mode=velo,voiture',
    );
    expect(url('/mobilite/accidents?from=2023&to=2019')).toBe('/mobilite/accidents?from=2019&to=2023');
    expect(url('/mobilite/accidents?from=1990')).toBe('/mobilite/accidents');
  });

  it('asks the API for exactly the filters of the view (the journey: cyclists killed or hospitalised, 2020–2024, one EPCI)', () => {
    const route = accidentsRoute({ from: 2020, modes: ['velo'], severities: ['tue', 'hospitalise'], territory: 'epci:200072460' });
    expect(accidentQuery(route)).toEqual({ from: 2020, to: 2024, mode: 'velo', severity: 'tue,hospitalise', territory: 'epci:200072460' });
    expect(accidentQuery(accidentsRoute({ law: true, agglomeration: false, month: 3, hourBand: '16-19' }))).toEqual({
      from: 2015,
      to: 2024,
      month: 3,
      hourBand: '16-19',
      agglomeration: 'false',
      loi: 'pieton-cycliste',
    });
  });

  it('links the observatory’s card to the map of the territory chosen', () => {
    expect(mobilite.link?.('epci:246200364')?.href).toBe('/mobilite/accidents?territory=epci:246200364');
    expect(mobilite.link?.(null)?.href).toBe('/mobilite/accidents');
  });
});
