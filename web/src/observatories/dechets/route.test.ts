import { describe, expect, it } from 'vitest';
import { parseStreams, streamsRoute, streamsUrl, TERNOIS } from './route';

describe('the Déchets page in the URL', () => {
  it('reads the territory and writes it back', () => {
    const route = parseStreams(['dechets'], new URLSearchParams('territory=groupement:petr-ternois-7-vallees'));
    expect(route).toEqual({ view: 'dechets/flux', territory: 'groupement:petr-ternois-7-vallees' });
    expect(streamsUrl(route!)).toBe('/dechets?territory=groupement:petr-ternois-7-vallees');
  });

  it('falls back on the CC du Ternois, refuses communes, and leaves other paths alone', () => {
    expect(parseStreams(['dechets'], new URLSearchParams('territory=commune:62767'))).toEqual(streamsRoute());
    expect(streamsRoute().territory).toBe(TERNOIS);
    expect(streamsUrl(streamsRoute())).toBe('/dechets');
    expect(parseStreams(['dechets', 'x'], new URLSearchParams())).toBeNull();
  });
});
