// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { Session } from '../../platform/auth/session';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, json, waitFor } from '../../platform/testing/fakeApi';
import { barometre } from '.';
import { barometre as answer, QUARTERS } from './fixtures';
import { fileNameOf } from './download';
import { barometreUrl, parseBarometre } from './route';

// The charts are the renderer's (publication/render.test.ts); here an empty image stands for each.
vi.mock('./publication/chart', () => ({
  indicatorChart: (): Element => document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
}));

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): App {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [barometre] });
  return app;
}

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
  window.sessionStorage.clear();
});

const KEY = 'obs_abcd1234_abcdefghijklmnopqrstuvwxyz';

function startAsAgency(path: string, fetchMock: typeof fetch): void {
  window.sessionStorage.setItem(
    'observatoires.session',
    JSON.stringify({ key: KEY, identity: { keyId: 3, name: 'Agence', role: 'agency_editor', scope: [], scopeCommunes: [], editor: true } }),
  );
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  const session = new Session(window.sessionStorage);
  const client = new ApiClient({ fetch: fetchMock, apiKey: () => session.key() });
  app = startApp({ document, window, client, session, observatories: [barometre] });
}

/** The brief's routes of the PMA's 2024-Q4: GET answers version `version`; PUT answers `put` (a status, or the saved version). */
function briefApi(state: { version: number; text: string; put: number[] }) {
  const brief = () => ({ text: state.text, version: state.version, updatedAt: '2025-02-01T10:00:00Z', updatedBy: 'Agence (clé obs_x)' });
  const etag = () => `"brief-groupement:pma-2024-Q4-v${state.version}"`;
  return fakeApi({
    '/api/v1/indicators/barometre.emploi_prive': () => json({ code: 'barometre.emploi_prive', periods: ['2024-Q4'] }),
    '/api/v1/barometre/groupement:pma/2024-Q4': () => json(answer({ brief: brief() })),
    '/api/v1/barometre/groupement:pma/2024-Q4/brief': (_url, init) => {
      if (init?.method !== 'PUT') return new Response(JSON.stringify(brief()), { headers: { 'Content-Type': 'application/json', ETag: etag() } });
      const status = state.put.shift() ?? 200;
      if (status === 412) {
        state.version += 1;
        state.text = 'Leur texte.';
        return json({ title: 'Precondition Failed', status: 412, detail: 'stale', current: brief() }, 412);
      }
      state.version += 1;
      state.text = (JSON.parse(String(init.body)) as { text: string }).text;
      return json(brief());
    },
  });
}

const puts = (fetchMock: ReturnType<typeof fakeApi>) =>
  fetchMock.mock.calls
    .filter(([, init]) => init?.method === 'PUT')
    .map(([, init]) => ({ headers: init!.headers as Record<string, string>, body: String(init!.body) }));

function barometreApi() {
  return fakeApi({
    '/api/v1/indicators/barometre.emploi_prive': () => json({ code: 'barometre.emploi_prive', periods: ['2024-Q3', '2024-Q4', '2023-Q1'] }),
    '/api/v1/barometre/groupement:pma/2024-Q4': () => json(answer()),
    '/api/v1/barometre/epci:200072460/2024-Q3': () =>
      json(answer({ territory: { id: 'epci:200072460', name: 'CA de Béthune-Bruay, Artois-Lys Romane', level: 'epci' }, quarter: '2024-Q3' })),
  });
}

