import { describe, expect, it } from 'vitest';
import { cyclableRoute, cyclableUrl, parseCyclable } from './route';

const parse = (path: string) => {
  const url = new URL(path, 'http://test');
  return parseCyclable(url.pathname.split('/').filter(Boolean), url.searchParams);
};

describe('the cycling network’s URL', () => {
  it('reads the territory, the AULA perimeter by default', () => {
    expect(parse('/mobilite/cyclable')).toEqual({ view: 'mobilite/cyclable', territory: 'groupement:aula' });
    expect(parse('/mobilite/cyclable?territory=epci:246200364')).toEqual({ view: 'mobilite/cyclable', territory: 'epci:246200364' });
  });

  it('is not another path, and refuses a territory it cannot show', () => {
    expect(parse('/mobilite')).toBeNull();
    expect(parse('/mobilite/accidents')).toBeNull();
    expect(parse('/mobilite/cyclable?territory=<script>')?.territory).toBe('groupement:aula');
    expect(cyclableRoute('departement:62').territory).toBe('groupement:aula');
  });

  it('writes the same URL back, defaults left out', () => {
    expect(cyclableUrl(cyclableRoute())).toBe('/mobilite/cyclable');
    expect(cyclableUrl(cyclableRoute('commune:62119'))).toBe('/mobilite/cyclable?territory=commune:62119');
    expect(parse(cyclableUrl(cyclableRoute('epci:200072460')))).toEqual(cyclableRoute('epci:200072460'));
  });
});
