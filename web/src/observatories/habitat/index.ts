/**
 * Habitat: a territory's key figures on housing (/habitat), property prices from the DVF sales (/habitat/prix) and
 * the follow-up of the CALL's Programme Local de l'Habitat (/habitat/plh). Each page is a folder of its own:
 * chiffres/, prix/, plh/; their URLs are route.ts's.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { chiffresRoute, chiffresUrl, parseChiffres, parsePlh, parsePrix, plhUrl, prixUrl } from './route';

export const habitat: ObservatoryDefinition = {
  slug: 'habitat',
  pages: [
    definePage({
      view: 'habitat/chiffres',
      title: 'Chiffres clés de l’habitat',
      path: '/habitat',
      parse: parseChiffres,
      toUrl: chiffresUrl,
      load: () => import('./chiffres/view').then((m) => m.mountChiffres),
    }),
    definePage({
      view: 'habitat/prix',
      title: 'Prix de l’immobilier',
      path: '/habitat/prix',
      parse: parsePrix,
      toUrl: prixUrl,
      load: () => import('./prix/view').then((m) => m.mountPrix),
    }),
    definePage({
      view: 'habitat/plh',
      title: 'Suivi du PLH',
      path: '/habitat/plh',
      parse: parsePlh,
      toUrl: plhUrl,
      load: () => import('./plh/view').then((m) => m.mountPlh),
    }),
  ],
  link: (territory) => ({ label: 'Chiffres clés de l’habitat', href: chiffresUrl(chiffresRoute(territory ?? undefined)) }),
};
