/**
 * Social: the income deciles of a territory against its département and région (/social/deciles). The poverty map
 * is the platform's dashboard on the poverty rate (/observatories/social?indicator=social.taux_pauvrete).
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { decilesRoute, decilesUrl, parseDeciles } from './route';

export const social: ObservatoryDefinition = {
  slug: 'social',
  pages: [
    definePage({
      view: 'social/deciles',
      title: 'Distribution des revenus',
      path: '/social/deciles',
      parse: parseDeciles,
      toUrl: decilesUrl,
      load: () => import('./view').then((m) => m.mountDeciles),
    }),
  ],
  // A groupement has no decile of its own: the link keeps the CABBALR then.
  link: (territory) => ({
    label: 'Distribution des revenus',
    href: decilesUrl(decilesRoute(territory && !territory.startsWith('groupement:') ? territory : undefined)),
  }),
};
