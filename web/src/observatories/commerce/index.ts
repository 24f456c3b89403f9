/**
 * Observatoire du commerce: the dashboard of a territory (/commerce), the outlets map (/commerce/carte) and the
 * centralities' sheets (/commerce/centralites/<id>, their list at /commerce/centralites).
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { carteUrl, centraliteUrl, commerceRoute, commerceUrl, parseCarte, parseCentralite, parseCommerce } from './route';

export const commerce: ObservatoryDefinition = {
  slug: 'commerce',
  pages: [
    definePage({
      view: 'commerce/dashboard',
      title: 'Tableau de bord du commerce',
      path: '/commerce',
      parse: parseCommerce,
      toUrl: commerceUrl,
      load: () => import('./dashboard').then((m) => m.mountCommerce),
    }),
    definePage({
      view: 'commerce/carte',
      title: 'Carte des commerces',
      path: '/commerce/carte',
      parse: parseCarte,
      toUrl: carteUrl,
      load: () => import('./carte').then((m) => m.mountCarte),
    }),
    definePage({
      view: 'commerce/centralite',
      title: 'Centralités commerciales',
      path: '/commerce/centralites',
      parse: parseCentralite,
      toUrl: centraliteUrl,
      load: () => import('./centralite').then((m) => m.mountCentralite),
    }),
  ],
  link: (territory) => ({
    label: 'Tableau de bord du commerce',
    href: commerceUrl(territory && /^(commune|epci|groupement):/.test(territory) ? commerceRoute({ territory }) : commerceRoute()),
  }),
};
