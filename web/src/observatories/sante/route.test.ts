import { describe, expect, it } from 'vitest';
import { CABBALR, chiffresRoute, chiffresUrl, offreRoute, offreUrl, parseChiffres, parseOffre } from './route';

const parse = (url: string) => {
  const u = new URL(url, 'http://test');
  const segments = u.pathname.split('/').filter((s) => s !== '');
  return parseChiffres(segments, u.searchParams) ?? parseOffre(segments, u.searchParams);
};

describe('the Santé URLs', () => {
  it('read and write the key figures’ territory, the CABBALR’s CLS by default, a custom zone with its “+”', () => {
    expect(parse('/sante')).toEqual(chiffresRoute(CABBALR));
    expect(parse('/sante?territory=epci:246200364')).toEqual({ view: 'sante/chiffres', territory: 'epci:246200364' });
    expect(parse('/sante?territory=custom:62119+62126')).toEqual({ view: 'sante/chiffres', territory: 'custom:62119+62126' });
    expect(parse('/sante?territory=<script>')).toEqual(chiffresRoute(CABBALR));
    expect(chiffresUrl(chiffresRoute(CABBALR))).toBe('/sante');
    expect(chiffresUrl(chiffresRoute('commune:62119'))).toBe('/sante?territory=commune:62119');
  });

  it('read and write the map’s category, all by default, an unknown one ignored', () => {
    expect(parse('/sante/offre')).toEqual({ view: 'sante/offre', category: null });
    expect(parse('/sante/offre?category=pharmacie')).toEqual({ view: 'sante/offre', category: 'pharmacie' });
    expect(parse('/sante/offre?category=boulangerie')).toEqual({ view: 'sante/offre', category: null });
    expect(offreUrl(offreRoute('msp'))).toBe('/sante/offre?category=msp');
    expect(offreUrl(offreRoute())).toBe('/sante/offre');
  });
});
