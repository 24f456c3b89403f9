/**
 * Observatoire du tourisme: the platform's dashboard (/observatories/tourisme) and the accommodation map
 * (/tourisme/carte), with the capacity of an EPCI by type.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { carteRoute, carteUrl, EPCIS, parseCarte } from './route';

export const tourisme: ObservatoryDefinition = {
  slug: 'tourisme',
  pages: [
    definePage({
      view: 'tourisme/carte',
      title: 'Carte des hébergements touristiques',
      path: '/tourisme/carte',
      parse: parseCarte,
      toUrl: carteUrl,
      load: () => import('./carte').then((m) => m.mountCarte),
    }),
  ],
  link: (territory) => ({
    label: 'Carte des hébergements touristiques',
    href: carteUrl(carteRoute(EPCIS.some((e) => e.id === territory) ? { territory: territory! } : {})),
  }),
};
