/**
 * Observatoire du foncier agricole: the platform's dashboard (/observatories/foncier-agricole) and the map of the
 * short-supply-chain outlets (/foncier-agricole/circuits-courts), lazily loaded.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { circuitsRoute, circuitsUrl, parseCircuits } from './route';

export const foncierAgricole: ObservatoryDefinition = {
  slug: 'foncier-agricole',
  pages: [
    definePage({
      view: 'foncier-agricole/circuits-courts',
      title: 'Points de vente en circuits courts',
      path: '/foncier-agricole/circuits-courts',
      parse: parseCircuits,
      toUrl: circuitsUrl,
      load: () => import('./circuits').then((m) => m.mountCircuits),
    }),
  ],
  link: () => ({ label: 'Points de vente en circuits courts', href: circuitsUrl(circuitsRoute()) }),
};
