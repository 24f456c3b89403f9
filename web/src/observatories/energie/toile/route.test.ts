import { describe, expect, it } from 'vitest';
import { parseToile, toileRoute, toileUrl } from './route';

const parse = (url: string) => {
  const u = new URL(url, 'http://test');
  return parseToile(u.pathname.split('/').filter(Boolean), u.searchParams);
};

describe('the Toile’s URL', () => {
  it('keeps the distance and the node, and leaves the defaults out', () => {
    expect(parse('/energie/toile?distance=15&node=101')).toEqual(toileRoute({ distance: 15, node: 101 }));
    expect(toileUrl(toileRoute({ distance: 15, node: 101 }))).toBe('/energie/toile?distance=15&node=101');
    expect(toileUrl(toileRoute())).toBe('/energie/toile');
  });

  it('drops malformed values and is not another page’s', () => {
    expect(parse('/energie/toile?distance=0&node=abc')).toEqual(toileRoute());
    expect(parse('/energie/toile?distance=500')).toEqual(toileRoute());
    expect(parse('/energie/toile?distance=2.5')).toEqual(toileRoute());
    expect(parse('/energie')).toBeNull();
    expect(parse('/energie/sites')).toBeNull();
  });
});
