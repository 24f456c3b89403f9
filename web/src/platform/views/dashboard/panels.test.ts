// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { SeriesResponse } from '../../api/types';
import { chartTitle, seriesRows } from './chartPanel';
import { downloadUrls } from './downloads';
import { layersFieldset, toggleLayer } from './layers';
import { metadataEntries } from './metadata';
import { territoryRef } from '../../testing/fakeApi';
import { detail, POPULATION, TAUX } from '../../testing/viewData';

const point = (period: string, value: number | null, status = 'definitive') => ({
  period,
  value,
  index: value === null ? null : value / 10,
  status,
  yearOnYear: null,
});
const series = (indexPeriod: string | null): SeriesResponse => ({
  indicator: POPULATION,
  asOf: null,
  indexPeriod,
  series: [
    { territory: territoryRef('epci:a', 'A'), annualGrowth: null, coverage: null, points: [point('2020', 1000), point('2021', 1010)] },
    { territory: territoryRef('commune:b', 'B'), annualGrowth: null, coverage: null, points: [point('2021', 20, 'secret'), point('2022', 30)] },
  ],
});

describe('the chart’s table', () => {
  it('has a row per period of any series: values, or indices in base 100; secret and missing points said', () => {
    expect(seriesRows(series(null), POPULATION)).toEqual([
      ['2020', `1\u202f000`, '—'],
      ['2021', `1\u202f010`, 'secret'],
      ['2022', '—', '30'],
    ]);
    expect(seriesRows(series('2020'), POPULATION)[1]).toEqual(['2021', '101', 'secret']);
  });

  it('is titled with the unit, or the base period', () => {
    expect(chartTitle({ indexPeriod: null }, POPULATION)).toBe('Population (habitants)');
    expect(chartTitle({ indexPeriod: '2015' }, POPULATION)).toBe('Population, base 100 en 2015');
  });
});

describe('the downloads', () => {
  it('point to the values and the map of what is shown', () => {
    const urls = downloadUrls({ code: 'essai.taux', period: '2022', level: 'epci', zone: 'groupement:aula', method: 'jenks', classes: 4 });
    expect(urls.json).toBe('/api/v1/indicators/essai.taux/values?level=epci&within=groupement:aula&period=2022');
    expect(urls.csv).toBe(`${urls.json}&format=csv`);
    expect(urls.xlsx).toBe(`${urls.json}&format=xlsx`);
    expect(urls.geojson).toBe('/api/v1/indicators/essai.taux/map?level=epci&within=groupement:aula&period=2022&method=jenks&classes=4');
  });
});

describe('the layers', () => {
  it('adds a layer at the end or removes it', () => {
    expect(toggleLayer(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleLayer(['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('has no fieldset without layers, else a checkbox each', () => {
    expect(layersFieldset([], [], () => {})).toBeNull();
    const fieldset = layersFieldset([{ id: 'x', title: 'X' }], ['x'], () => {})!;
    expect(fieldset.querySelector<HTMLInputElement>('input[name="layer-x"]')?.checked).toBe(true);
  });
});

describe('the indicator’s sheet', () => {
  it('says the aggregation and the secrecy threshold in words', () => {
    const entries = new Map(metadataEntries(detail(TAUX), '2021').map(([term, value]) => [term, typeof value === 'string' ? value : value.textContent]));
    expect(entries.get('Agrégation')).toBe('ratio recalculé à partir des numérateurs et dénominateurs');
    expect(entries.get('Millésime')).toBe('2021 (affiché) ; données de 2019 à 2022');
    expect(entries.has('Secret statistique')).toBe(false);
    expect(new Map(metadataEntries(detail(POPULATION), '2022')).get('Secret statistique')).toBe('valeur masquée sous 3\u00a0unités');
  });
});
