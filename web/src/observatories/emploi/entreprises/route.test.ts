import { describe, expect, it } from 'vitest';
import { entreprisesRoute, entreprisesUrl, parseEntreprises } from './route';

describe('the business demography page in the URL', () => {
  it('reads the territory and the year, and writes them back', () => {
    const route = parseEntreprises(['emploi', 'entreprises'], new URLSearchParams('territory=epci:200072460&year=2023'));
    expect(route).toEqual({ view: 'emploi/entreprises', territory: 'epci:200072460', year: 2023 });
    expect(entreprisesUrl(route!)).toBe('/emploi/entreprises?territory=epci:200072460&year=2023');
  });

  it('falls back on the AULA perimeter and the latest year for what it does not understand', () => {
    const route = parseEntreprises(['emploi', 'entreprises'], new URLSearchParams('territory=<script>&year=abc'));
    expect(route).toEqual(entreprisesRoute());
    expect(entreprisesUrl(route!)).toBe('/emploi/entreprises');
  });

  it('is not another page', () => {
    expect(parseEntreprises(['emploi'], new URLSearchParams())).toBeNull();
    expect(parseEntreprises(['emploi', 'entreprises', 'x'], new URLSearchParams())).toBeNull();
  });
});
