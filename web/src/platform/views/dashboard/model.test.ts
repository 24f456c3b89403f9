import { describe, expect, it } from 'vitest';
import type { Legend, MapProperties } from '../../api/types';
import { dashboardRoute } from '../../routes';
import {
  baseHundred,
  choosePeriod,
  classCountOptions,
  classLabel,
  classOf,
  compareReferences,
  effectiveMethod,
  methodOptions,
  dataKey,
  describeTerritory,
  downloadName,
  comparisonCell,
  comparisonColumnLabel,
  comparisonKey,
  levelOptions,
  methodLabel,
  onlyMapMoved,
  periodOptions,
  rankingComparison,
  referenceGap,
  seriesKey,
  seriesTerritories,
  shouldFit,
  zoneName,
} from './model';
import { KNOWN_NAMES, namesOf } from '../../testing/fakeApi';
import { POPULATION, TAUX } from '../../testing/viewData';

const NNBSP = '\u202f';

const legend: Legend = {
  method: 'jenks',
  breaks: [34, 1535, 4077, 7624],
  classes: [
    { index: 0, lower: 34, upper: 1535, count: 5, colour: '#ca0020' },
    { index: 1, lower: 1535, upper: 4077, count: 5, colour: '#f4a582' },
    { index: 2, lower: 4077, upper: 7624.5, count: 4, colour: '#0571b0' },
  ],
  palette: 'Blues',
  midpoint: null,
  secretColour: '#7b7b7b',
  noDataColour: '#e5e5e5',
  counts: { total: 14, classified: 14, secret: 0, noData: 0 },
  scheme: null,
};

describe('the legend’s classes', () => {
  it('says each class in French, the last one closed', () => {
    expect(classLabel(legend, 0, 0)).toBe(`de 34 à moins de 1${NNBSP}535`);
    expect(classLabel(legend, 2, 0)).toBe(`de 4${NNBSP}077 à 7${NNBSP}624,5`);
    expect(classLabel(legend, 5, 0)).toBe('');
  });

  it('puts a value in its class: lower bound in, upper bound out except for the last class', () => {
    const row = (value: number | null, status = 'definitive') => ({ value, status });
    expect(classOf(legend, row(34))).toBe(0);
    expect(classOf(legend, row(1535))).toBe(1);
    expect(classOf(legend, row(7624.5))).toBe(2);
    expect(classOf(legend, row(10_000))).toBe(2);
    expect(classOf(legend, row(33))).toBeNull();
    expect(classOf(legend, row(null))).toBeNull();
    expect(classOf(legend, row(2000, 'secret'))).toBeNull();
    expect(classOf(null, row(2000))).toBeNull();
  });

  it('names the method, or gives it as sent', () => {
    expect(methodLabel('jenks')).toBe('Seuils naturels (Jenks)');
    expect(methodLabel('other')).toBe('other');
  });
});

describe('base 100', () => {
  it('follows the URL, else is on for counts (sums) and off for rates', () => {
    expect(baseHundred(null, POPULATION)).toBe(true);
    expect(baseHundred(null, TAUX)).toBe(false);
    expect(baseHundred(false, POPULATION)).toBe(false);
    expect(baseHundred(true, TAUX)).toBe(true);
    expect(baseHundred(null, null)).toBe(false);
  });
});

