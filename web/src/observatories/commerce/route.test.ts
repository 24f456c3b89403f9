import { describe, expect, it } from 'vitest';
import { createRouter } from '../../platform/routes';
import { commerce } from '.';
import { carteRoute, centraliteRoute, commerceRoute, toggle } from './route';
import { ACTIVITIES, STATUSES } from './words';

const router = createRouter(commerce.pages);
const url = (path: string): string => {
  const u = new URL(path, 'http://x');
  return router.toUrl(router.parse(u.pathname, u.search));
};

describe('the commerce pages in the URL', () => {
  it('opens the dashboard on the AULA perimeter, the map with everything shown and the list of the centralities by default', () => {
    expect(router.parse('/commerce', '')).toEqual(commerceRoute());
    expect(router.parse('/commerce/carte', '')).toEqual(carteRoute());
    expect(router.parse('/commerce/centralites', '')).toEqual(centraliteRoute());
    expect(router.toUrl(commerceRoute())).toBe('/commerce');
    expect(router.toUrl(carteRoute())).toBe('/commerce/carte');
  });

  it('round-trips the dashboard’s territory and change filters, and drops malformed ones', () => {
    expect(url('/commerce?territory=epci:200072460&changement=closure&activite=chr')).toBe(
      '/commerce?territory=epci:200072460&changement=closure&activite=chr',
    );
    expect(url('/commerce?territory=paris&changement=vente&activite=boulangerie')).toBe('/commerce');
  });

  it('keeps the map’s checkboxes in the nomenclature’s order, says "aucune" for none, and forgets a list that holds them all', () => {
    expect(url('/commerce/carte?activite=chr,alimentaire,pizza&statut=vacant')).toBe('/commerce/carte?activite=alimentaire,chr&statut=vacant');
    expect(url('/commerce/carte?statut=aucune')).toBe('/commerce/carte?statut=aucune');
    expect(url(`/commerce/carte?statut=${STATUSES.join(',')}&activite=${ACTIVITIES.join(',')}`)).toBe('/commerce/carte');
    expect(url('/commerce/carte?cellule=BET-0042&map=2.64,50.53,15')).toBe('/commerce/carte?cellule=BET-0042&map=2.64,50.53,15');
  });

  it('unchecking a box lists the others; checking the last one again means all', () => {
    expect(toggle(null, 'vacant', false, STATUSES)).toEqual(['active', 'travaux']);
    expect(toggle(['active'], 'active', false, STATUSES)).toEqual([]);
    expect(toggle(['active', 'travaux'], 'vacant', true, STATUSES)).toBeNull();
  });

  it('routes a centrality’s sheet by its id in the path, and nothing else under /commerce/centralites', () => {
    expect(router.parse('/commerce/centralites/bethune-centre', '')).toEqual(centraliteRoute('bethune-centre'));
    expect(url('/commerce/centralites/bethune-centre?programme=acv')).toBe('/commerce/centralites/bethune-centre');
    expect(url('/commerce/centralites?programme=pvd')).toBe('/commerce/centralites?programme=pvd');
    expect(url('/commerce/centralites?programme=autre')).toBe('/commerce/centralites');
    expect(router.parse('/commerce/centralites/Bethune%20Centre', '').view).toBe('notFound');
    expect(router.parse('/commerce/centralites/a/b', '').view).toBe('notFound');
  });
});
