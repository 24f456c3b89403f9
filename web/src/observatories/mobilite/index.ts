/**
 * Mobilité: the road accidents (/mobilite/accidents) and the cycling network (/mobilite/cyclable). Each page is a
 * folder of its own: accidents/, cyclable/.
 */
import type { ObservatoryDefinition } from '../../platform/registry';

export const mobilite: ObservatoryDefinition = {
  slug: 'mobilite',
  pages: [],
};
