/**
 * Évaluation des projets de territoire: the projects (/evaluation) and each project's dashboard
 * (/evaluation/projet?id=…): its axes and actions with their scores, its indicators against their targets.
 */
import { definePage, type ObservatoryDefinition } from '../../platform/registry';
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
};
