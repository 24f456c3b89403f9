import { describe, expect, it } from 'vitest';
import { parseTrames, tramesRoute, tramesUrl } from './route';

describe('the networks page URL', () => {
  it('keeps the hidden networks in a stable order and drops unknown ones', () => {
    const route = parseTrames(['trames'], new URLSearchParams('masquer=agricole,rouge,verte,verte'));
    expect(route).toEqual({ view: 'trames/carte', hidden: ['verte', 'agricole'] });
    expect(tramesUrl(route!)).toBe('/trames?masquer=verte,agricole');
  });

  it('has no parameter when every network is shown, and answers only its own path', () => {
    expect(tramesUrl(tramesRoute())).toBe('/trames');
    expect(parseTrames(['trames', 'x'], new URLSearchParams())).toBeNull();
    expect(parseTrames(['zan'], new URLSearchParams())).toBeNull();
  });
});
