/**
 * Observatoire des déchets: the platform's dashboard (/observatories/dechets) and the streams page (/dechets), each
 * stream's kg per inhabitant and the territory against the plans' targets.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { parseStreams, streamsRoute, streamsUrl, TERNOIS } from './route';

export const dechets: ObservatoryDefinition = {
  slug: 'dechets',
  pages: [
    definePage({
      view: 'dechets/flux',
      title: 'Flux de déchets et objectifs',
      path: '/dechets',
      parse: parseStreams,
      toUrl: streamsUrl,
      load: () => import('./view').then((m) => m.mountStreams),
    }),
  ],
  // Only the CC du Ternois has tonnages: the link keeps it for any other territory.
  link: (territory) => ({ label: 'Flux de déchets et objectifs', href: streamsUrl(streamsRoute(territory === TERNOIS ? territory : TERNOIS)) }),
};
