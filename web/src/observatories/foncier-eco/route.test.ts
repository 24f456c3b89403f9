import { describe, expect, it } from 'vitest';
import { foncierRoute, parseRoute, routeToUrl, safeNext } from '../../platform/routes';

describe('the Foncier économique route', () => {
  it('round-trips its territory, park, lot and date', () => {
    const url = '/observatories/foncier-eco/zae?territory=epci:200072460&park=11&lot=1101&asOf=2025-06-30';
    const route = parseRoute('/observatories/foncier-eco/zae', url.split('?')[1]!);
    expect(route).toEqual(foncierRoute({ territory: 'epci:200072460', park: 11, lot: 1101, asOf: '2025-06-30' }));
    expect(routeToUrl(route)).toBe(url);
    expect(routeToUrl(foncierRoute())).toBe('/observatories/foncier-eco/zae');
  });

  it('drops malformed values', () => {
    expect(parseRoute('/observatories/foncier-eco/zae', '?territory=<x>&park=0&lot=12a&asOf=2025-13-40')).toEqual(foncierRoute());
  });

  it('leaves the other observatories’ dashboards alone', () => {
    expect(parseRoute('/observatories/foncier-eco', '').view).toBe('dashboard');
    expect(parseRoute('/observatories/emploi/zae', '').view).toBe('notFound');
  });
});

describe('the sign-in route', () => {
  it('keeps the page to return to, a path of this site only', () => {
    const route = parseRoute('/connexion', '?next=/observatories/foncier-eco/zae%3Fpark%3D11');
    expect(route).toEqual({ view: 'signIn', next: '/observatories/foncier-eco/zae?park=11' });
    expect(parseRoute(routeToUrl(route).split('?')[0]!, routeToUrl(route).split('?')[1]!)).toEqual(route);
    expect(routeToUrl({ view: 'signIn', next: null })).toBe('/connexion');
  });

  it('refuses a return address elsewhere', () => {
    expect(safeNext('//evil.example/')).toBeNull();
    expect(safeNext('https://evil.example/')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(parseRoute('/connexion', '?next=https://evil.example')).toEqual({ view: 'signIn', next: null });
  });
});
