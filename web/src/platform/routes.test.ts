import { describe, expect, it } from 'vitest';
import { createRouter, dashboardRoute, parseMapPosition, routeToUrl, safeNext, sameView, type PlatformRoute, type Route } from './routes';
import { testObservatory } from './testing/testObservatory';

const router = createRouter(testObservatory.pages);
const parseRoute = (pathname: string, search: string): Route => router.parse(pathname, search);

function roundTrip(url: string): Route {
  const parsed = new URL(url, 'http://x');
  return parseRoute(parsed.pathname, parsed.search);
}

describe('the router and the observatories’ pages', () => {
  it('hands a path the platform does not know to the pages registered, and writes their URLs back', () => {
    expect(parseRoute('/essai', '?n=12')).toEqual({ view: 'essai/page', n: 12 });
    expect(router.toUrl({ view: 'essai/page', n: 12 } as Route)).toBe('/essai?n=12');
    expect(parseRoute('/essai/autre', '')).toEqual({ view: 'notFound', path: '/essai/autre' });
  });

  it('keeps the platform’s paths first: a page cannot take over a dashboard', () => {
    const greedy = createRouter([{ view: 'greedy/all', parse: () => ({ view: 'greedy/all' }), toUrl: () => '/' }]);
    expect(greedy.parse('/observatories/emploi', '').view).toBe('dashboard');
    expect(greedy.parse('/anything', '').view).toBe('greedy/all');
  });

  it('refuses to write the URL of a page nobody registered', () => {
    expect(() => createRouter([]).toUrl({ view: 'essai/page' })).toThrow(/essai\/page/);
  });
});

describe('parseRoute / routeToUrl', () => {
  it('reads the portal, with or without a territory', () => {
    expect(parseRoute('/', '')).toEqual({ view: 'portal', territory: null });
    expect(parseRoute('/', '?territory=epci:246200299')).toEqual({ view: 'portal', territory: 'epci:246200299' });
    expect(parseRoute('/', '?territory=not-an-id')).toEqual({ view: 'portal', territory: null });
  });

  it('reads every dashboard parameter and writes them back in a stable order', () => {
    const url =
      '/observatories/emploi?indicator=emploi.salaries_prives&period=2023-Q4&level=epci&zone=epci:200072460&method=jenks&classes=7&index=1&projection=compound&layers=emploi-etablissements&map=2.6321,50.4612,9.5&selected=commune:62119';
    const route = roundTrip(url);
    expect(route).toEqual({
      view: 'dashboard',
      observatory: 'emploi',
      indicator: 'emploi.salaries_prives',
      period: '2023-Q4',
      level: 'epci',
      zone: 'epci:200072460',
      method: 'jenks',
      classes: 7,
      index: true,
      projection: 'compound',
      layers: ['emploi-etablissements'],
      map: { lon: 2.6321, lat: 50.4612, zoom: 9.5 },
      selected: 'commune:62119',
    });
    expect(router.toUrl(route)).toBe(url);
  });

  it('leaves defaults out of the URL, and reads them back', () => {
    const route = dashboardRoute('emploi');
    expect(routeToUrl(route)).toBe('/observatories/emploi');
    expect(roundTrip('/observatories/emploi')).toEqual(route);
  });

  it('drops malformed values instead of trusting them', () => {
    const route = roundTrip(
      '/observatories/emploi?period=2023-Q5&level=region&zone=<script>&method=magic&classes=12&index=yes&layers=a,a,B%20C&map=500,1,1&selected=x',
    );
    expect(route).toEqual(dashboardRoute('emploi', { layers: ['a'] }));
    expect(roundTrip('/observatories/emploi?index=0')).toEqual(dashboardRoute('emploi', { index: false }));
    expect(routeToUrl(dashboardRoute('emploi', { index: false }))).toBe('/observatories/emploi?index=0');
  });

  it('reads profiles, the search page, the catalogue and unknown paths', () => {
    expect(roundTrip('/territories/commune:62427')).toEqual({ view: 'profile', territory: 'commune:62427', q: '' });
    expect(roundTrip('/territories?q=h%C3%A9nin')).toEqual({ view: 'profile', territory: null, q: 'hénin' });
    expect(roundTrip('/territories/nope')).toEqual({ view: 'notFound', path: '/territories/nope' });
    expect(roundTrip('/catalogue?q=salari%C3%A9s&observatory=emploi&source=URSSAF&item=indicator:emploi.salaries_prives')).toEqual({
      view: 'catalogue',
      q: 'salariés',
      observatory: 'emploi',
      source: 'URSSAF',
      item: 'indicator:emploi.salaries_prives',
    });
    expect(roundTrip('/nowhere')).toEqual({ view: 'notFound', path: '/nowhere' });
  });

  it('keeps ids readable in URLs (":" and "," unescaped) and escapes the rest', () => {
    const url = routeToUrl({ view: 'catalogue', q: 'a&b c', observatory: null, source: 'INSEE, RP', item: null });
    expect(url).toBe('/catalogue?q=a%26b+c&source=INSEE,+RP');
    expect(roundTrip(url)).toMatchObject({ q: 'a&b c', source: 'INSEE, RP' });
  });

  it('round-trips any route it writes', () => {
    const routes: PlatformRoute[] = [
      { view: 'portal', territory: 'groupement:pma' },
      dashboardRoute('portrait', { indicator: 'portrait.part_plus_65_ans', zone: 'departement:62', classes: 2, method: 'equal' }),
      { view: 'profile', territory: 'epci:200069672', q: '' },
      { view: 'catalogue', q: '', observatory: 'portrait', source: null, item: 'layer:communes' },
    ];
    for (const route of routes) expect(roundTrip(routeToUrl(route))).toEqual(route);
  });
});

