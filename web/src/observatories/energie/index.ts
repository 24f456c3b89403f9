/**
 * Énergie: the energy accounts of a territory (/energie), the production sites (/energie/sites) and the Toile
 * énergétique® (/energie/toile). Each page is a folder of its own: bilan/, sites/, toile/.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { bilanRoute, bilanUrl, parseBilan } from './bilan/route';
import { energieSitesUrl, parseEnergieSites } from './sites/route';
import { parseToile, toileUrl } from './toile/route';

export const energie: ObservatoryDefinition = {
  slug: 'energie',
  pages: [
    definePage({
      view: 'energie/bilan',
      title: 'Bilan énergétique',
      path: '/energie',
      parse: parseBilan,
      toUrl: bilanUrl,
      load: () => import('./bilan/view').then((m) => m.mountBilan),
    }),
    definePage({
      view: 'energie/sites',
      title: 'Sites de production d’énergie',
      path: '/energie/sites',
      parse: parseEnergieSites,
      toUrl: energieSitesUrl,
      load: () => import('./sites/view').then((m) => m.mountEnergieSites),
    }),
    definePage({
      view: 'energie/toile',
      title: 'Toile énergétique®',
      path: '/energie/toile',
      parse: parseToile,
      toUrl: toileUrl,
      load: () => import('./toile/view').then((m) => m.mountToile),
    }),
  ],
  link: (territory) => ({ label: 'Bilan énergétique', href: bilanUrl(bilanRoute(territory ?? undefined)) }),
};
