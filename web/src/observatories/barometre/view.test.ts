// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
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
});

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
    expect(link?.getAttribute('href')).toBe('/api/v1/barometre/groupement%3Apma/2024-Q4.pdf');
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
});