describe('map position', () => {
  it('parses "lon,lat,zoom" within bounds and rounds when writing', () => {
    expect(parseMapPosition('2.5,50.4,8')).toEqual({ lon: 2.5, lat: 50.4, zoom: 8 });
    expect(parseMapPosition('2.5,50.4')).toBeNull();
    expect(parseMapPosition('2.5,95,8')).toBeNull();
    expect(parseMapPosition('a,b,c')).toBeNull();
    const url = routeToUrl(dashboardRoute('emploi', { map: { lon: 2.123456789, lat: 50.987654321, zoom: 9.87654 } }));
    expect(url).toBe('/observatories/emploi?map=2.1235,50.9877,9.88');
  });
});

describe('sameView', () => {
  it('updates a dashboard in place unless the observatory changes', () => {
    expect(sameView(dashboardRoute('emploi'), dashboardRoute('emploi', { period: '2020' }))).toBe(true);
    expect(sameView(dashboardRoute('emploi'), dashboardRoute('portrait'))).toBe(false);
    expect(sameView({ view: 'profile', territory: 'epci:1', q: '' }, { view: 'profile', territory: 'epci:2', q: '' })).toBe(false);
    expect(sameView({ view: 'portal', territory: null }, { view: 'portal', territory: 'epci:1' })).toBe(true);
  });
});

describe('the sign-in route', () => {
  it('keeps the page to return to, a path of this site only', () => {
    const route = parseRoute('/connexion', '?next=/observatories/foncier-eco/zae%3Fpark%3D11');
    expect(route).toEqual({ view: 'signIn', next: '/observatories/foncier-eco/zae?park=11' });
    expect(parseRoute(router.toUrl(route).split('?')[0]!, router.toUrl(route).split('?')[1]!)).toEqual(route);
    expect(routeToUrl({ view: 'signIn', next: null })).toBe('/connexion');
  });

  it('refuses a return address elsewhere', () => {
    expect(safeNext('//evil.example/')).toBeNull();
    expect(safeNext('https://evil.example/')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(parseRoute('/connexion', '?next=https://evil.example')).toEqual({ view: 'signIn', next: null });
  });
});
