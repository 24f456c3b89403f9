// @vitest-environment happy-dom
/**
 * The technicians' catalogue behind the shell, against a simulated API: facets and the URL, back and forward, the
 * result count announced, a dataset's page (preview, downloads, recipes, citation), the agency's parts shown to the
 * agency only, and the API's problems said in French.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../api/client';
import { Session } from '../../auth/session';
import { startApp, type App } from '../../shell';
import { fakeApi, json, waitFor as waitUntil } from '../../testing/fakeApi';
import { EMPLOI, EMPLOI_DATASET, FRICHES, FRICHES_DATASET, page, REFUSED } from './fixtures';
import type { DatasetSummary } from './types';

let app: App | null = null;
const waitFor = (predicate: () => boolean): Promise<void> => waitUntil(predicate, 10_000);
const $ = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector);
const titles = () => [...document.querySelectorAll('.dataset-result__title')].map((e) => e.textContent);

/** The datasets' routes: the list filtered by observatory like the API, each dataset, the imports, the CSV. */
function catalogueApi(overrides: Record<string, () => Response> = {}) {
  const all: DatasetSummary[] = [EMPLOI, FRICHES];
  return fakeApi(
    {
      '/api/v1/datasets': (url) => {
        const observatory = url.searchParams.get('observatory');
        const items = all.filter((d) => !observatory || d.observatory.slug === observatory);
        return json(page(items));
      },
      '/api/v1/datasets/emploi.urssaf': () => json(EMPLOI_DATASET),
      '/api/v1/datasets/friches-sites': () => json(FRICHES_DATASET),
      '/api/v1/indicators/emploi.salaries_prives/values': () =>
        new Response('territoire,periode,valeur\ncommune:62119,2024-Q4,1200\ncommune:62498,2024-Q4,"3 400"\n', { headers: { 'Content-Type': 'text/csv' } }),
      '/ogc/collections/friches-sites/items': () =>
        json({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [2.6, 50.5] }, properties: { nom: 'Ancienne sucrerie' } }],
        }),
      '/api/v1/imports': (url) =>
        json({
          items:
            url.searchParams.get('outcome') === 'refused'
              ? [REFUSED]
              : [{ ...REFUSED, outcome: 'imported', rows: { new: null, revised: null, unchanged: null, refused: null, written: 1200, replaced: 1180 } }],
          total: 1,
        }),
    },
    overrides,
  );
}

async function agencySession(): Promise<Session> {
  const session = new Session(null);
  await session.signIn('obs_testtest_abcdefghijabcdefghijabcdefghij', () =>
    Promise.resolve({ keyId: 1, name: 'Agence', role: 'agency_editor', scope: [], scopeCommunes: [], editor: true }),
  );
  return session;
}

function start(path: string, fetchMock: typeof fetch, session = new Session(null)): void {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock, apiKey: () => session.key() }), session, observatories: [] });
}

const requested = (mock: ReturnType<typeof fakeApi>, path: string) => mock.mock.calls.some(([input]) => String(input).includes(path));

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

