import { describe, expect, it } from 'vitest';
import { bilanRoute, bilanUrl, parseBilan } from './route';

const parse = (url: string) => {
  const u = new URL(url, 'http://x');
  return parseBilan(u.pathname.split('/').filter(Boolean), u.searchParams);
};

describe('the energy dashboard’s URL', () => {
  it('keeps the territory, and leaves the AULA (the default) out', () => {
    expect(parse('/energie?territory=epci:200072460')).toEqual({ view: 'energie/bilan', territory: 'epci:200072460' });
    expect(bilanUrl(bilanRoute('epci:200072460'))).toBe('/energie?territory=epci:200072460');
    expect(bilanUrl(bilanRoute())).toBe('/energie');
    expect(parse('/energie?territory=departement:62')?.territory).toBe('departement:62');
  });

  it('falls back to the AULA on a malformed territory, and is not the sites’ or the Toile’s page', () => {
    expect(parse('/energie?territory=<script>')?.territory).toBe('groupement:aula');
    expect(parse('/energie/sites')).toBeNull();
    expect(parse('/energie/toile')).toBeNull();
  });
});
