/**
 * Mobilité: the road accidents (/mobilite/accidents) and the cycling network (/mobilite/cyclable). Each page is a
 * folder of its own: accidents/, cyclable/.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { accidentsRoute, accidentsUrl, parseAccidents } from './accidents/route';
import { cyclableUrl, parseCyclable } from './cyclable/route';
import { parsePdu, pduUrl } from './pdu/route';

export const mobilite: ObservatoryDefinition = {
  slug: 'mobilite',
  pages: [
    definePage({
      view: 'mobilite/accidents',
      title: 'Accidents de la route',
      parse: parseAccidents,
      toUrl: accidentsUrl,
      load: () => import('./accidents/view').then((m) => m.mountAccidents),
    }),
    definePage({
      view: 'mobilite/cyclable',
      title: 'Réseau cyclable',
      parse: parseCyclable,
      toUrl: cyclableUrl,
      load: () => import('./cyclable/view').then((m) => m.mountCyclable),
    }),
    definePage({
      view: 'mobilite/pdu',
      title: 'Suivi du PDU',
      parse: parsePdu,
      toUrl: pduUrl,
      load: () => import('./pdu/view').then((m) => m.mountPdu),
    }),
  ],
  link: (territory) => ({
    label: 'Carte des accidents',
    href: accidentsUrl(accidentsRoute({ territory: territory && /^(commune|epci|groupement):/.test(territory) ? territory : null })),
  }),
};
