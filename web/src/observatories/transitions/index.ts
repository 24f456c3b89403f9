/**
 * Observatoire des transitions territoriales: the key indicators projected to 2030 and 2050 (/transitions), the Donut of a territory (/transitions/donut), its social floor and
 * ecological ceiling, and the risk matrix (/transitions/risques), risks × territories with a map per risk.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import { dashboardRoute, dashboardUrl, donutUrl, parseDashboard, parseDonut, parseRisks, risksUrl } from './route';

export const transitions: ObservatoryDefinition = {
  slug: 'transitions',
  pages: [
    definePage({
      view: 'transitions/dashboard',
      title: 'Les transitions en cours',
      path: '/transitions',
      parse: parseDashboard,
      toUrl: dashboardUrl,
      load: () => import('./dashboardView').then((m) => m.mountTransitionsDashboard),
    }),
    definePage({
      view: 'transitions/donut',
      title: 'Le Donut du territoire',
      path: '/transitions/donut',
      parse: parseDonut,
      toUrl: donutUrl,
      load: () => import('./donutView').then((m) => m.mountDonut),
    }),
    definePage({
      view: 'transitions/risks',
      title: 'La matrice des risques',
      path: '/transitions/risques',
      parse: parseRisks,
      toUrl: risksUrl,
      load: () => import('./risksView').then((m) => m.mountRisks),
    }),
  ],
  link: (territory) => ({ label: 'Les transitions, le Donut et la matrice des risques', href: dashboardUrl(dashboardRoute(territory ?? undefined)) }),
};
