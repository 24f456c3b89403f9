// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, json, waitFor } from '../../platform/testing/fakeApi';
import { evaluation } from '.';
import { PROJECT, PROJECTS } from './fixtures';

// The charts themselves are Plot's: here, one image per indicator with a series, named after it.
vi.mock('./chart', () => ({
  indicatorChart: (indicator: { code: string }) => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', indicator.code);
    return svg;
  },
}));

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): void {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [evaluation] });
}

afterEach(() => {
  vi.unstubAllGlobals();
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the evaluation pages', () => {
  it('list the projects with their scores, linking to each dashboard', async () => {
    start('/evaluation', fakeApi({ '/api/v1/evaluation/projects': () => json(PROJECTS) }));
    await waitFor(() => document.querySelectorAll('.evaluation-project').length === 1);
    const card = document.querySelector('.evaluation-project')!;
    expect(text(card.querySelector('[data-testid="project-score"]'))).toBe('29 %');
    expect(card.querySelector('a')!.getAttribute('href')).toBe('/evaluation/projet?id=cabbalr-projet-de-territoire');
    expect(text(card.querySelector('[data-testid="axis-score"]'))).toBe('29 %');
  });

  it('show a project’s scores, what is on track and behind, each indicator against its target, a restricted one without figures', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    start('/evaluation/projet?id=cabbalr-projet-de-territoire', fakeApi({ '/api/v1/evaluation/projects/cabbalr-projet-de-territoire': () => json(PROJECT) }));
    await waitFor(() => document.querySelector('.evaluation-dashboard')?.getAttribute('data-drawn') === '1');
    expect(document.querySelector('h1')!.textContent).toBe('Projet de territoire de la CABBALR');
    expect(text(document.querySelector('[data-testid="summary"]'))).toBe('1 indicateur sur 2 dans la trajectoire');
    const [shown, hidden] = [...document.querySelectorAll<HTMLElement>('.evaluation-indicator')];
    expect(text(shown!.querySelector('[data-testid="status"]'))).toBe('Dans la trajectoire');
    expect(text(shown!.querySelector('[data-testid="t0"]'))).toBe('48 846 salariés');
    expect(text(shown!.querySelector('[data-testid="target"]'))).toBe('52 000 salariés (hausse attendue)');
    expect(text(shown!.querySelector('[data-testid="progress"]'))).toBe('29 % du chemin parcouru, 25 % attendu en 2024');
    expect(shown!.querySelector('svg[aria-label="emplois-salaries"]')).not.toBeNull();
    expect(text(hidden!.querySelector('[data-testid="status"]'))).toBe('Données réservées');
    expect(hidden!.querySelector('[data-testid="chart"]')).toBeNull();
    expect(text(document.querySelector('[data-testid="behind"]'))).toContain('En retard (0)');
    expect(document.querySelector('[data-testid="csv"]')!.getAttribute('href')).toBe('/api/v1/evaluation/projects/cabbalr-projet-de-territoire?format=csv');
  });
});
