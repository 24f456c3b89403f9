/** Friches: the brownfield map and sheets (/friches), linked from the observatory's card and dashboard on the EPCI chosen. */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { frichesRoute, frichesUrl, parseFriches } from './route';

export const friches: ObservatoryDefinition = {
  slug: 'friches',
  pages: [
    definePage({
      view: 'friches/map',
      title: 'Carte des friches',
      path: '/friches',
      parse: parseFriches,
      toUrl: frichesUrl,
      load: () => import('./view').then((m) => m.mountFriches),
    }),
  ],
  link: (territory) => ({ label: 'Carte des friches', href: frichesUrl(frichesRoute({ epci: territory?.startsWith('epci:') ? territory : null })) }),
};
