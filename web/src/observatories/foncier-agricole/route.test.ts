import { describe, expect, it } from 'vitest';
import { circuitsRoute, circuitsUrl, parseCircuits, pickTypes, toggleType } from './route';

const parse = (url: string) => {
  const u = new URL(url, 'http://localhost');
  return parseCircuits(u.pathname.split('/').filter(Boolean), u.searchParams);
};

describe('the outlets map’s URL', () => {
  it('reads the types and the map position, and writes them back the same', () => {
    const route = parse('/foncier-agricole/circuits-courts?type=amap,marche&map=2.6,50.5,10');
    expect(route).toMatchObject({ types: ['marche', 'amap'] });
    expect(circuitsUrl(route!)).toBe('/foncier-agricole/circuits-courts?type=marche,amap&map=2.6,50.5,10');
  });

  it('drops unknown types; "aucun" is none, every type is all', () => {
    expect(parse('/foncier-agricole/circuits-courts?type=supermarche')).toEqual(circuitsRoute());
    expect(pickTypes('aucun')).toEqual([]);
    expect(pickTypes('vente_ferme,marche,amap,drive_fermier,magasin_producteurs')).toBeNull();
    expect(circuitsUrl(circuitsRoute({ types: [] }))).toBe('/foncier-agricole/circuits-courts?type=aucun');
    expect(parse('/foncier-agricole/autre')).toBeNull();
  });

  it('toggles a type in the nomenclature’s order, and all checked again is no filter', () => {
    expect(toggleType(null, 'amap', false)).toEqual(['vente_ferme', 'marche', 'drive_fermier', 'magasin_producteurs']);
    expect(toggleType(['amap'], 'vente_ferme', true)).toEqual(['vente_ferme', 'amap']);
    expect(toggleType(['vente_ferme', 'marche', 'drive_fermier', 'magasin_producteurs'], 'amap', true)).toBeNull();
  });
});
