// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { Session } from '../../platform/auth/session';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, json, waitFor } from '../../platform/testing/fakeApi';
import { evaluation } from '.';
import type { Project } from './api';
import { INDICATOR, PROJECT, PROJECTS } from './fixtures';

vi.mock('./chart', () => ({ indicatorChart: () => document.createElementNS('http://www.w3.org/2000/svg', 'svg') }));

let app: App | null = null;
const PATH = `/api/v1/evaluation/projects/${PROJECT.id}`;
const V2: Project = { ...PROJECT, title: 'Projet de territoire 2022–2030', version: 2, etag: '"evaluation-cabbalr-projet-de-territoire-v2"' };

async function agency(): Promise<Session> {
  const session = new Session(null);
  await session.signIn('obs_agency01_abcdefghijklmnopqrstuvwxyz012345', () =>
    Promise.resolve({ keyId: 1, name: 'Agence', role: 'agency_editor', scope: [], scopeCommunes: [], editor: true }),
  );
  return session;
}

function start(path: string, fetchMock: typeof fetch, session = new Session(null)): void {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock, apiKey: () => session.key() }), session, observatories: [evaluation] });
}

afterEach(() => {
  vi.unstubAllGlobals();
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

interface Write {
  method: string;
  path: string;
  ifMatch: string | null;
  body: unknown;
}

/** The API of one project: GET gives `current`; each write (to the project or a part of it) is kept and answered by `answer`. */
function projectApi(answer: (write: Write, n: number) => Response, current: () => Project = () => PROJECT) {
  const writes: Write[] = [];
  const reads = fakeApi({ '/api/v1/evaluation/projects': () => json(PROJECTS), [PATH]: () => json(current()) });
  const fetchMock = vi.fn<typeof fetch>((input, init) => {
    const url = new URL(String(input), 'http://test');
    if (!init?.method || init.method === 'GET') return reads(input, init);
    const write = {
      method: init.method,
      path: url.pathname,
      ifMatch: new Headers(init.headers).get('If-Match'),
      body: init.body ? JSON.parse(String(init.body)) : null,
    };
    writes.push(write);
    return Promise.resolve(answer(write, writes.length));
  });
  return { writes, fetchMock };
}

const dialog = (): HTMLDialogElement | null => document.querySelector('dialog');
const byName = <T extends HTMLElement>(name: string): T => dialog()!.querySelector<T>(`[name="${name}"]`)!;
const type = (name: string, value: string): void => {
  const control = byName<HTMLInputElement>(name);
  control.value = value;
  control.dispatchEvent(new Event('input'));
};
const submit = (): void => dialog()!.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
const errorOf = (name: string): string => {
  const control = byName(name);
  return control.getAttribute('aria-invalid') === 'true' ? (document.getElementById(`${control.id}-error`)?.textContent ?? '') : '';
};

describe('the agency’s editing of a project', () => {
  it('is not offered to a visitor', async () => {
    start(`/evaluation/projet?id=${PROJECT.id}`, projectApi(() => json(PROJECT)).fetchMock);
    await waitFor(() => document.querySelector('.evaluation-dashboard[data-loaded]') !== null);
    expect(document.querySelectorAll('[data-edit]').length).toBe(0);
    app?.stop();
    start('/evaluation', projectApi(() => json(PROJECT)).fetchMock);
    await waitFor(() => document.querySelectorAll('.evaluation-project').length === 1);
    expect(document.querySelector('[data-edit="project-new"]')).toBeNull();
  });

  it('adds an entered indicator: the form’s checks by field, then a 412 that keeps the input and says what changed, then the save on the new version', async () => {
    let current = PROJECT;
    const saved: Project = { ...V2, version: 3, etag: '"v3"' };
    const { writes, fetchMock } = projectApi(
      (_write, n) => (n === 1 ? json({ title: 'Precondition Failed', status: 412, current: { version: 2 } }, 412) : json(saved)),
      () => current,
    );
    start(`/evaluation/projet?id=${PROJECT.id}`, fetchMock, await agency());
    await waitFor(() => document.querySelector('[data-edit="indicator-new-emploi-salarie"]') !== null);
    document.querySelector<HTMLButtonElement>('[data-edit="indicator-new-emploi-salarie"]')!.click();
    await waitFor(() => dialog() !== null);
    expect(dialog()!.getAttribute('aria-labelledby')).toBeTruthy();
    expect(document.activeElement).toBe(byName('label'));

    submit();
    expect(errorOf('label')).toBe('Saisissez ce que l’indicateur mesure.');
    expect(errorOf('catalogue')).toBe('Choisissez un indicateur du catalogue.');
    expect(errorOf('targetValue')).toBe('Saisissez la valeur cible, un nombre.');
    expect(writes).toEqual([]);

    type('label', 'Cantines approvisionnées en local');
    expect(byName<HTMLInputElement>('indicator').value).toBe('cantines-approvisionnees-en-local');
    dialog()!.querySelector<HTMLInputElement>('input[type="radio"][value="entered"]')!.click();
    type('unit', 'cantines');
    type('targetValue', '20');
    current = V2;
    submit();
    await waitFor(() => document.querySelector('[data-testid="conflict"]') !== null);
    const conflict = document.querySelector('[data-testid="conflict"]')!.textContent!;
    expect(conflict).toContain('version 2');
    expect(conflict).toContain('titre : « Projet de territoire 2022–2030 »');
    expect(conflict).toContain('Vos saisies sont gardées');
    expect(byName<HTMLInputElement>('label').value).toBe('Cantines approvisionnées en local');
    // The dashboard behind shows the other editor's version.
    expect(document.querySelector('h1')!.textContent).toBe('Projet de territoire 2022–2030');

    submit();
    await waitFor(() => dialog() === null);
    const body = {
      action: 'emploi-salarie',
      label: 'Cantines approvisionnées en local',
      unit: 'cantines',
      decimals: 0,
      confidentiality: 'public',
      t0Year: 2022,
      targetValue: 20,
      horizonYear: 2030,
      direction: 'up',
      weight: 1,
    };
    expect(writes).toEqual([
      { method: 'PUT', path: `${PATH}/indicators/cantines-approvisionnees-en-local`, ifMatch: PROJECT.etag, body },
      { method: 'PUT', path: `${PATH}/indicators/cantines-approvisionnees-en-local`, ifMatch: V2.etag, body },
    ]);
    await waitFor(() => document.querySelector('.evaluation-dashboard')?.getAttribute('data-version') === '3');
    // The focus is back on the button that opened the dialog, in the dashboard drawn anew.
    await waitFor(() => document.activeElement?.getAttribute('data-edit') === 'indicator-new-emploi-salarie');
  });

  it('shows the API’s field errors next to their fields', async () => {
    const { fetchMock } = projectApi(() =>
      json(
        {
          title: 'Bad Request',
          status: 400,
          errors: [{ name: 'targetValue', reason: 'targetValue must be above T0, 48846 (the series in 2022), for direction up' }],
        },
        400,
      ),
    );
    start(`/evaluation/projet?id=${PROJECT.id}`, fetchMock, await agency());
    await waitFor(() => document.querySelector(`[data-edit="indicator-${INDICATOR.code}"]`) !== null);
    document.querySelector<HTMLButtonElement>(`[data-edit="indicator-${INDICATOR.code}"]`)!.click();
    await waitFor(() => dialog() !== null);
    expect(byName<HTMLInputElement>('label').value).toBe(INDICATOR.label);
    type('targetValue', '40000');
    submit();
    await waitFor(() => errorOf('targetValue') !== '');
    expect(errorOf('targetValue')).toBe('targetValue must be above T0, 48846 (the series in 2022), for direction up');
    expect(document.activeElement).toBe(byName('targetValue'));
  });

  it('changes weights at once with a preview, sending only those changed', async () => {
    const { writes, fetchMock } = projectApi(() => json({ ...PROJECT, version: 2, etag: '"v2"' }));
    start(`/evaluation/projet?id=${PROJECT.id}`, fetchMock, await agency());
    await waitFor(() => document.querySelector('[data-edit="weights"]') !== null);
    document.querySelector<HTMLButtonElement>('[data-edit="weights"]')!.click();
    await waitFor(() => dialog() !== null);
    expect(document.querySelector('[data-testid="weights-preview"]')!.textContent).toContain('Score du projet avec ces poids : 29');
    type(`indicators.${INDICATOR.code}`, '0');
    expect(document.querySelector('[data-testid="weights-preview"]')!.textContent).toContain('n’est pas valable');
    type(`indicators.${INDICATOR.code}`, '2,5');
    submit();
    await waitFor(() => dialog() === null);
    expect(writes).toEqual([{ method: 'PUT', path: `${PATH}/weights`, ifMatch: PROJECT.etag, body: { indicators: { [INDICATOR.code]: 2.5 } } }]);
  });

  it('asks before deleting, and deletes with If-Match once confirmed', async () => {
    const { writes, fetchMock } = projectApi(() => json({ ...PROJECT, version: 2, etag: '"v2"' }));
    start(`/evaluation/projet?id=${PROJECT.id}`, fetchMock, await agency());
    const button = `[data-edit="indicator-delete-${INDICATOR.code}"]`;
    await waitFor(() => document.querySelector(button) !== null);
    document.querySelector<HTMLButtonElement>(button)!.click();
    await waitFor(() => dialog() !== null);
    expect(dialog()!.getAttribute('role')).toBe('alertdialog');
    expect(document.activeElement!.textContent).toBe('Annuler');
    dialog()!.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
    expect(dialog()).toBeNull();
    document.querySelector<HTMLButtonElement>(button)!.click();
    await waitFor(() => dialog() !== null);
    dialog()!.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await waitFor(() => writes.length === 1);
    expect(writes).toEqual([{ method: 'DELETE', path: `${PATH}/indicators/${INDICATOR.code}`, ifMatch: PROJECT.etag, body: null }]);
  });

  it('creates a project from the list, without If-Match, an id already used being refused on its field, then opens it', async () => {
    const created: Project = { ...PROJECT, id: 'pvd-lillers', title: 'Petites Villes de Demain : Lillers', axes: [] };
    const { writes, fetchMock } = projectApi(() => json(created));
    start('/evaluation', fetchMock, await agency());
    await waitFor(() => document.querySelector('[data-edit="project-new"]') !== null && document.querySelectorAll('.evaluation-project').length === 1);
    document.querySelector<HTMLButtonElement>('[data-edit="project-new"]')!.click();
    await waitFor(() => dialog() !== null);
    type('title', 'Projet de territoire');
    type('id', PROJECT.id);
    byName<HTMLSelectElement>('territory').value = 'epci:246200299';
    type('startYear', '2024');
    type('endYear', '2030');
    submit();
    expect(errorOf('id')).toBe('Un projet porte déjà cet identifiant : choisissez-en un autre.');
    type('id', 'pvd-lillers');
    submit();
    await waitFor(() => window.location.search === '?id=pvd-lillers');
    expect(writes).toEqual([
      {
        method: 'PUT',
        path: '/api/v1/evaluation/projects/pvd-lillers',
        ifMatch: null,
        body: { title: 'Projet de territoire', territory: 'epci:246200299', startYear: 2024, endYear: 2030 },
      },
    ]);
  });

  it('counts the projects on the portal card', async () => {
    const client = new ApiClient({ fetch: fakeApi({ '/api/v1/evaluation/projects': () => json(PROJECTS) }) });
    expect((await evaluation.count!(client)).replace('\u00a0', ' ')).toBe('1 projet suivi');
  });
});
