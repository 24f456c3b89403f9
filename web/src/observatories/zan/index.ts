/** ZAN: the land-take counter (/zan), linked from the observatory's card and dashboard on the territory chosen. */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { parseZan, zanRoute, zanUrl } from './route';

export const zan: ObservatoryDefinition = {
  slug: 'zan',
  pages: [
    definePage({
      view: 'zan/counter',
      title: 'Compteur ZAN',
      path: '/zan',
      parse: parseZan,
      toUrl: zanUrl,
      load: () => import('./view').then((m) => m.mountZan),
    }),
  ],
  link: (territory) => ({ label: 'Compteur ZAN', href: zanUrl(zanRoute(territory ?? undefined)) }),
};
