import { describe, expect, it } from 'vitest';
import { crsName, matches, sourceName } from './catalogue';

describe('catalogue helpers', () => {
  it('matches every word of a query, accents and case ignored', () => {
    expect(matches('salaries prive', 'Salariés du secteur privé')).toBe(true);
    expect(matches('EMPLOI friche', 'emploi.salaries_prives', 'URSSAF')).toBe(false);
    expect(matches('', 'anything')).toBe(true);
    expect(matches('bethune', null, 'CA de Béthune-Bruay')).toBe(true);
  });

  it('names a source by its organisation', () => {
    expect(sourceName('URSSAF, effectifs salariés du secteur privé (données de démonstration)')).toBe('URSSAF');
    expect(sourceName('France Travail – DARES (données de démonstration)')).toBe('France Travail');
    expect(sourceName('INSEE')).toBe('INSEE');
  });

  it('names coordinate systems', () => {
    expect(crsName('http://www.opengis.net/def/crs/OGC/1.3/CRS84')).toBe('WGS 84 (CRS84)');
    expect(crsName('http://www.opengis.net/def/crs/EPSG/0/2154')).toBe('EPSG:2154 (Lambert-93)');
    expect(crsName('urn:other')).toBe('urn:other');
  });
});
