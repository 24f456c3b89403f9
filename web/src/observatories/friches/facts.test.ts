import { describe, expect, it } from 'vitest';
import { criterionValue, fieldCheck, metres, sheetFacts } from './facts';
import { SITE_206 } from './fixtures';

const NNBSP = '\u202f';

describe('a site’s characterisation in French', () => {
  it('says the criteria’s values in French', () => {
    expect(criterionValue('pollution', 'known')).toBe('avérée');
    expect(criterionValue('ownership', 'mixed')).toBe('mixte');
    expect(criterionValue('buildings', 'ruined')).toBe('en ruine');
    expect(criterionValue('planning_zone', 'AU')).toBe('à urbaniser (AU)');
    expect(criterionValue('station_access', '13083 m')).toBe(`13${NNBSP}083\u00a0m`);
    expect(criterionValue('road_access', 'inconnue')).toBe('inconnue');
    expect(criterionValue('area', '2.3 ha')).toBe('2,3\u00a0ha');
    expect(criterionValue('constraints', 'inondable')).toBe('inondable');
  });

  it('gives distances in metres, in kilometres from 1 km', () => {
    expect([164, 999, 1000, 13083].map(metres)).toEqual(['164\u00a0m', '999\u00a0m', '1\u00a0km', '13,1\u00a0km']);
    expect(metres(null)).toBe('inconnue');
  });

  it('dates the field check, or says it is still to do', () => {
    expect(fieldCheck('2022-11-07', 'vérifiée sur le terrain le ')).toBe('vérifiée sur le terrain le 7 novembre 2022');
    expect(fieldCheck(null, 'vérifiée sur le terrain le ')).toBe('pas encore vérifiée sur le terrain');
  });

  it('lists every field of the sheet, in order, the field check with its date', () => {
    const facts = sheetFacts(SITE_206.sheet, 'CA d’Hénin-Carvin');
    expect(facts.map(([label]) => label)).toEqual([
      'Commune',
      'Intercommunalité',
      'Surface',
      'Activité passée',
      'Maîtrise foncière',
      'Pollution des sols',
      'Bâti',
      'Zonage du document d’urbanisme',
      'Distance à un axe routier principal',
      'Distance à une gare',
      'Distance à une voie d’eau',
      'Zone inondable',
      'Espace protégé',
      'Statut',
      'Vérification de terrain',
      'Repérée le',
      'Dernier changement de statut',
    ]);
    const byLabel = new Map(facts);
    expect(byLabel.get('Intercommunalité')).toBe('CA d’Hénin-Carvin');
    expect(byLabel.get('Surface')).toBe('2,27\u00a0ha');
    expect(byLabel.get('Maîtrise foncière')).toBe('publique');
    expect(byLabel.get('Pollution des sols')).toBe('aucune');
    expect(byLabel.get('Bâti')).toBe(`bon état, 1${NNBSP}413\u00a0m² d’emprise`);
    expect(byLabel.get('Zonage du document d’urbanisme')).toBe('zone urbaine (U)');
    expect(byLabel.get('Distance à une gare')).toBe('13,1\u00a0km');
    expect(byLabel.get('Zone inondable')).toBe('non');
    expect(byLabel.get('Statut')).toBe('Caractérisée');
    expect(byLabel.get('Vérification de terrain')).toBe('7 novembre 2022');
  });

  it('names the EPCI by its code when its name is not known, and a sheet not checked on the ground says so', () => {
    const byLabel = new Map(sheetFacts({ ...SITE_206.sheet, fieldCheckedOn: null, buildingSurfaceM2: null, buildingState: 'none' }, null));
    expect(byLabel.get('Intercommunalité')).toBe('epci:246200299');
    expect(byLabel.get('Vérification de terrain')).toBe('pas encore vérifiée sur le terrain');
    expect(byLabel.get('Bâti')).toBe('pas de bâti');
  });
});
