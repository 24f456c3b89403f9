import { describe, expect, it } from 'vitest';
import { parsePdu, pduRoute, pduUrl } from './route';

describe('the PDU page’s URL', () => {
  it('is /mobilite/pdu and nothing else', () => {
    expect(parsePdu(['mobilite', 'pdu'])).toEqual({ view: 'mobilite/pdu' });
    expect(parsePdu(['mobilite'])).toBeNull();
    expect(parsePdu(['mobilite', 'pdu', 'x'])).toBeNull();
    expect(parsePdu(['mobilite', 'cyclable'])).toBeNull();
    expect(pduUrl(pduRoute())).toBe('/mobilite/pdu');
  });
});
