import { describe, expect, it } from 'vitest';
import { dashboardRoute, dashboardUrl, donutRoute, donutUrl, parseDashboard, parseDonut, parseRisks, risksRoute, risksUrl } from './route';

describe('the transitions pages’ URLs', () => {
  it('are /transitions/donut?territory=… and /transitions/risques?within=…&risk=…, the AULA perimeter by default', () => {
    expect(parseDonut(['transitions', 'donut'], new URLSearchParams())).toEqual({ view: 'transitions/donut', territory: 'groupement:aula' });
    expect(parseDonut(['transitions', 'donut'], new URLSearchParams('territory=epci:200072460'))).toEqual(donutRoute('epci:200072460'));
    expect(parseDonut(['transitions', 'donut'], new URLSearchParams('territory=<script>'))).toEqual(donutRoute());
    expect(parseDonut(['transitions'], new URLSearchParams())).toBeNull();
    expect(donutUrl(donutRoute())).toBe('/transitions/donut');
    expect(donutUrl(donutRoute('commune:62119'))).toBe('/transitions/donut?territory=commune:62119');
    expect(parseRisks(['transitions', 'risques'], new URLSearchParams('within=epci:200072460&risk=inondation'))).toEqual(
      risksRoute('epci:200072460', 'inondation'),
    );
    expect(parseRisks(['transitions', 'risques'], new URLSearchParams('risk=Pas_Un_Code'))).toEqual(risksRoute());
    expect(risksUrl(risksRoute())).toBe('/transitions/risques');
    expect(parseDashboard(['transitions'], new URLSearchParams('territory=epci:200072460'))).toEqual(dashboardRoute('epci:200072460'));
    expect(dashboardUrl(dashboardRoute())).toBe('/transitions');
  });
});
