/**
 * Mobilité: the road accidents (/mobilite/accidents), the cycling network (/mobilite/cyclable), the stations
 * (/mobilite/gares) and the PDU follow-up (/mobilite/pdu). Each page is a folder of its own: accidents/, cyclable/,
 * gares/, pdu/.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { accidentsRoute, accidentsUrl, parseAccidents } from './accidents/route';
import { cyclableUrl, parseCyclable } from './cyclable/route';
import { garesUrl, parseGares } from './gares/route';
import { parsePdu, pduUrl } from './pdu/route';

export const mobilite: ObservatoryDefinition = {
  slug: 'mobilite',
  // Pages a partner (the transport authority's site) may embed: /embed/mobilite/<page>, platform/embed/.
  embeddable: ['mobilite/accidents', 'mobilite/cyclable', 'mobilite/gares', 'mobilite/pdu'],
  pages: [
    definePage({
      view: 'mobilite/accidents',
      title: 'Accidents de la route',
      path: '/mobilite/accidents',
      parse: parseAccidents,
      toUrl: accidentsUrl,
      load: () => import('./accidents/view').then((m) => m.mountAccidents),
    }),
    definePage({
      view: 'mobilite/cyclable',
      title: 'Réseau cyclable',
      path: '/mobilite/cyclable',
      parse: parseCyclable,
      toUrl: cyclableUrl,
      load: () => import('./cyclable/view').then((m) => m.mountCyclable),
    }),
    definePage({
      view: 'mobilite/gares',
      title: 'Gares',
      path: '/mobilite/gares',
      parse: parseGares,
      toUrl: garesUrl,
      load: () => import('./gares/view').then((m) => m.mountGares),
    }),
    definePage({
      view: 'mobilite/pdu',
      title: 'Suivi du PDU',
      path: '/mobilite/pdu',
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
