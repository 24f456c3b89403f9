/**
 * Mobilité: the road accidents (/mobilite/accidents) and the cycling network (/mobilite/cyclable). Each page is a
 * folder of its own: accidents/, cyclable/.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { parseCyclable, cyclableUrl } from './cyclable/route';

export const mobilite: ObservatoryDefinition = {
  slug: 'mobilite',
  pages: [
    definePage({
      view: 'mobilite/cyclable',
      title: 'Réseau cyclable',
      parse: parseCyclable,
      toUrl: cyclableUrl,
      load: () => import('./cyclable/view').then((m) => m.mountCyclable),
    }),
  ],
};
