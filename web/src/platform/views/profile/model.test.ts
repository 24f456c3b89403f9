import { describe, expect, it } from 'vitest';
import type { KeyFigure } from '../../api/types';
import { POPULATION, TAUX } from '../../testing/viewData';
import { namesOf } from '../../testing/fakeApi';
import { changeText, figureDashboardUrl, linkedParents, locatorContext, referenceText, searchStatus, territoryHeadline } from './model';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const parent = (id: string, name: string, of?: string) => ({ id, name, level: id.split(':')[0]!, code: id.split(':')[1]!, names: namesOf(name, of) });
const commune = {
  id: 'commune:62119',
  name: 'Béthune',
  level: 'commune',
  parents: [
    parent('epci:200072460', 'CA Béthune-Bruay', 'de la CA Béthune-Bruay'),
    parent('groupement:aula', 'AULA', 'de l’AULA'),
    parent('region:32', 'Hauts-de-France', 'des Hauts-de-France'),
  ],
};

describe('a territory in words', () => {
  it('says its level, members and population, the latter as the legal one (not the Portrait’s figure of a year)', () => {
    expect(territoryHeadline({ level: 'commune', population: 25000, childrenCounts: {}, communeCount: 1 })).toBe(
      `Commune · population légale : 25${NNBSP}000 habitants (INSEE)`,
    );
    expect(territoryHeadline({ level: 'epci', population: null, childrenCounts: { commune: 100 }, communeCount: 100 })).toBe('EPCI · 100 communes');
    expect(territoryHeadline({ level: 'groupement', population: null, childrenCounts: { epci: 1 }, communeCount: null })).toBe('Groupement · 1 EPCI');
  });

  it('says how many communes a département has beyond the agency’s', () => {
    expect(territoryHeadline({ level: 'departement', population: 1_450_000, childrenCounts: { epci: 5, commune: 318 }, communeCount: 887 })).toBe(
      `Département · 5 EPCI, 887 communes, dont 318 sur le territoire de l’agence · population légale : 1${NNBSP}450${NNBSP}000 habitants (INSEE)`,
    );
  });

  it('links to its EPCI, groupement and département, not its région', () => {
    expect(linkedParents(commune).map((p) => p.id)).toEqual(['epci:200072460', 'groupement:aula']);
  });
});

describe('a key figure', () => {
  const figure = (indicator: KeyFigure['indicator'], difference: number | null, rate: number | null): KeyFigure => ({
    indicator,
    period: '2022',
    value: 10,
    status: 'definitive',
    coverage: null,
    changeOver1: { period: '2021', value: 9, difference, rate },
    changeOver5: null,
    references: [],
  });

  it('says its change with its rate, in points and without rate for percentages', () => {
    expect(changeText(figure(POPULATION, 1000, 0.04), 'changeOver1')).toBe(`+1${NNBSP}000 (+4,0\u00a0%) depuis 2021`);
    expect(changeText(figure(POPULATION, -5, null), 'changeOver1')).toBe('-5 depuis 2021');
    expect(changeText(figure({ ...TAUX, decimals: 1 }, 1.5, 0.02), 'changeOver1')).toBe('+1,5 pt depuis 2021');
    expect(changeText(figure(POPULATION, null, null), 'changeOver1')).toBeNull();
    expect(changeText(figure(POPULATION, 1, 1), 'changeOver5')).toBeNull();
  });

  it('opens the dashboard on the commune’s EPCI with the commune selected, or on the territory itself', () => {
    expect(figureDashboardUrl('emploi', 'emploi.salaries', commune)).toBe(
      '/observatories/emploi?indicator=emploi.salaries&zone=epci:200072460&selected=commune:62119',
    );
    expect(figureDashboardUrl('emploi', 'emploi.salaries', { id: 'epci:1', level: 'epci', parents: [] })).toBe(
      '/observatories/emploi?indicator=emploi.salaries&zone=epci:1',
    );
    expect(figureDashboardUrl('emploi', 'emploi.salaries', { id: 'region:32', level: 'region', parents: [] })).toBe(
      '/observatories/emploi?indicator=emploi.salaries',
    );
  });
});

describe('a reference’s figure', () => {
  it('says how many of its communes a partial total covers', () => {
    const partial = { value: 1234, status: 'definitive', coverage: { communes: 318, communesWithValue: 318, territoryCommunes: 887 } };
    expect(referenceText('Pas-de-Calais', partial, POPULATION)).toBe(`Pas-de-Calais : 1${NNBSP}234${NBSP}habitants, sur 318 des 887 communes`);
    expect(referenceText('Pas-de-Calais', { ...partial, coverage: null }, POPULATION)).toBe(`Pas-de-Calais : 1${NNBSP}234${NBSP}habitants`);
    expect(referenceText('Pas-de-Calais', { value: null, status: 'secret', coverage: null }, POPULATION)).toBe('Pas-de-Calais : Secret statistique');
    expect(referenceText('Pas-de-Calais', { value: null, status: null, coverage: null }, POPULATION)).toBe('Pas-de-Calais : Non disponible');
  });
});

describe('the locator map', () => {
  it('shows a commune among its EPCI’s communes', () => {
    const context = locatorContext(commune);
    expect(context.url).toBe('/api/v1/territories?level=commune&within=epci:200072460&format=geojson&resolution=low&limit=500');
    expect(context.label).toBe('Carte de situation : Béthune parmi les communes de la CA Béthune-Bruay');
    expect(context.membersOf).toBeNull();
  });

  it('shows anything else among the EPCIs, a groupement’s own highlighted', () => {
    expect(locatorContext({ id: 'epci:1', name: 'CA 1', level: 'epci', parents: [] }).membersOf).toBeNull();
    const groupement = locatorContext({ id: 'groupement:aula', name: 'AULA', level: 'groupement', parents: [] });
    expect(groupement.url).toBe('/api/v1/territories?level=epci&format=geojson&resolution=low&limit=100');
    expect(groupement.membersOf).toBe('groupement:aula');
  });
});

describe('the search', () => {
  it('counts what it found, or says it found nothing', () => {
    expect(searchStatus(' zzz ', 0, 0)).toBe('Aucun territoire ne correspond à « zzz ».');
    expect(searchStatus('beth', 1, 1)).toBe('1 territoire trouvé.');
    expect(searchStatus('be', 12, 30)).toBe('30 territoires trouvés.');
  });
});
