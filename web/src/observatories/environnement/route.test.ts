import { describe, expect, it } from 'vitest';
import { DEFAULT_ZONE } from '../../platform/routes';
import { parseSurchauffe, surchauffeRoute, surchauffeUrl } from './route';

const parse = (url: string) => {
  const u = new URL(url, 'http://x');
  return parseSurchauffe(u.pathname.split('/').filter(Boolean), u.searchParams);
};

describe('the overheating page’s URL', () => {
  it('reads the territory, the year and the map, and writes them back', () => {
    const route = parse('/environnement/surchauffe?territory=commune:62498&annee=2022&map=2.83,50.43,13');
    expect(route).toEqual({ view: 'environnement/surchauffe', territory: 'commune:62498', year: 2022, map: { lon: 2.83, lat: 50.43, zoom: 13 } });
    expect(surchauffeUrl(route!)).toBe('/environnement/surchauffe?territory=commune:62498&annee=2022&map=2.83,50.43,13');
  });

  it('drops malformed values and leaves the defaults out of the URL', () => {
    const route = parse('/environnement/surchauffe?territory=<script>&annee=12');
    expect(route).toEqual(surchauffeRoute());
    expect(route?.territory).toBe(DEFAULT_ZONE);
    expect(surchauffeUrl(route!)).toBe('/environnement/surchauffe');
    expect(parse('/environnement/autre')).toBeNull();
  });
});
