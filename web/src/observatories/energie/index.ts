/**
 * Énergie: the energy accounts of a territory (/energie), the production sites (/energie/sites) and the Toile
 * énergétique® (/energie/toile). Each page is a folder of its own: bilan/, sites/, toile/.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { parseToile, toileUrl } from './toile/route';

export const energie: ObservatoryDefinition = {
  slug: 'energie',
  pages: [
    definePage({
      view: 'energie/toile',
      title: 'Toile énergétique®',
      parse: parseToile,
      toUrl: toileUrl,
      load: () => import('./toile/view').then((m) => m.mountToile),
    }),
  ],
};
