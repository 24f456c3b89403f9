import { describe, expect, it } from 'vitest';
import { carteRoute, carteUrl, parseCarte, pickTypes, toggleType } from './route';

const parse = (url: string) => {
  const u = new URL(url, 'http://localhost');
  return parseCarte(u.pathname.split('/').filter(Boolean), u.searchParams);
};

describe('the accommodation map’s URL', () => {
  it('reads the EPCI, the types and the map position, and writes them back the same', () => {
    const route = parse('/tourisme/carte?territory=epci:200072460&type=camping,hotel&map=2.1,50.4,10');
    expect(route).toMatchObject({ territory: 'epci:200072460', types: ['hotel', 'camping'] });
    expect(carteUrl(route!)).toBe('/tourisme/carte?territory=epci:200072460&type=hotel,camping&map=2.1,50.4,10');
  });

  it('drops what it does not know: another EPCI, unknown types; "aucun" is none, every type is all', () => {
    expect(parse('/tourisme/carte?territory=epci:246200364&type=motel')).toEqual(carteRoute());
    expect(pickTypes('aucun')).toEqual([]);
    expect(pickTypes('hotel,camping,gite,chambre_hotes,collectif,residence')).toBeNull();
    expect(carteUrl(carteRoute({ types: [] }))).toBe('/tourisme/carte?type=aucun');
    expect(parse('/tourisme/autre')).toBeNull();
  });

  it('toggles a type in the nomenclature’s order, and all checked again is no filter', () => {
    expect(toggleType(null, 'gite', false)).toEqual(['hotel', 'camping', 'chambre_hotes', 'collectif', 'residence']);
    expect(toggleType(['camping'], 'hotel', true)).toEqual(['hotel', 'camping']);
    expect(toggleType(['hotel', 'camping', 'chambre_hotes', 'collectif', 'residence'], 'gite', true)).toBeNull();
  });
});
