import { describe, expect, it } from 'vitest';
import { parseProject, parseProjects, projectRoute, projectUrl, projectsRoute, projectsUrl } from './route';

describe('the evaluation pages’ URLs', () => {
  it('are /evaluation and /evaluation/projet?id=…, a malformed id being none', () => {
    expect(parseProjects(['evaluation'])).toEqual({ view: 'evaluation/projects' });
    expect(parseProjects(['evaluation', 'x'])).toBeNull();
    expect(projectsUrl(projectsRoute())).toBe('/evaluation');
    expect(parseProject(['evaluation', 'projet'], new URLSearchParams('id=cabbalr-pat'))).toEqual({ view: 'evaluation/project', id: 'cabbalr-pat' });
    expect(parseProject(['evaluation', 'projet'], new URLSearchParams('id=Pas_Un_Id'))).toEqual({ view: 'evaluation/project', id: null });
    expect(parseProject(['evaluation'], new URLSearchParams('id=cabbalr-pat'))).toBeNull();
    expect(projectUrl(projectRoute('cabbalr-pat'))).toBe('/evaluation/projet?id=cabbalr-pat');
    expect(projectUrl(projectRoute(null))).toBe('/evaluation/projet');
  });
});
