/**
 * Énergie: the energy accounts of a territory (/energie), the production sites (/energie/sites) and the Toile
 * énergétique® (/energie/toile). Each page is a folder of its own: bilan/, sites/, toile/.
 */
import type { ObservatoryDefinition } from '../../platform/registry';

export const energie: ObservatoryDefinition = {
  slug: 'energie',
  pages: [],
};
