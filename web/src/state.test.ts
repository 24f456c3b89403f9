import { describe, expect, it } from 'vitest';
import { parseState, stateToSearch } from './state';

describe('view state in the query string', () => {
  it('reads a valid EPCI id', () => {
    expect(parseState('?epci=epci:200072460')).toEqual({ epci: 'epci:200072460' });
    expect(parseState('?epci=epci%3A200072460&x=1')).toEqual({ epci: 'epci:200072460' });
  });

  it('ignores a missing or malformed id', () => {
    expect(parseState('')).toEqual({ epci: null });
    expect(parseState('?epci=')).toEqual({ epci: null });
    expect(parseState('?epci=commune:62119')).toEqual({ epci: null });
    expect(parseState('?epci=epci:<script>')).toEqual({ epci: null });
  });

  it('writes the id, keeps the other parameters, and removes it when cleared', () => {
    expect(stateToSearch({ epci: 'epci:200072460' })).toBe('?epci=epci:200072460');
    expect(stateToSearch({ epci: 'epci:246200364' }, '?lang=fr&epci=epci:1')).toBe('?lang=fr&epci=epci:246200364');
    expect(stateToSearch({ epci: null }, '?epci=epci:1&lang=fr')).toBe('?lang=fr');
    expect(stateToSearch({ epci: null }, '?epci=epci:1')).toBe('');
  });

  it('round-trips', () => {
    const state = { epci: 'epci:200044030' };
    expect(parseState(stateToSearch(state))).toEqual(state);
  });
});
