/**
 * Observatoire de la politique de la ville: the QPVs and the NPNRU programmes (/politique-ville), a QPV's sheet
 * (/politique-ville/qpv?code=…) and a programme against its T0 (/politique-ville/npnru?id=…).
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { homeRoute, homeUrl, parseHome, parseProgramme, parseQpv, programmeUrl, qpvUrl } from './route';

export const politiqueVille: ObservatoryDefinition = {
  slug: 'politique-ville',
  pages: [
    definePage({
      view: 'politique-ville/home',
      title: 'Quartiers prioritaires et programmes NPNRU',
      path: '/politique-ville',
      parse: parseHome,
      toUrl: homeUrl,
      load: () => import('./home').then((m) => m.mountHome),
    }),
    definePage({
      view: 'politique-ville/qpv',
      title: 'Fiche d’un quartier prioritaire',
      path: '/politique-ville/qpv',
      parse: parseQpv,
      toUrl: qpvUrl,
      load: () => import('./qpv').then((m) => m.mountQpv),
    }),
    definePage({
      view: 'politique-ville/npnru',
      title: 'Programme NPNRU depuis son T0',
      path: '/politique-ville/npnru',
      parse: parseProgramme,
      toUrl: programmeUrl,
      load: () => import('./programme').then((m) => m.mountProgramme),
    }),
  ],
  link: () => ({ label: 'Les quartiers et les programmes NPNRU', href: homeUrl(homeRoute()) }),
};
