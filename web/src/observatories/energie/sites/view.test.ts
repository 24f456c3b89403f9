// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../../platform/api/client';
import { Session } from '../../../platform/auth/session';
import { startApp, type App } from '../../../platform/shell';
import { fakeApi, waitFor } from '../../../platform/testing/fakeApi';
import { seeEverything } from '../../../platform/testing/viewport';
import { energie } from '..';
import { sitesRoute } from './fixtures';

// MapLibre needs WebGL: the view gets a map that records what it is given.
const drawn: { sites: string[]; selected: string | null } = { sites: [], selected: null };
vi.mock('./sitesMap', () => ({
  createSitesMap: async () => ({
    setContext() {},
    setSites(sites: { features: { id: string }[] }) {
      drawn.sites = sites.features.map((f) => f.id);
    },
    setSelected(id: string | null) {
      drawn.selected = id;
    },
    setLabel() {},
    jumpTo() {},
    idle: async () => {},
    destroy() {},
  }),
}));

const KEY = 'obs_abcdefgh_abcdefghijklmnopqrstuvwxyz';
let app: App | null = null;

function start(path: string) {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  const session = new Session(window.sessionStorage);
  const fetchMock = fakeApi({ '/api/v1/energie/sites': sitesRoute });
  vi.stubGlobal('fetch', fetchMock);
  seeEverything(); // the map loads when it nears the screen (ui/nearViewport.ts)
  const client = new ApiClient({ fetch: fetchMock, apiKey: () => session.key() });
  app = startApp({ document, window, client, session, observatories: [energie] });
  return { fetchMock };
}

beforeEach(() => window.sessionStorage.clear());

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const rows = (): string[] => [...document.querySelectorAll<HTMLElement>('#energie-sites-tableau tbody tr')].map((tr) => tr.dataset['id']!);

describe('the production sites page', () => {
  it('shows the public view: totals, legend with every kind, the map and the table with the same sites, and the way to sign in', async () => {
    start('/energie/sites');
    await waitFor(() => rows().length === 3 && drawn.sites.length === 3);
    expect(document.querySelector('h1')?.textContent).toBe('Sites de production d’énergie');
    expect(document.title).toContain('Sites de production');
    expect(drawn.sites.sort()).toEqual(rows().sort());
    expect(rows()).not.toContain('methanisation-valhuon');
    expect(document.querySelectorAll('.legend__list li')).toHaveLength(8);
    expect(document.querySelectorAll('.legend__list svg polygon')).toHaveLength(8);
    expect(document.querySelector('.energie-sites__kinds [data-kind="reseau_chaleur"]')?.textContent).toContain('127 points de livraison');
    const note = document.querySelector('[data-audience="public"]')!;
    expect(note.textContent).toContain('Vue publique');
    expect(note.querySelector('a')?.getAttribute('href')).toBe('/connexion?next=/energie/sites');
    expect(document.querySelector('.downloads')?.textContent).toContain('« energie-sites »');
  });

  it('opens a site’s sheet from the table, keeps it in the URL and rings it on the map', async () => {
    start('/energie/sites');
    await waitFor(() => rows().length === 3);
    document.querySelector<HTMLButtonElement>('button[data-site="reseau-chaleur-bethune"]')!.click();
    await waitFor(() => document.querySelector('.energie-site-sheet') !== null);
    expect(window.location.search).toBe('?site=reseau-chaleur-bethune');
    const sheet = document.querySelector('.energie-site-sheet')!;
    expect(sheet.querySelector('h3')?.textContent).toContain('Réseau de chaleur de Béthune');
    expect(sheet.textContent).toContain('Année de création1972');
    expect(sheet.textContent).toContain('Points de livraison127');
    expect(sheet.textContent).toContain('données de démonstration');
    expect(drawn.selected).toBe('reseau-chaleur-bethune');
  });

  it('filters by kind through the URL and the API', async () => {
    const { fetchMock } = start('/energie/sites');
    await waitFor(() => rows().length === 3);
    const select = document.querySelector<HTMLSelectElement>('select[name="kind"]')!;
    select.value = 'methanisation';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => rows().length === 1);
    expect(window.location.search).toBe('?kind=methanisation');
    expect(fetchMock.mock.calls.some(([u]) => String(u).includes('/api/v1/energie/sites?kind=methanisation'))).toBe(true);
  });

  it('shows a partner its territory’s confidential project, marked as such, with its key sent', async () => {
    window.sessionStorage.setItem(
      'observatoires.session',
      JSON.stringify({
        key: KEY,
        identity: { keyId: 3, name: 'CC du Ternois, énergie', role: 'partner_reader', scope: ['epci:200069672'], scopeCommunes: [], editor: false },
      }),
    );
    const { fetchMock } = start('/energie/sites?site=methanisation-valhuon');
    await waitFor(() => document.querySelector('.energie-site-sheet') !== null);
    expect(rows()).toContain('methanisation-valhuon');
    expect(document.querySelector('tr[data-id="methanisation-valhuon"] .badge')?.textContent).toBe('confidentiel');
    expect(document.querySelector('.energie-site-sheet__confidential')?.textContent).toContain('Projet confidentiel');
    expect(document.querySelector('[data-audience="partner"]')?.textContent).toContain('projets confidentiels de votre territoire');
    expect(document.querySelector('.downloads')?.textContent).toContain('« energie-sites-partenaires »');
    const sent = fetchMock.mock.calls.filter(([u]) => String(u).startsWith('/api/v1/energie/sites'));
    expect(sent.every(([, init]) => new Headers(init?.headers).get('Authorization') === `Bearer ${KEY}`)).toBe(true);
  });

  it('says when the site asked for is not among those shown (a confidential one, anonymously)', async () => {
    start('/energie/sites?site=methanisation-valhuon');
    await waitFor(() => rows().length === 3);
    expect(document.querySelector('#fiche')?.textContent).toContain('n’est pas parmi les sites affichés');
  });
});
