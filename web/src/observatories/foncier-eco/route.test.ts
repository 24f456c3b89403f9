import { describe, expect, it } from 'vitest';
import { createRouter } from '../../platform/routes';
import { foncierEco } from '.';
import { foncierEcoRoute } from './route';

const router = createRouter(foncierEco.pages);
const parseRoute = router.parse;
const routeToUrl = router.toUrl;

describe('the Foncier économique route', () => {
  it('round-trips its territory, park, lot and date', () => {
    const url = '/observatories/foncier-eco/zae?territory=epci:200072460&park=11&lot=1101&asOf=2025-06-30';
    const route = parseRoute('/observatories/foncier-eco/zae', url.split('?')[1]!);
    expect(route).toEqual(foncierEcoRoute({ territory: 'epci:200072460', park: 11, lot: 1101, asOf: '2025-06-30' }));
    expect(routeToUrl(route)).toBe(url);
    expect(routeToUrl(foncierEcoRoute())).toBe('/observatories/foncier-eco/zae');
  });

  it('drops malformed values', () => {
    expect(parseRoute('/observatories/foncier-eco/zae', '?territory=<x>&park=0&lot=12a&asOf=2025-13-40')).toEqual(foncierEcoRoute());
  });

  it('leaves the other observatories’ dashboards alone', () => {
    expect(parseRoute('/observatories/foncier-eco', '').view).toBe('dashboard');
    expect(parseRoute('/observatories/emploi/zae', '').view).toBe('notFound');
  });
});

describe('the link from the card and the dashboard', () => {
  it('opens the parks of the EPCI or groupement chosen, all parks otherwise', () => {
    expect(foncierEco.link!('epci:246200299').href).toBe('/observatories/foncier-eco/zae?territory=epci:246200299');
    expect(foncierEco.link!('groupement:aula').href).toBe('/observatories/foncier-eco/zae');
    expect(foncierEco.link!('commune:62119').href).toBe('/observatories/foncier-eco/zae');
  });
});
