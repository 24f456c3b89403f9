/**
 * Santé: the key figures of the Contrats Locaux de Santé by theme against the département and the région (/sante), and
 * the care-supply map (/sante/offre). Their URLs are route.ts's; both pages load on demand.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { CABBALR, chiffresRoute, chiffresUrl, offreUrl, parseChiffres, parseOffre } from './route';

export const sante: ObservatoryDefinition = {
  slug: 'sante',
  pages: [
    definePage({
      view: 'sante/chiffres',
      title: 'Chiffres clés du CLS',
      path: '/sante',
      parse: parseChiffres,
      toUrl: chiffresUrl,
      load: () => import('./chiffres').then((m) => m.mountChiffres),
    }),
    definePage({
      view: 'sante/offre',
      title: 'L’offre de soins',
      path: '/sante/offre',
      parse: parseOffre,
      toUrl: offreUrl,
      load: () => import('./offre').then((m) => m.mountOffre),
    }),
  ],
  // The CLS perimeters are EPCIs: a territory of the dashboard that is one opens its own key figures.
  link: (territory) => ({
    label: 'Chiffres clés du CLS',
    href: chiffresUrl(chiffresRoute(territory && /^(epci|commune|groupement):/.test(territory) ? territory : CABBALR)),
  }),
};
