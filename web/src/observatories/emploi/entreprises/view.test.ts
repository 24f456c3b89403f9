// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../../platform/api/client';
import { Session } from '../../../platform/auth/session';
import { startApp, type App } from '../../../platform/shell';
import { waitFor } from '../../../platform/testing/fakeApi';
import { emploi } from '..';
import { entreprisesApi, PEER_GROUP } from './fixtures';

vi.mock('../../../platform/charts/seriesChart', () => ({
  seriesChart: (): Element => document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
}));

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch, session = new Session(null)): App {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  const client = new ApiClient({ fetch: fetchMock, apiKey: () => session.key() });
  app = startApp({ document, window, client, session, observatories: [emploi] });
  return app;
}

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const text = (selector: string): string | null | undefined => document.querySelector(selector)?.textContent;

describe('the business demography page', () => {
  it('shows the API’s figures, the sectors ranked, the survival class and the jobs in tension of the URL’s territory and year', async () => {
    const { fetchMock } = entreprisesApi();
    start('/emploi/entreprises?territory=epci:246200299&year=2023', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="tension-index"]') !== null && document.querySelector('.entreprises-chart svg') !== null);
    expect(text('h1')).toBe('Démographie des entreprises — CA d’Hénin-Carvin');
    expect(document.querySelector('[data-testid="failures"]')?.getAttribute('data-value')).toBe('80');
    expect(text('[data-testid="failures"] + ul')).toContain('indice 80 (base 100 en 2013)');
    expect(text('[data-testid="failures"] + ul')).toContain('valeur réelle');
    expect(text('[data-testid="survival"]')).toBe('72,5\u00a0%');
    expect(text('.entreprises-class--current')).toContain('71,1 à 74 %');
    expect(text('[data-testid="sector-commerce"]')).toBe('50');
    expect(text('[data-testid="tension-index"]')).toBe('75\u00a0%');
    expect(document.body.textContent).toContain('trop peu de projets');
    expect(document.querySelector<HTMLSelectElement>('select[name="year"]')!.value).toBe('2023');
    // The département compared in the series request, the year in the demography request.
    const urls = fetchMock.mock.calls.map(([input]) => decodeURIComponent(String(input)));
    expect(urls.some((u) => u.includes('territories=epci:246200299,departement:62') && u.includes('index=2013'))).toBe(true);
    expect(urls.some((u) => u.includes('/api/v1/emploi/demography/epci:246200299?year=2023'))).toBe(true);
  });

  it('says why the département has no jobs-in-tension table', async () => {
    const { fetchMock } = entreprisesApi();
    start('/emploi/entreprises?territory=departement:62', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="failures"]') !== null && document.body.textContent!.includes('bassin d’emploi'));
    expect(fetchMock.mock.calls.some(([input]) => String(input).includes('/emploi/tension/'))).toBe(false);
  });

  it('compares the territory with its peer group, and lets only the agency change the group’s members', async () => {
    const { fetchMock } = entreprisesApi();
    start('/emploi/entreprises?territory=epci:246200299&year=2023', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="peer-group-members"]') !== null);
    expect(text('[data-testid="peer-group-members"]')).toContain('CA Douaisis Agglo et CU d’Arras');
    expect(document.querySelector(`tr[data-territory="${PEER_GROUP.id}"]`)?.getAttribute('data-value')).toBe('70');
    expect(document.querySelector('[data-action="edit-peers"]')).toBeNull();
    const compare = fetchMock.mock.calls.map(([input]) => decodeURIComponent(String(input))).find((u) => u.includes('/compare'));
    expect(compare).toContain(`territory=epci:246200299&references=${PEER_GROUP.id}&period=2023`);
  });

  it('saves the agency’s choice of peers with If-Match, and after another editor’s change saves on their version', async () => {
    const { fetchMock } = entreprisesApi();
    const epcis = [PEER_GROUP.members[0]!, PEER_GROUP.members[1]!, { id: 'epci:248000531', name: 'CA Amiens Métropole', population: 182_854 }];
    const writes: { ifMatch: string | null; body: unknown }[] = [];
    const fetchWithWrites = vi.fn<typeof fetch>((input, init) => {
      const url = String(input);
      if (url.startsWith('/api/v1/territories?scope=all'))
        return Promise.resolve(
          new Response(
            JSON.stringify({ items: epcis.map((e) => ({ ...e, level: 'epci', code: e.id.slice(5), names: { of: '', to: '', in: '' } })), total: 3 }),
            {
              headers: { 'content-type': 'application/json' },
            },
          ),
        );
      if (init?.method === 'PUT') {
        const ifMatch = new Headers(init.headers).get('If-Match');
        writes.push({ ifMatch, body: JSON.parse(String(init.body)) });
        const current = { ...PEER_GROUP, version: 2, eTag: '"peer-group-pairs-cahc-v2"' };
        return Promise.resolve(
          ifMatch === current.eTag
            ? new Response(JSON.stringify({ ...current, version: 3 }), { headers: { 'content-type': 'application/json' } })
            : new Response(JSON.stringify({ title: 'Precondition Failed', status: 412, current }), {
                status: 412,
                headers: { 'content-type': 'application/problem+json' },
              }),
        );
      }
      return fetchMock(input, init);
    });
    const session = new Session(null);
    await session.signIn('obs_agency01_abcdefghijklmnopqrstuvwxyz012345', () =>
      Promise.resolve({ keyId: 1, name: 'Agence', role: 'agency_editor', scope: [], scopeCommunes: [], editor: true }),
    );
    start('/emploi/entreprises?territory=epci:246200299&year=2023', fetchWithWrites, session);
    await waitFor(() => document.querySelector('[data-action="edit-peers"]') !== null);
    document.querySelector<HTMLButtonElement>('[data-action="edit-peers"]')!.click();
    await waitFor(() => document.querySelectorAll('dialog input[type="checkbox"]').length === 3);
    const box = (id: string): HTMLInputElement => document.querySelector<HTMLInputElement>(`dialog input[value="${id}"]`)!;
    expect(box('epci:200033579').checked).toBe(true);
    box('epci:200033579').click();
    box('epci:248000531').click();
    const save = document.querySelector<HTMLButtonElement>('[data-action="save-peers"]')!;
    save.click();
    await waitFor(() => document.querySelector('dialog [role="alert"]')?.textContent?.includes('modifié entre-temps') ?? false);
    save.click();
    await waitFor(() => writes.length === 2 && document.querySelector('dialog') === null);
    expect(writes).toEqual([
      { ifMatch: PEER_GROUP.eTag, body: { members: ['epci:200044618', 'epci:248000531'] } },
      { ifMatch: '"peer-group-pairs-cahc-v2"', body: { members: ['epci:200044618', 'epci:248000531'] } },
    ]);
  });
});
