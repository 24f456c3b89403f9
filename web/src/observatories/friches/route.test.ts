import { describe, expect, it } from 'vitest';
import { createRouter } from '../../platform/routes';
import { friches } from '.';
import { formatWeights, frichesRoute, parseWeights } from './route';

const router = createRouter(friches.pages);
const parseRoute = router.parse;
const routeToUrl = router.toUrl;
const url = (path: string): string => {
  const u = new URL(path, 'http://x');
  return routeToUrl(parseRoute(u.pathname, u.search));
};

describe('the brownfield view in the URL', () => {
  it('has every default at /friches', () => {
    expect(parseRoute('/friches', '')).toEqual(frichesRoute());
    expect(routeToUrl(frichesRoute())).toBe('/friches');
  });

  it('round-trips every filter, the colour, the open sheet, the simulated weights and the map position', () => {
    const full =
      '/friches?epci=epci:200072460&commune=commune:62119&status=en_projet&minArea=1.5&minScore=50&colour=status&site=12&weights=area:0,pollution:5&map=2.5,50.4,10';
    expect(url(full)).toBe(full);
    expect(parseRoute('/friches', new URL(full, 'http://x').search)).toMatchObject({
      epci: 'epci:200072460',
      status: 'en_projet',
      minArea: 1.5,
      minScore: 50,
      colour: 'status',
      site: 12,
      weights: { area: 0, pollution: 5 },
      map: { lon: 2.5, lat: 50.4, zoom: 10 },
    });
  });

  it('drops what is malformed instead of trusting it', () => {
    expect(url('/friches?status=bad&minScore=150&minArea=-1&site=-3&epci=groupement:aula&colour=pink&weights=foo:abc,pollution:500,x')).toBe('/friches');
    expect(url('/friches?site=1.5')).toBe('/friches');
  });

  it('writes one URL per simulation, criteria in alphabetical order', () => {
    expect(url('/friches?weights=pollution:5,area:0')).toBe('/friches?weights=area:0,pollution:5');
    expect(parseWeights('pollution:2.5,station_access:0')).toEqual({ pollution: 2.5, station_access: 0 });
    expect(parseWeights('a:1:2,:3,b:')).toEqual({});
    expect(formatWeights({ station_access: 1.333333, area: 10 })).toBe('area:10,station_access:1.33');
  });
});

describe('the link from the card and the dashboard', () => {
  it('opens the brownfield map on the EPCI chosen, all sites otherwise', () => {
    expect(friches.link!('epci:246200299').href).toBe('/friches?epci=epci:246200299');
    expect(friches.link!('groupement:aula').href).toBe('/friches');
    expect(friches.link!(null).href).toBe('/friches');
  });
});
