/**
 * Évaluation des projets de territoire: the projects (/evaluation) and each project's dashboard
 * (/evaluation/projet?id=…): its axes and actions with their scores, its indicators against their targets.
 */
import type { ApiClient } from '../../platform/api/client';
import { formatCount } from '../../platform/format';
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
import type { Projects } from './api';
import { parseProject, parseProjects, projectUrl, projectsRoute, projectsUrl } from './route';

export const evaluation: ObservatoryDefinition = {
  slug: 'evaluation',
  pages: [
    definePage({
      view: 'evaluation/projects',
      title: 'Projets évalués',
      path: '/evaluation',
      parse: parseProjects,
      toUrl: projectsUrl,
      load: () => import('./list').then((m) => m.mountProjects),
    }),
    definePage({
      view: 'evaluation/project',
      title: 'Tableau de bord d’un projet',
      path: '/evaluation/projet',
      parse: parseProject,
      toUrl: projectUrl,
      load: () => import('./view').then((m) => m.mountProject),
    }),
  ],
  link: () => ({ label: 'Les projets évalués', href: projectsUrl(projectsRoute()) }),
  // Its figures are the catalogue's and the agency's series, not indicators of its own: the card counts the projects.
  count: (client: ApiClient) =>
    client.getJson<Projects>('/api/v1/evaluation/projects').then((answer) => formatCount(answer.items.length, 'projet suivi', 'projets suivis')),
};
