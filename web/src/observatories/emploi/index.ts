/**
 * Emploi et entrepreneuriat: its indicators are served by the generic dashboard; its own page is the business
 * demography and jobs in tension (/emploi/entreprises), in entreprises/.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { entreprisesRoute, entreprisesUrl, parseEntreprises } from './entreprises/route';

export const emploi: ObservatoryDefinition = {
  slug: 'emploi',
  pages: [
    definePage({
      view: 'emploi/entreprises',
      title: 'Démographie des entreprises',
      path: '/emploi/entreprises',
      parse: parseEntreprises,
      toUrl: entreprisesUrl,
      load: () => import('./entreprises/view').then((m) => m.mountEntreprises),
    }),
  ],
  link: (territory) => ({ label: 'Démographie des entreprises', href: entreprisesUrl(entreprisesRoute(territory ?? undefined)) }),
};
