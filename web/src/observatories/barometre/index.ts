/**
 * Baromètre économique: its indicators are served by the generic dashboard; its own page is the quarterly brief
 * (/barometre), the same rendering on screen, in the browser's print and in the API's PDF (publication/).
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { BAROMETRE_GROUPEMENTS, barometreRoute, barometreUrl, parseBarometre } from './route';

export const barometre: ObservatoryDefinition = {
  slug: 'barometre',
  pages: [
    definePage({
      view: 'barometre/publication',
      title: 'Baromètre économique',
      path: '/barometre',
      parse: parseBarometre,
      toUrl: barometreUrl,
      load: () => import('./view').then((m) => m.mountBarometre),
    }),
  ],
  link: (territory) => ({
    label: 'Le baromètre trimestriel',
    href: barometreUrl(barometreRoute(territory && (territory.startsWith('epci:') || BAROMETRE_GROUPEMENTS.includes(territory)) ? territory : undefined)),
  }),
};
