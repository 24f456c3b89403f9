// @vitest-environment happy-dom
/** The catalogue as a whole, in happy-dom, behind the shell: filters, tables and sheets, every choice in the URL. */
import { afterEach, describe, expect, it } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../api/client';
import { startApp, type App } from '../../shell';
import { json, waitFor as waitUntil } from '../../testing/fakeApi';
import { testObservatory } from '../../testing/testObservatory';
import { dashboardApi, EMPLOIS, POPULATION, TAUX } from '../../testing/viewData';

let app: App | null = null;
const waitFor = (predicate: () => boolean): Promise<void> => waitUntil(predicate, 10_000);
const $ = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector);
const rows = (section: string) => [...document.querySelectorAll(`#${section} ~ div tbody th`)].map((th) => th.textContent);

function api() {
  const base = dashboardApi();
  return ((input: RequestInfo | URL, init?: RequestInit) =>
    new URL(String(input), 'http://test').pathname === '/api/v1/indicators'
      ? Promise.resolve(json({ items: [POPULATION, EMPLOIS, { ...TAUX, source: 'URSSAF, taux' }], total: 3 }))
      : base(input, init)) as typeof fetch;
}

async function open(path: string): Promise<void> {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: api() }), observatories: [testObservatory] });
  await waitFor(() => rows('cat-indicators').length > 0);
}

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

describe('the catalogue', { timeout: 30_000 }, () => {
  it('lists the indicators and the layers, filtered by the URL', async () => {
    await open('/catalogue');
    expect(rows('cat-indicators')).toEqual(['Emplois', 'Population', 'Taux d’activité']);
    expect(rows('cat-layers')).toEqual(['Sites d’essai']);
    expect($('.search-status')?.textContent).toBe('3 indicateurs et 1 couche.');
    expect([...$<HTMLSelectElement>('select[name="source"]')!.options].map((o) => o.value)).toEqual(['', 'INSEE', 'URSSAF']);

    const source = $<HTMLSelectElement>('select[name="source"]')!;
    source.value = 'URSSAF';
    source.dispatchEvent(new Event('change'));
    await waitFor(() => rows('cat-indicators').length === 1);
    expect(window.location.search).toBe('?source=URSSAF');
    expect($('#cat-layers ~ div')?.textContent).toBe('Aucune couche ne correspond à ces filtres.');
  });

  it('opens and closes an entry’s sheet', async () => {
    await open('/catalogue?q=emplois');
    expect(rows('cat-indicators')).toEqual(['Emplois']);
    $<HTMLButtonElement>('button[aria-label="Fiche de essai.emplois"]')!.click();
    await waitFor(() => $('.sheet[data-item="indicator:essai.emplois"] .api-links') !== null);
    expect(window.location.search).toBe('?q=emplois&item=indicator:essai.emplois');
    expect($('.sheet h2')?.textContent).toBe('Indicateur : Emplois');
    expect($('.sheet a[data-nav]')?.getAttribute('href')).toBe('/observatories/essai?indicator=essai.emplois');
    [...document.querySelectorAll<HTMLButtonElement>('.sheet button')].find((b) => b.textContent === 'Fermer la fiche')!.click();
    await waitFor(() => $('.sheet') === null);
    expect(window.location.search).toBe('?q=emplois');
  });

  it('says so when the entry of the URL does not exist', async () => {
    await open('/catalogue?item=layer:nope');
    expect($('.sheet-slot [role="alert"]')?.textContent).toBe('La couche « nope » n’existe pas.');
  });
});
