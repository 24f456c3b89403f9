/** Trames écologiques: the networks of the CALL, the partners' change requests and the agency's review (/trames). */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { parseTrames, tramesRoute, tramesUrl } from './route';

export const trames: ObservatoryDefinition = {
  slug: 'trames',
  pages: [
    definePage({
      view: 'trames/carte',
      title: 'Trames écologiques de la CALL',
      path: '/trames',
      parse: parseTrames,
      toUrl: tramesUrl,
      load: () => import('./view').then((m) => m.mountTrames),
    }),
  ],
  link: () => ({ label: 'Carte des trames et demandes de modification', href: tramesUrl(tramesRoute()) }),
};
