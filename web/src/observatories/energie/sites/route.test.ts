import { describe, expect, it } from 'vitest';
import { energieSitesRoute, energieSitesUrl, parseEnergieSites } from './route';

const parse = (url: string) => {
  const u = new URL(url, 'http://test');
  return parseEnergieSites(u.pathname.split('/').filter(Boolean), u.searchParams);
};

describe('the sites page’s URL', () => {
  it('reads the kind, the territory, the site and the map position, and writes them back the same', () => {
    const url = '/energie/sites?kind=methanisation&territory=epci:200069672&site=methanisation-valhuon&map=2.3,50.4,9';
    const route = parse(url)!;
    expect(route).toEqual(
      energieSitesRoute({ kind: 'methanisation', territory: 'epci:200069672', site: 'methanisation-valhuon', map: { lon: 2.3, lat: 50.4, zoom: 9 } }),
    );
    expect(energieSitesUrl(route)).toBe(url);
  });

  it('drops malformed values and leaves defaults out of the URL', () => {
    const route = parse('/energie/sites?kind=nucleaire&territory=<script>&site=Not%20An%20Id&map=9,9')!;
    expect(route).toEqual(energieSitesRoute());
    expect(energieSitesUrl(route)).toBe('/energie/sites');
  });

  it('is not the page of other paths', () => {
    expect(parse('/energie')).toBeNull();
    expect(parse('/energie/sites/x')).toBeNull();
    expect(parse('/energie/toile')).toBeNull();
  });
});
