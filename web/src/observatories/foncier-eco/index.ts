/**
 * Foncier économique: the availability of the business parks' lots (/observatories/foncier-eco/zae), linked from the
 * observatory's card and dashboard on the EPCI or groupement chosen.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { DEFAULT_ZONE } from '../../platform/routes';
import { foncierEcoRoute, foncierEcoUrl, parseFoncierEco } from './route';

export const foncierEco: ObservatoryDefinition = {
  slug: 'foncier-eco',
  pages: [
    definePage({
      view: 'foncier-eco/zae',
      title: 'Foncier économique',
      path: '/observatories/foncier-eco/zae',
      parse: parseFoncierEco,
      toUrl: foncierEcoUrl,
      load: () => import('./view').then((m) => m.mountFoncierEco),
    }),
  ],
  link: (territory) => ({
    label: 'Disponibilités des zones d’activités',
    href: foncierEcoUrl(
      foncierEcoRoute({ territory: territory !== null && /^(epci|groupement):/.test(territory) && territory !== DEFAULT_ZONE ? territory : null }),
    ),
  }),
};
