/** The evaluation's pages in the URL: /evaluation (the projects) and /evaluation/projet?id=cabbalr-pat (a project's dashboard). */
import { pick, query, type Route } from '../../platform/routes';

export interface ProjectsRoute {
  view: 'evaluation/projects';
}

export interface ProjectRoute {
  view: 'evaluation/project';
  /** The project's id; null: none chosen (the page then links to the list). */
  id: string | null;
}

const PROJECT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function projectsRoute(): ProjectsRoute {
  return { view: 'evaluation/projects' };
}

export function projectRoute(id: string | null): ProjectRoute {
  return { view: 'evaluation/project', id: id !== null && PROJECT_ID.test(id) && id.length <= 60 ? id : null };
}

export function parseProjects(segments: readonly string[]): ProjectsRoute | null {
  return segments.length === 1 && segments[0] === 'evaluation' ? projectsRoute() : null;
}

export function parseProject(segments: readonly string[], params: URLSearchParams): ProjectRoute | null {
  if (segments.length !== 2 || segments[0] !== 'evaluation' || segments[1] !== 'projet') return null;
  return projectRoute(pick(params, 'id', PROJECT_ID));
}

export function projectsUrl(_route: ProjectsRoute): string {
  return '/evaluation';
}

export function projectUrl(route: ProjectRoute): string {
  return `/evaluation/projet${query([['id', route.id]])}`;
}

export function isProjectRoute(route: Route): route is ProjectRoute {
  return route.view === 'evaluation/project';
}
