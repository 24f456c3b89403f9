import { describe, expect, it } from 'vitest';
import { createRouter } from '../../platform/routes';
import { zan } from '.';
import { zanRoute } from './route';

const router = createRouter(zan.pages);
const parseRoute = router.parse;
const routeToUrl = router.toUrl;
const url = (path: string): string => {
  const u = new URL(path, 'http://x');
  return routeToUrl(parseRoute(u.pathname, u.search));
};

describe('the ZAN counter in the URL', () => {
  it('shows the AULA perimeter by default', () => {
    expect(parseRoute('/zan', '')).toEqual({ view: 'zan/counter', territory: 'groupement:aula', per: 'inhabitant' });
    expect(routeToUrl(zanRoute())).toBe('/zan');
  });

  it('round-trips a commune, an EPCI or a groupement and the ranking’s divisor', () => {
    for (const path of ['/zan?territory=commune:62119&per=job', '/zan?territory=epci:200072460', '/zan?territory=groupement:pma']) {
      expect(url(path)).toBe(path);
    }
  });

  it('falls back to the AULA perimeter for a level the counter is not offered for', () => {
    expect(url('/zan?territory=departement:62&per=other')).toBe('/zan');
    expect(zanRoute('region:32')).toEqual(zanRoute());
  });
});

describe('the link from the card and the dashboard', () => {
  it('opens the counter on the territory chosen, the AULA perimeter otherwise', () => {
    expect(zan.link!('epci:246200299').href).toBe('/zan?territory=epci:246200299');
    expect(zan.link!('departement:62').href).toBe('/zan');
    expect(zan.link!(null).href).toBe('/zan');
  });
});