describe('the barometer’s page', () => {
  it('opens on the latest quarter of the PMA and shows the publication, Imprimer and the PDF link', async () => {
    const fetchMock = barometreApi();
    start('/barometre', fetchMock);
    await waitFor(() => document.querySelector('.barometre-publication') !== null);
    expect(document.querySelector('h1')?.textContent).toBe('Baromètre économique Pôle Métropolitain de l’Artois, 4e trimestre 2024');
    expect(document.querySelectorAll('.bp-page')).toHaveLength(2);
    expect(document.querySelector('.bp-keys li')?.textContent).toContain('+1,8 %');
    const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Télécharger le baromètre (PDF)');
    expect(link?.getAttribute('href')).toBe('/api/v1/barometre/groupement:pma/2024-Q4.pdf');
    expect([...document.querySelectorAll('button')].some((b) => b.textContent === 'Imprimer')).toBe(true);
    expect(document.querySelector<HTMLSelectElement>('select[name="quarter"]')!.options).toHaveLength(QUARTERS.length);
  });

  it('reads the territory and the quarter from the URL, and writes them back', async () => {
    start('/barometre?territory=epci:200072460&quarter=2024-Q3', barometreApi());
    await waitFor(() => document.querySelector('.barometre-publication') !== null);
    expect(document.querySelector('.bp-title')?.textContent).toBe('CA de Béthune-Bruay, Artois-Lys Romane');
    expect(document.querySelector<HTMLSelectElement>('select[name="quarter"]')!.value).toBe('2024-Q3');
    expect(barometreUrl(parseBarometre(['barometre'], new URLSearchParams('territory=epci:200072460&quarter=2024-Q3'))!)).toBe(
      '/barometre?territory=epci:200072460&quarter=2024-Q3',
    );
    expect(parseBarometre(['barometre'], new URLSearchParams('quarter=2024-Q9'))!.quarter).toBeNull();
  });

  it('prints with the browser when Imprimer is pressed', async () => {
    start('/barometre', barometreApi());
    await waitFor(() => document.querySelector('.barometre-publication') !== null);
    const print = vi.fn();
    Object.defineProperty(window, 'print', { value: print, configurable: true });
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Imprimer')!.click();
    expect(print).toHaveBeenCalledOnce();
  });

  it('says a quarter without data in plain French, with a retry', async () => {
    start('/barometre?quarter=2001-Q1', barometreApi());
    await waitFor(() => document.querySelector('.barometre-sheets button') !== null);
    expect(document.querySelector('.barometre-publication')).toBeNull();
    expect(document.querySelector('.barometre-sheets')?.textContent).toContain('Nothing at');
  });

  it('keeps the API’s file name for a downloaded PDF', () => {
    expect(fileNameOf('attachment; filename="barometre-groupement-pma-2024-Q3.pdf"', 'x.pdf')).toBe('barometre-groupement-pma-2024-Q3.pdf');
    expect(fileNameOf(null, 'x.pdf')).toBe('x.pdf');
  });

  it('lets an agency editor save the brief on the version read (If-Match), then shows it in the publication', async () => {
    const state = { version: 3, text: 'Ancien texte.', put: [] as number[] };
    const fetchMock = briefApi(state);
    startAsAgency('/barometre', fetchMock);
    await waitFor(() => document.querySelector('#barometre-brief-text') !== null);
    await waitFor(() => fetchMock.mock.calls.some(([input, init]) => String(input).endsWith('/brief') && init?.method !== 'PUT'));
    const text = document.querySelector<HTMLTextAreaElement>('#barometre-brief-text')!;
    expect(text.value).toBe('Ancien texte.');
    text.value = 'Nouveau texte.\n\nSecond paragraphe.';
    document.querySelector<HTMLFormElement>('form.barometre-brief')!.requestSubmit();
    await waitFor(() => document.querySelector('.barometre-brief__status')?.textContent === 'Analyse enregistrée.');
    expect(puts(fetchMock)).toEqual([
      { headers: expect.objectContaining({ 'If-Match': '"brief-groupement:pma-2024-Q4-v3"' }), body: '{"text":"Nouveau texte.\\n\\nSecond paragraphe."}' },
    ]);
    await waitFor(() => document.querySelector('.bp-brief p')?.textContent === 'Nouveau texte.');
  });

  it('shows the other editor’s version on a 412, and saves mine over theirs when asked', async () => {
    const state = { version: 3, text: 'Ancien texte.', put: [412, 200] };
    const fetchMock = briefApi(state);
    startAsAgency('/barometre', fetchMock);
    await waitFor(() => document.querySelector('#barometre-brief-text') !== null);
    await waitFor(() => fetchMock.mock.calls.some(([input, init]) => String(input).endsWith('/brief') && init?.method !== 'PUT'));
    document.querySelector<HTMLTextAreaElement>('#barometre-brief-text')!.value = 'Mon texte.';
    document.querySelector<HTMLFormElement>('form.barometre-brief')!.requestSubmit();
    await waitFor(() => document.querySelector('.barometre-brief__theirs') !== null);
    expect(document.querySelector('.barometre-brief__theirs')?.textContent).toBe('Leur texte.');
    expect(document.querySelector('.barometre-brief__conflict')?.textContent).toContain('version 4');
    [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Garder ma version'))!.click();
    await waitFor(() => document.querySelector('.barometre-brief__status')?.textContent === 'Analyse enregistrée.');
    expect(puts(fetchMock).map((p) => p.headers['If-Match'])).toEqual(['"brief-groupement:pma-2024-Q4-v3"', '"brief-groupement:pma-2024-Q4-v4"']);
    expect(state.text).toBe('Mon texte.');
  });

  it('creates the first brief with If-None-Match: *, and shows no editor to a visitor', async () => {
    const fetchMock = fakeApi({
      '/api/v1/indicators/barometre.emploi_prive': () => json({ code: 'barometre.emploi_prive', periods: ['2024-Q4'] }),
      '/api/v1/barometre/groupement:pma/2024-Q4': () => json(answer({ brief: null })),
      '/api/v1/barometre/groupement:pma/2024-Q4/brief': (_url, init) =>
        init?.method === 'PUT'
          ? json({ text: 'x', version: 1, updatedAt: '2025-02-01T10:00:00Z', updatedBy: 'a' })
          : json({ title: 'Not Found', status: 404 }, 404),
    });
    startAsAgency('/barometre', fetchMock);
    await waitFor(() => document.querySelector('#barometre-brief-text') !== null);
    document.querySelector<HTMLTextAreaElement>('#barometre-brief-text')!.value = 'Premier texte.';
    document.querySelector<HTMLFormElement>('form.barometre-brief')!.requestSubmit();
    await waitFor(() => puts(fetchMock).length === 1);
    expect(puts(fetchMock)[0]!.headers).toEqual(expect.objectContaining({ 'If-None-Match': '*' }));
    expect(puts(fetchMock)[0]!.headers['If-Match']).toBeUndefined();
    app?.stop();
    window.sessionStorage.clear();
    start('/barometre', barometreApi());
    await waitFor(() => document.querySelector('.barometre-publication') !== null);
    expect(document.querySelector('#barometre-brief-text')).toBeNull();
  });
});
