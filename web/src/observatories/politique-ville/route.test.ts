import { describe, expect, it } from 'vitest';
import { homeRoute, homeUrl, parseHome, parseProgramme, parseQpv, programmeRoute, programmeUrl, qpvRoute, qpvUrl } from './route';

describe('the politique de la ville’s URLs', () => {
  it('are /politique-ville, /politique-ville/qpv?code=… and /politique-ville/npnru?id=…, a malformed key being none', () => {
    expect(parseHome(['politique-ville'])).toEqual(homeRoute());
    expect(homeUrl(homeRoute())).toBe('/politique-ville');
    expect(parseQpv(['politique-ville', 'qpv'], new URLSearchParams('code=QN06201M'))).toEqual({ view: 'politique-ville/qpv', code: 'QN06201M' });
    expect(parseQpv(['politique-ville', 'qpv'], new URLSearchParams('code=QN-1'))).toEqual({ view: 'politique-ville/qpv', code: null });
    expect(qpvUrl(qpvRoute('QN06201M'))).toBe('/politique-ville/qpv?code=QN06201M');
    expect(parseProgramme(['politique-ville', 'npnru'], new URLSearchParams('id=npnru-call'))).toEqual({ view: 'politique-ville/npnru', id: 'npnru-call' });
    expect(parseProgramme(['politique-ville', 'npnru'], new URLSearchParams('id=Pas_Un_Id'))).toEqual({ view: 'politique-ville/npnru', id: null });
    expect(programmeUrl(programmeRoute('npnru-call'))).toBe('/politique-ville/npnru?id=npnru-call');
    expect(parseProgramme(['politique-ville'], new URLSearchParams('id=npnru-call'))).toBeNull();
  });
});
