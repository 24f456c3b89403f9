import { describe, expect, it } from 'vitest';
import { CABBALR, decilesRoute, decilesUrl, parseDeciles } from './route';

describe('the Social page in the URL', () => {
  it('reads the territory and the year and writes them back', () => {
    const route = parseDeciles(['social', 'deciles'], new URLSearchParams('territory=commune:62119&year=2020'));
    expect(route).toEqual({ view: 'social/deciles', territory: 'commune:62119', year: 2020 });
    expect(decilesUrl(route!)).toBe('/social/deciles?territory=commune:62119&year=2020');
  });

  it('falls back on the CABBALR and the latest year, and leaves other paths alone', () => {
    expect(parseDeciles(['social', 'deciles'], new URLSearchParams('territory=<script>&year=1'))).toEqual(decilesRoute());
    expect(decilesRoute().territory).toBe(CABBALR);
    expect(decilesUrl(decilesRoute())).toBe('/social/deciles');
    expect(parseDeciles(['social'], new URLSearchParams())).toBeNull();
  });
});