describe('the technicians’ catalogue', { timeout: 30_000 }, () => {
  it('is in the site’s menu, and finds datasets by facets kept in the URL, back and forward included', async () => {
    const api = catalogueApi();
    start('/donnees', api);
    await waitFor(() => titles().length === 2);
    expect($('.site-nav a[aria-current="page"]')?.getAttribute('href')).toBe('/donnees');
    expect($('.search-status')?.textContent).toBe('2\u00a0jeux de données trouvés.');
    expect($('.search-status')?.getAttribute('aria-live')).toBe('polite');
    expect($('[data-facet="observatory"] a[data-value="friches"]')?.textContent).toBe('Observatoire des friches (1)');
    expect($('[data-facet="access"] a[data-value="partner"]')?.textContent).toBe('Partenaires (1)');
    expect($('.dataset-result[data-id="emploi.urssaf"]')?.textContent).toContain('Formats : CSV, XLSX, API');

    $<HTMLAnchorElement>('[data-facet="observatory"] a[data-value="friches"]')!.click();
    await waitFor(() => titles().length === 1);
    expect(window.location.search).toBe('?observatory=friches');
    expect(titles()).toEqual(['Sites en friche']);
    expect($('.search-status')?.textContent).toBe('1\u00a0jeu de données trouvé.');
    const chosen = $('[data-facet="observatory"] a[aria-current="true"]');
    expect(chosen?.getAttribute('href')).toBe('/donnees');
    expect(chosen?.textContent).toContain('filtre actif');

    window.history.back();
    await waitFor(() => window.location.search === '' && titles().length === 2);
    window.history.forward();
    await waitFor(() => window.location.search === '?observatory=friches' && titles().length === 1);
  });

  it('says when nothing matches', async () => {
    start('/donnees?q=zzz', catalogueApi({ '/api/v1/datasets?q=zzz': () => json(page([])) }));
    await waitFor(() => $('.empty') !== null);
    expect($('.search-status')?.textContent).toBe('Aucun jeu de données ne correspond à ces critères.');
    expect($<HTMLInputElement>('input[name="q"]')!.value).toBe('zzz');
  });

  it('shows the API’s problem details in French', async () => {
    const problem = () =>
      json({ title: 'Bad Request', status: 400, detail: 'updatedSince : date invalide.', errors: [{ name: 'updatedSince', reason: 'date invalide.' }] }, 400);
    start('/donnees', catalogueApi({ '/api/v1/datasets': problem }));
    await waitFor(() => $('[role="alert"]') !== null);
    expect($('[role="alert"] .alert__title')?.textContent).toBe('La demande n’a pas pu être traitée par le service de données.');
    expect($('[role="alert"] .alert__detail')?.textContent).toContain('updatedSince : date invalide.');
  });

  it('shows a dataset’s metadata, its first rows, every download with its size, the recipes and the citation', async () => {
    const api = catalogueApi();
    start('/donnees/emploi.urssaf', api);
    await waitFor(() => $('.preview-table') !== null);
    expect($('h1')?.textContent).toBe('Emploi salarié privé (URSSAF)');
    expect($('.preview-table caption')?.textContent).toBe('Les 2 premières lignes de « Salariés du secteur privé : valeurs par commune (CSV) »');
    expect(document.title).toContain('Emploi salarié privé (URSSAF)');
    expect($('#dataset-meta + dl')?.textContent).toContain('Fréquence de mise à jourtrimestrielle');
    expect($('#dataset-meta + dl')?.textContent).toContain('URSSAF — millésime 2024-Q4');
    expect($('#dataset-meta + dl')?.textContent).toContain('Couverture temporelledu 1er janvier 2013 au 31 décembre 2024');
    expect([...document.querySelectorAll('.preview-table tbody tr')].map((tr) => tr.textContent)).toEqual([
      'commune:621192024-Q41200',
      'commune:624982024-Q43 400',
    ]);
    const downloads = [...document.querySelectorAll('.downloads-list li')].map((li) => li.textContent);
    expect(downloads).toEqual([
      'Salariés du secteur privé : valeurs par commune (CSV) — CSV, 1,5\u00a0Mo',
      'Salariés du secteur privé : valeurs par commune (XLSX) — XLSX, taille inconnue',
      'API REST — API, taille inconnue',
    ]);
    expect($<HTMLAnchorElement>('.downloads-list [data-format="XLSX"] a')?.href).toBe(
      'https://observatoires.aula.fr/api/v1/indicators/emploi.salaries_prives/values?level=commune&format=xlsx',
    );
    expect([...document.querySelectorAll('.recipe code')].map((c) => c.textContent)).toContain(
      "curl -o emploi.salaries_prives.csv 'https://observatoires.aula.fr/api/v1/indicators/emploi.salaries_prives/values?level=commune&format=csv'",
    );
    expect($('.citation__text')?.textContent).toMatch(
      /^Agence d’urbanisme de l’Artois, « Emploi salarié privé \(URSSAF\) », 2025\. http:\/\/localhost:3000\/donnees\/emploi\.urssaf \(consulté le \d+ \S+ \d{4}\)\.$/,
    );
    expect($('.citation button')?.textContent).toBe('Copier la citation');
    // Not the agency: no lineage, and the imports' log is never asked for.
    expect($('#dataset-lineage')).toBeNull();
    expect(requested(api, '/api/v1/imports')).toBe(false);
  });

  it('previews a layer’s first objects and gives its OGC recipes', async () => {
    start('/donnees/friches-sites', catalogueApi());
    await waitFor(() => $('.preview-table') !== null);
    expect($('.preview-table caption')?.textContent).toBe('Le premier objet de la couche');
    expect($('.preview-table td')?.textContent).toBe('Ancienne sucrerie');
    expect($('.preview-map')?.getAttribute('data-layer')).toBe('friches-sites');
    // The layer as a spreadsheet, among its downloads.
    expect($<HTMLAnchorElement>('.downloads-list [data-format="XLSX"] a')?.href).toBe(
      'https://observatoires.aula.fr/ogc/collections/friches-sites/items?f=xlsx',
    );
    expect($('.recipes .note')?.textContent).toContain('OBSERVATOIRES_CLE');
    expect([...document.querySelectorAll('.recipe h3')].map((e) => e.textContent)).toEqual([
      'CSV avec curl',
      'GeoPackage avec curl',
      'GeoPackage avec GDAL (ogr2ogr)',
      'QGIS (OGC API - Features)',
    ]);
  });

  it('shows the agency its lineage, the datasets’ health and the refused imports; nobody else', async () => {
    const api = catalogueApi({
      '/api/v1/datasets/emploi.urssaf': () => json({ ...EMPLOI_DATASET, health: { stale: true, expectedBy: '2025-06-30' } }),
    });
    start('/donnees', api);
    await waitFor(() => titles().length === 2);
    expect($('.donnees-watch-toggle a')).toBeNull();
    app!.stop();

    const session = await agencySession();
    start('/donnees/emploi.urssaf', api, session);
    await waitFor(() => $('#dataset-lineage ~ div table') !== null);
    expect(requested(api, '/api/v1/imports?module=emploi&limit=20')).toBe(true);
    expect($('#dataset-lineage ~ div tbody td.import-outcome')?.textContent).toBe('importé');
    expect($('#dataset-lineage ~ div tbody tr')?.textContent).toContain('1\u202f200 (1\u202f180)');
    expect($('#dataset-lineage ~ div tbody tr')?.textContent).toContain('SHA-256 ab12cd34ef56…');
    expect($('#dataset-meta + dl')?.textContent).toContain('En retard : mise à jour attendue au plus tard le 30 juin 2025');
    app!.stop();

    start('/donnees', api, session);
    await waitFor(() => $('.donnees-watch-toggle a') !== null);
    $<HTMLAnchorElement>('.donnees-watch-toggle a')!.click();
    await waitFor(() => $('.watch-list') !== null && $('.watch table') !== null);
    expect(window.location.search).toBe('?watch=1');
    expect([...document.querySelectorAll('.watch-list li')].map((li) => li.getAttribute('data-id'))).toEqual(['emploi.urssaf']);
    expect($('.watch table tbody td.import-outcome')?.textContent).toBe('refusé');
    expect($('.watch table tbody')?.textContent).toContain('urssaf-2024T4.csv');
  });

  it('downloads a partner’s file with the session’s key, never in the URL', async () => {
    const api = catalogueApi({
      '/ogc/collections/friches-sites/items?f=csv': () =>
        new Response('nom\nAncienne sucrerie\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="friches.csv"' } }),
    });
    const session = new Session(null);
    await session.signIn('obs_partnerx_abcdefghijabcdefghijabcdefghij', () =>
      Promise.resolve({ keyId: 2, name: 'CABBALR', role: 'partner_reader', scope: ['epci:200072460'], scopeCommunes: [], editor: false }),
    );
    start('/donnees/friches-sites', api, session);
    await waitFor(() => $('.downloads-list [data-format="CSV"] a') !== null);
    expect($('#dataset-lineage')).toBeNull();
    // The file is saved through a temporary link, clicked by the page: caught here (happy-dom would follow it).
    const saved: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this);
    });
    $('.downloads-list [data-format="CSV"] a')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    await waitFor(() => saved.length === 1);
    click.mockRestore();
    expect(saved[0]!.download).toBe('friches.csv');
    expect(saved[0]!.href).toMatch(/^blob:/);
    const call = api.mock.calls.find(([input]) => String(input) === '/ogc/collections/friches-sites/items?f=csv')!;
    expect((call[1]!.headers as Record<string, string>)['Authorization']).toBe('Bearer obs_partnerx_abcdefghijabcdefghijabcdefghij');
    await waitFor(() => $('.downloads-status')?.textContent === '');
  });

  it('never shows the watch to a visitor, even from a shared URL', async () => {
    const api = catalogueApi();
    start('/donnees?watch=1', api);
    await waitFor(() => titles().length === 2);
    expect($('.watch')).toBeNull();
    expect(requested(api, '/api/v1/imports')).toBe(false);
  });
});
