import { describe, expect, it } from 'vitest';
import { CALL, chiffresRoute, chiffresUrl, parseChiffres, parsePlh, parsePrix, plhUrl, prixRoute, prixUrl } from './route';

describe('the Habitat pages in the URL', () => {
  it('reads the key figures’ territory and writes it back', () => {
    const route = parseChiffres(['habitat'], new URLSearchParams('territory=epci:246200364'));
    expect(route).toEqual({ view: 'habitat/chiffres', territory: 'epci:246200364' });
    expect(chiffresUrl(route!)).toBe('/habitat?territory=epci:246200364');
    expect(parseChiffres(['habitat'], new URLSearchParams('territory=<script>'))).toEqual(chiffresRoute());
    expect(chiffresUrl(chiffresRoute())).toBe('/habitat');
  });

  it('reads the prices’ zone (a custom zone too), year and type, and falls back on the defaults for the rest', () => {
    const route = parsePrix(['habitat', 'prix'], new URLSearchParams('territory=custom:62119+62498&year=2023&type=appartement'));
    expect(route).toEqual({ view: 'habitat/prix', territory: 'custom:62119+62498', year: 2023, type: 'appartement' });
    expect(decodeURIComponent(prixUrl(route!))).toBe('/habitat/prix?territory=custom:62119+62498&year=2023&type=appartement');
    expect(parsePrix(['habitat', 'prix'], new URLSearchParams('territory=custom:abc&year=1&type=villa'))).toEqual(prixRoute());
    expect(prixUrl(prixRoute())).toBe('/habitat/prix');
  });

  it('follows the CALL’s PLH unless the URL names another EPCI', () => {
    expect(parsePlh(['habitat', 'plh'], new URLSearchParams())).toEqual({ view: 'habitat/plh', territory: CALL });
    expect(parsePlh(['habitat', 'plh'], new URLSearchParams('territory=commune:62498'))).toEqual({ view: 'habitat/plh', territory: CALL });
    expect(plhUrl(parsePlh(['habitat', 'plh'], new URLSearchParams('territory=epci:200072460'))!)).toBe('/habitat/plh?territory=epci:200072460');
  });

  it('is not another page', () => {
    expect(parseChiffres(['habitat', 'x'], new URLSearchParams())).toBeNull();
    expect(parsePrix(['habitat'], new URLSearchParams())).toBeNull();
    expect(parsePlh(['habitat', 'plh', 'x'], new URLSearchParams())).toBeNull();
  });
});
