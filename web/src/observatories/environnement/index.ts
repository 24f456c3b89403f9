/**
 * Observatoire de l'environnement: its indicators are on the platform's dashboard; its own page is the overheating map
 * (/environnement/surchauffe): hot spots and cool islands, sensitive buildings, a territory's figures.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { parseSurchauffe, surchauffeRoute, surchauffeUrl } from './route';

export const environnement: ObservatoryDefinition = {
  slug: 'environnement',
  pages: [
    definePage({
      view: 'environnement/surchauffe',
      title: 'Surchauffe urbaine',
      path: '/environnement/surchauffe',
      parse: parseSurchauffe,
      toUrl: surchauffeUrl,
      load: () => import('./surchauffe').then((m) => m.mountSurchauffe),
    }),
  ],
  link: (territory) => ({
    label: 'Carte de la surchauffe urbaine',
    href: surchauffeUrl(territory && /^(commune|epci|groupement):/.test(territory) ? surchauffeRoute({ territory }) : surchauffeRoute()),
  }),
};