describe('the choices offered', () => {
  it('shows the period asked if the indicator has it, else the latest and says so', () => {
    const periods = ['2019', '2020', '2021'];
    expect(choosePeriod(periods, null)).toEqual({ period: '2021', unknown: false });
    expect(choosePeriod(periods, '2020')).toEqual({ period: '2020', unknown: false });
    expect(choosePeriod(periods, '1990')).toEqual({ period: '2021', unknown: true });
    expect(choosePeriod([], null)).toEqual({ period: '', unknown: false });
  });

  it('offers the periods latest first, the levels the indicator has, 2 to 9 classes', () => {
    expect(periodOptions(['2020', '2021']).map((o) => o.value)).toEqual(['2021', '2020']);
    expect(levelOptions({ storedLevels: ['commune'], aggregableLevels: ['epci', 'region'] })).toEqual([
      { value: 'commune', label: 'Communes' },
      { value: 'epci', label: 'Intercommunalités (EPCI)' },
    ]);
    expect(levelOptions({ storedLevels: ['epci'], aggregableLevels: [] }).map((o) => o.value)).toEqual(['epci']);
    expect(classCountOptions().map((o) => o.value)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
  });
});

describe('the comparisons', () => {
  it('charts the zone, the selected territory and the references, each once', () => {
    expect(seriesTerritories('groupement:aula', null)).toEqual(['groupement:aula', 'departement:62', 'region:32']);
    expect(seriesTerritories('epci:1', 'commune:62001')).toEqual(['epci:1', 'commune:62001', 'departement:62', 'region:32']);
    expect(seriesTerritories('departement:62', 'departement:62')).toEqual(['departement:62', 'region:32']);
    expect(compareReferences('departement:62')).toBe('region:32');
    expect(compareReferences('groupement:aula')).toBe('departement:62,region:32');
    expect(compareReferences('epci:200072460', ['groupement:pairs-cabbalr'])).toBe('departement:62,region:32,groupement:pairs-cabbalr');
  });

  it('says the gap to a reference for rates (in points for percentages), never for counts', () => {
    const gap = { gap: 1.5, relativeGap: 0.03 };
    expect(referenceGap(gap, { ...TAUX, decimals: 1 })).toBe(' (écart +1,5 pt)');
    expect(referenceGap(gap, { ...TAUX, unit: 'ans', decimals: 1 })).toBe(' (écart +1,5)');
    expect(referenceGap(gap, POPULATION)).toBe('');
    expect(referenceGap({ gap: null, relativeGap: null }, TAUX)).toBe('');
  });

  it('compares a count or a sum by its share of the zone, a rate or a mean by its gap', () => {
    expect(rankingComparison(POPULATION)).toBe('share');
    expect(rankingComparison(TAUX)).toBe('gap');
    expect(rankingComparison({ aggregation: 'weighted_mean' })).toBe('gap');
    expect(rankingComparison({ aggregation: 'none' })).toBe('gap');
  });

  it('heads that column with the zone as French names it, after "dans" or "à"', () => {
    const aula = KNOWN_NAMES['groupement:aula']!;
    expect(comparisonColumnLabel(POPULATION, aula)).toBe('Part dans le périmètre de l’AULA');
    expect(comparisonColumnLabel(TAUX, aula)).toBe('Écart au périmètre de l’AULA (points)');
    expect(comparisonColumnLabel({ ...TAUX, unit: '€' }, KNOWN_NAMES['departement:62']!)).toBe('Écart au Pas-de-Calais (€)');
    expect(comparisonColumnLabel({ ...TAUX, unit: '€' }, KNOWN_NAMES['region:32']!)).toBe('Écart aux Hauts-de-France (€)');
    expect(comparisonColumnLabel(POPULATION, namesOf('CA de Lens', 'de la CA de Lens', 'à la CA de Lens', 'dans la CA de Lens'))).toBe(
      'Part dans la CA de Lens',
    );
    expect(comparisonColumnLabel(POPULATION, null)).toBe('Part du total de la zone');
  });

  it('says in that heading when the zone’s figure covers only some of its communes', () => {
    const pasDeCalais = KNOWN_NAMES['departement:62']!;
    const partial = 'sur 318 des 887 communes';
    expect(comparisonColumnLabel(POPULATION, pasDeCalais, partial)).toBe('Part dans le Pas-de-Calais, sur 318 des 887 communes');
    expect(comparisonColumnLabel(TAUX, pasDeCalais, partial)).toBe('Écart au Pas-de-Calais, sur 318 des 887 communes (points)');
    expect(comparisonColumnLabel(POPULATION, pasDeCalais, '')).toBe('Part dans le Pas-de-Calais');
  });

  it('gives a count’s share of the zone’s total (never a gap: “Lens −137 014 salariés”), a rate’s gap', () => {
    const zone = { value: 275_736, status: 'definitive' };
    const lens = { value: 137_868, status: 'definitive', gapToParent: -137_868 };
    expect(comparisonCell(POPULATION, lens, zone)).toBe('50,0\u00a0%');
    expect(comparisonKey(POPULATION, lens, zone)).toBeCloseTo(0.5);
    expect(comparisonCell(POPULATION, { ...lens, value: null, status: 'secret' }, zone)).toBe('—');
    expect(comparisonKey(POPULATION, { ...lens, value: null, status: 'secret' }, zone)).toBeNull();
    expect(comparisonCell(POPULATION, lens, { value: null, status: 'secret' })).toBe('—');
    expect(comparisonCell(POPULATION, lens, null)).toBe('—');
    expect(comparisonCell({ ...TAUX, decimals: 1 }, { value: 61.5, status: 'definitive', gapToParent: 1.5 }, { value: 60, status: 'definitive' })).toBe('+1,5');
    expect(comparisonKey(TAUX, { value: 61.5, status: 'definitive', gapToParent: 1.5 }, null)).toBe(1.5);
  });

  it('names a zone from the selectors’ lists, or by its id', () => {
    const t = (id: string, name: string) => ({ id, name, code: '', level: '', population: null, names: namesOf(name) });
    const choices = { groupements: [t('groupement:aula', 'AULA')], epcis: [t('epci:1', 'CA 1')], departements: [] };
    expect(zoneName(choices, 'epci:1')).toBe('CA 1');
    expect(zoneName(choices, 'epci:2')).toBe('epci:2');
    expect(zoneName(null, 'epci:1')).toBe('epci:1');
  });

  it('describes a territory of the map, its status unless secret', () => {
    const p = (value: number | null, status: string | null) => ({ id: 'c', name: 'Arras', level: 'commune', value, status }) as unknown as MapProperties;
    expect(describeTerritory(p(41000, 'provisional'), POPULATION)).toBe(`Arras : 41${NNBSP}000\u00a0habitants (provisoire)`);
    expect(describeTerritory(p(null, 'secret'), POPULATION)).toBe('Arras : Secret statistique');
    expect(describeTerritory(p(12, null), null)).toBe('Arras : 12');
  });
});

describe('what a change reloads', () => {
  const route = dashboardRoute('essai');

  it('reloads the data for another indicator, period, level, zone or classes, not for a selection or base 100', () => {
    const key = dataKey('a', '2020', route);
    expect(dataKey('a', '2020', { ...route, selected: 'commune:1', index: false, layers: ['x'] })).toBe(key);
    expect(dataKey('a', '2021', route)).not.toBe(key);
    expect(dataKey('a', '2020', { ...route, classes: 4 })).not.toBe(key);
    expect(dataKey('a', '2020', { ...route, level: 'epci' })).not.toBe(key);
  });

  it('reloads the series for another zone, selection or base 100, not for another period', () => {
    const key = seriesKey('a', route, true);
    expect(seriesKey('a', { ...route, period: '2019', method: 'jenks' }, true)).toBe(key);
    expect(seriesKey('a', route, false)).not.toBe(key);
    expect(seriesKey('a', { ...route, selected: 'commune:1' }, true)).not.toBe(key);
  });

  it('reloads nothing when only the map moved', () => {
    const moved = { ...route, map: { lon: 2.5, lat: 50.4, zoom: 9 } };
    expect(onlyMapMoved(route, moved)).toBe(true);
    expect(onlyMapMoved(route, { ...moved, selected: 'commune:1' })).toBe(false);
  });

  it('fits the map to new data when its extent changes, but keeps a position given in the URL the first time', () => {
    expect(shouldFit('', 'commune|groupement:aula', false)).toBe(true);
    expect(shouldFit('', 'commune|groupement:aula', true)).toBe(false);
    expect(shouldFit('commune|groupement:aula', 'commune|groupement:aula', false)).toBe(false);
    expect(shouldFit('commune|groupement:aula', 'epci|groupement:aula', true)).toBe(true);
  });

  it('names the downloads after what they hold', () => {
    expect(downloadName('emploi.salaries', 'commune', 'groupement:aula', '2023')).toBe('emploi.salaries_commune_groupement-aula_2023');
  });
});

describe('fixed classes', () => {
  const fixed = { fixedClasses: { name: 'Classes du rapport d’activité 2024', breaks: [0.09, 0.37, 0.7, 1, 1.52, 4.66] } };
  it('draws an indicator with fixed classes in them unless another method is asked', () => {
    expect(effectiveMethod(null, fixed)).toBe('fixed');
    expect(effectiveMethod('jenks', fixed)).toBe('jenks');
    expect(effectiveMethod(null, { fixedClasses: null })).toBe('quantile');
    expect(effectiveMethod('fixed', { fixedClasses: null })).toBe('quantile');
    expect(methodOptions(fixed)[0]).toEqual({ value: 'fixed', label: 'Classes du rapport d’activité 2024' });
    expect(methodOptions({ fixedClasses: null }).map((o) => o.value)).toEqual(['quantile', 'jenks', 'equal']);
  });
});
