import { describe, expect, it } from 'vitest';
import {
  bboxText,
  crsName,
  filterIndicators,
  filterLayers,
  intervalText,
  matches,
  observatoryName,
  resultsText,
  sourceName,
  sourceNames,
  splitItem,
  type LayerEntry,
} from './model';

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

const indicator = (code: string, observatory: string, source: string, label = code) => ({
  code,
  label,
  unit: 'u',
  decimals: 0,
  observatory,
  theme: 't',
  periodicity: 'year',
  aggregation: 'sum',
  higherIsBetter: null,
  source,
  sourceUrl: null,
  licence: 'Licence Ouverte',
  confidentiality: 'public',
  fixedClasses: null,
});

const layer = (id: string, observatory: string | null, extent: LayerEntry['extent'] = { spatial: null, temporal: null }): LayerEntry => ({
  id,
  title: `Couche ${id}`,
  description: 'Des objets.',
  itemType: 'feature',
  crs: [],
  storageCrs: '',
  links: [],
  extent,
  observatory,
});

describe('catalogue filters', () => {
  const indicators = [
    indicator('emploi.salaries', 'emploi', 'URSSAF, effectifs', 'Salariés du secteur privé'),
    indicator('emploi.demandeurs', 'emploi', 'France Travail – DARES', 'Demandeurs d’emploi'),
    indicator('portrait.population', 'portrait', 'INSEE (recensement)', 'Population'),
  ];
  const layers = [layer('friches-sites', 'friches'), layer('communes', null)];

  it('keeps the indicators of the observatory, the source and the query', () => {
    const codes = (f: { q: string; observatory: string | null; source: string | null }) => filterIndicators(indicators, f).map((i) => i.code);
    expect(codes({ q: '', observatory: null, source: null })).toHaveLength(3);
    expect(codes({ q: '', observatory: 'emploi', source: null })).toEqual(['emploi.salaries', 'emploi.demandeurs']);
    expect(codes({ q: '', observatory: null, source: 'INSEE' })).toEqual(['portrait.population']);
    expect(codes({ q: 'salaries', observatory: 'emploi', source: null })).toEqual(['emploi.salaries']);
  });

  it('keeps the layers of the observatory and the query, and none for a source', () => {
    const ids = (f: { q: string; observatory: string | null; source: string | null }) => filterLayers(layers, f).map((l) => l.id);
    expect(ids({ q: '', observatory: null, source: null })).toEqual(['friches-sites', 'communes']);
    expect(ids({ q: 'communes', observatory: null, source: null })).toEqual(['communes']);
    expect(ids({ q: '', observatory: 'friches', source: null })).toEqual(['friches-sites']);
    expect(ids({ q: '', observatory: null, source: 'URSSAF' })).toEqual([]);
  });

  it('lists the sources once each, in French order', () => {
    expect(sourceNames([...indicators, indicator('x', 'emploi', 'URSSAF (autre)')])).toEqual(['France Travail', 'INSEE', 'URSSAF']);
  });

  it('counts the results in words', () => {
    expect(resultsText(3, 1)).toBe('3 indicateurs et 1 couche.');
    expect(resultsText(0, 2)).toBe('0 indicateur et 2 couches.');
  });
});

describe('catalogue entries', () => {
  it('names an observatory, the territorial reference for none', () => {
    const observatories = [{ slug: 'emploi', name: 'Emploi', description: '', layers: [], themes: [] }];
    expect(observatoryName(observatories, 'emploi')).toBe('Emploi');
    expect(observatoryName(observatories, 'autre')).toBe('autre');
    expect(observatoryName(observatories, null)).toBe('Référentiel territorial');
  });

  it('splits an entry of the URL at its first colon', () => {
    expect(splitItem('indicator:emploi.salaries')).toEqual({ kind: 'indicator', key: 'emploi.salaries' });
    expect(splitItem('layer:a:b')).toEqual({ kind: 'layer', key: 'a:b' });
    expect(splitItem('nothing')).toEqual({ kind: 'nothing', key: '' });
  });

  it('says a layer’s extent and time span, or a dash', () => {
    const dated = layer('x', null, {
      spatial: { bbox: [[2.1234, 50.2, 3.1, 50.7]], crs: '' },
      temporal: { interval: [['2020-01-01T00:00:00Z', null]], trs: '' },
    });
    expect(bboxText(dated)).toBe('2,123 ; 50,2 ; 3,1 ; 50,7 (longitudes, latitudes WGS 84)');
    expect(intervalText(dated)).toMatch(/2020 – aujourd’hui$/);
    expect(bboxText(layer('y', null))).toBe('—');
    expect(intervalText(layer('y', null))).toBe('—');
  });
});
