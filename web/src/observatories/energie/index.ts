/**
 * Énergie: the energy accounts of a territory (/energie), the production sites (/energie/sites) and the Toile
 * énergétique® (/energie/toile). Each page is a folder of its own: bilan/, sites/, toile/.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { energieSitesUrl, parseEnergieSites } from './sites/route';

export const energie: ObservatoryDefinition = {
  slug: 'energie',
  pages: [
    definePage({
      view: 'energie/sites',
      title: 'Sites de production d’énergie',
      parse: parseEnergieSites,
      toUrl: energieSitesUrl,
      load: () => import('./sites/view').then((m) => m.mountEnergieSites),
    }),
  ],
};
