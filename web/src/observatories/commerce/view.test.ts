// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, waitFor } from '../../platform/testing/fakeApi';
import { commerce } from '.';
import { COMMERCE_API } from './fixtures';

let app: App | null = null;

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

function start(url: string) {
  const fetchMock = fakeApi(COMMERCE_API);
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', url);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [commerce] });
  return fetchMock;
}

const text = (selector: string): string => document.querySelector(selector)?.textContent ?? '';
const rows = (selector: string): string[] => [...document.querySelectorAll(`${selector} tbody tr`)].map((r) => r.querySelector('th')?.textContent ?? '');

describe('the commerce dashboard', () => {
  it('shows the territory’s key figures with their change, the centralities by vacancy and the changes, filtered from the URL', async () => {
    const fetchMock = start('/commerce?territory=epci:246200299&changement=closure');
    await waitFor(() => document.querySelector('[data-testid="vacancy"]') !== null && document.querySelector('[data-testid="changes-count"]') !== null);
    const asked = fetchMock.mock.calls.map(([u]) => String(u));
    expect(asked).toContain('/api/v1/indicators/commerce.taux_vacance/series?territories=epci:246200299');
    expect(asked).toContain('/api/v1/commerce/centralities?territory=epci:246200299');
    expect(asked).toContain('/api/v1/commerce/surveys/compare?from=1&to=2&territory=epci:246200299');
    expect(text('[data-testid="vacancy"]')).toBe('25\u00a0%');
    expect(text('[data-testid="active"]')).toBe('2');
    expect(document.querySelector('[data-testid="vacancy"]')?.closest('li')?.textContent).toContain('+25\u00a0pts (0\u00a0% en 2021), en hausse');
    expect(rows('[data-testid="centralities-table"]')).toEqual(['Centre-ville de Béthune', 'Centre-ville de Lens']);
    expect(document.querySelector('a[data-centrality="bethune-centre"]')?.getAttribute('href')).toBe('/commerce/centralites/bethune-centre');
    expect(text('[data-testid="changes-count"]')).toBe('1 changement sur 3');

    // Another kind of change: a new URL, the list filtered again without a new request.
    const calls = fetchMock.mock.calls.length;
    const select = document.querySelector<HTMLSelectElement>('select[name="changement"]')!;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => text('[data-testid="changes-count"]') === '3 changements sur 3');
    expect(window.location.search).toBe('?territory=epci:246200299');
    expect(fetchMock.mock.calls.length).toBe(calls);
  });
});

describe('the outlets map', () => {
  it('counts, lists and keys the cells the checkboxes keep, and the URL follows the boxes', async () => {
    start('/commerce/carte?statut=active,travaux');
    await waitFor(() => document.querySelector('#commerce-count') !== null);
    expect(document.querySelector('#commerce-count')?.getAttribute('data-shown')).toBe('3');
    expect([...document.querySelectorAll('[data-testid="legend"] li')].map((li) => li.getAttribute('data-key'))).toEqual(['alimentaire', 'chr', 'travaux']);
    expect(rows('[data-testid="cells-table"]')).toEqual(['BET-0004', 'Commerce BET-0001', 'Commerce BET-0002']);

    const box = document.querySelector<HTMLInputElement>('input[name="activite-chr"]')!;
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    await waitFor(() => document.querySelector('#commerce-count')?.getAttribute('data-shown') === '2');
    expect(window.location.search).toBe(
      '?activite=alimentaire,equipement_personne,equipement_maison,culture_loisirs,hygiene_sante_beaute,services,automobile,autre&statut=active,travaux',
    );
    expect([...document.querySelectorAll('[data-testid="legend"] li')].map((li) => li.getAttribute('data-key'))).toEqual(['alimentaire', 'travaux']);
  });

  it('opens a cell’s panel from the table, with its centrality’s link, and closes it', async () => {
    start('/commerce/carte');
    await waitFor(() => document.querySelector('a[data-cell="BET-0003"]') !== null);
    document.querySelector<HTMLAnchorElement>('a[data-cell="BET-0003"]')!.click();
    await waitFor(() => document.querySelector('#commerce-cellule-titre') !== null);
    expect(window.location.search).toBe('?cellule=BET-0003');
    expect(text('#commerce-cellule-titre')).toBe('Cellule BET-0003');
    expect(text('[data-testid="cell-status"]')).toBe('Vacante');
    expect(text('#commerce-cellule')).toContain('aucune (dernière connue : équipement de la personne)');
    expect(document.querySelector('#commerce-cellule a[href="/commerce/centralites/bethune-centre"]')?.textContent).toBe('Centre-ville de Béthune');
  });
});

describe('a centrality’s sheet', () => {
  it('shows its figures, its peers with itself marked, and its changes', async () => {
    start('/commerce/centralites/bethune-centre');
    await waitFor(() => document.querySelector('[data-testid="peers-table"]') !== null && document.querySelector('[data-testid="sheet-compare"]') !== null);
    expect(text('h1')).toBe('Centre-ville de Béthune');
    expect(text('[data-testid="sheet-vacancy"]')).toBe('25\u00a0%');
    expect([...document.querySelectorAll('[data-testid="peers-table"] [data-peer]')].map((e) => e.textContent)).toEqual([
      'Centre-ville de Béthune (cette centralité)',
      'Centre-ville de Lens',
    ]);
    expect(text('[data-testid="sheet-compare"]')).toContain('1 ouvertures, 1 fermetures');
  });

  it('says a centrality that does not exist', async () => {
    start('/commerce/centralites/nulle-part');
    await waitFor(() => document.querySelector('[role="alert"]') !== null);
    expect(text('h1')).toBe('Centralité inconnue');
    expect(text('[role="alert"]')).toContain('Il n’y a pas de centralité « nulle-part ».');
  });
});
