import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../platform/routes';
import { mobilite } from '..';
import { garesRoute } from './route';

const router = createRouter(mobilite.pages);
const url = (path: string): string => {
  const u = new URL(path, 'http://x');
  return router.toUrl(router.parse(u.pathname, u.search));
};

describe('the stations page in the URL', () => {
  it('is the AULA perimeter without a station by default', () => {
    expect(router.parse('/mobilite/gares', '')).toEqual(garesRoute());
    expect(router.toUrl(garesRoute())).toBe('/mobilite/gares');
  });

  it('round-trips the territory and the station chosen, and drops malformed ones', () => {
    expect(url('/mobilite/gares?territory=epci:246200364&gare=lens')).toBe('/mobilite/gares?territory=epci:246200364&gare=lens');
    expect(url('/mobilite/gares?territory=paris&gare=Lens%20Centre')).toBe('/mobilite/gares');
  });
});
