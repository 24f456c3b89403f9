import { describe, expect, it } from 'vitest';
import { ApiError } from '../../platform/api/client';
import { namesOf } from '../../platform/testing/fakeApi';
import { csvFileName } from './downloads';
import { communeSearchStatus as searchStatus, unknownTerritory, type PickedTerritory } from '../../platform/ui/territoryPicker';
import { rankingScope, scopeOf } from './territory';

const commune: PickedTerritory = {
  id: 'commune:62427',
  name: 'Hénin-Beaumont',
  names: namesOf('Hénin-Beaumont', 'd’Hénin-Beaumont'),
  level: 'commune',
  epci: 'epci:246200299',
};
const choices = {
  groupements: [],
  epcis: [
    {
      id: 'epci:246200299',
      name: 'CA d’Hénin-Carvin',
      level: 'epci',
      code: '246200299',
      population: 1,
      names: namesOf('CA d’Hénin-Carvin', 'de la CA d’Hénin-Carvin'),
    },
  ],
  departements: [],
};

describe('the territory of the counter', () => {
  it('ranks a commune among its EPCI’s communes, and any other territory’s own communes', () => {
    expect(rankingScope(commune, commune.id)).toBe('epci:246200299');
    expect(rankingScope({ ...commune, epci: null }, commune.id)).toBeNull();
    expect(
      rankingScope({ id: 'epci:200072460', name: 'CABBALR', names: namesOf('CABBALR', 'de la CABBALR'), level: 'epci', epci: null }, 'epci:200072460'),
    ).toBe('epci:200072460');
    expect(rankingScope(null, 'groupement:aula')).toBe('groupement:aula');
  });

  it('names the ranking’s scope after “de” as the API says it: the territory picked, an EPCI of the selector, or its id', () => {
    expect(scopeOf('commune:62427', commune, choices)).toBe('d’Hénin-Beaumont');
    expect(scopeOf('epci:246200299', commune, choices)).toBe('de la CA d’Hénin-Carvin');
    expect(scopeOf('epci:200072460', commune, null)).toBe('du territoire epci:200072460');
  });

  it('says a territory the API does not know in plain French, and leaves other failures as they are', () => {
    const notFound = new ApiError('Not Found', { kind: 'http', url: '/api/v1/territories/commune:99999', status: 404 });
    expect(unknownTerritory(notFound, 'commune:99999')?.message).toBe('Le territoire « commune:99999 » est inconnu.');
    expect(unknownTerritory(new ApiError('Bad Request', { kind: 'http', url: '/x', status: 400 }), 'x')?.status).toBe(404);
    expect(unknownTerritory(new ApiError('Erreur', { kind: 'http', url: '/x', status: 500 }), 'x')).toBeNull();
    expect(unknownTerritory(new Error('network'), 'x')).toBeNull();
  });

  it('counts the communes found, and names the CSV after the territory', () => {
    expect(searchStatus('beth', 0, 0)).toBe('Aucune commune ne correspond à « beth ».');
    expect(searchStatus('beth', 1, 1)).toBe('1 commune trouvée.');
    expect(searchStatus('be', 8, 12)).toBe('12 communes trouvées.');
    expect(csvFileName('epci:200072460')).toBe('zan_epci-200072460.csv');
  });
});
