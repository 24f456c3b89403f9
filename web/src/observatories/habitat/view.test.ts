// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { startApp, type App } from '../../platform/shell';
import { waitFor } from '../../platform/testing/fakeApi';
import { habitat } from '.';
import { habitatApi } from './fixtures';

// The charts themselves are Plot's: here, one image each, named after what it draws.
const svg = (label: string): Element => {
  const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', label);
  return element;
};
vi.mock('../../platform/charts/seriesChart', () => ({ seriesChart: () => svg('construction') }));
vi.mock('./prix/chart', () => ({ priceChart: () => svg('prices'), distributionChart: () => svg('distribution') }));
vi.mock('./plh/chart', () => ({ objectiveChart: (o: { code: string }) => svg(o.code) }));

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): void {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [habitat] });
}

afterEach(() => {
  vi.unstubAllGlobals();
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const text = (selector: string, within: ParentNode = document): string => (within.querySelector(selector)?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
const value = (selector: string): string | null | undefined => document.querySelector(selector)?.getAttribute('data-value');
const urls = (fetchMock: ReturnType<typeof habitatApi>['fetchMock']): string[] => fetchMock.mock.calls.map(([input]) => decodeURIComponent(String(input)));

describe('the housing key figures', () => {
  it('shows the API’s latest figures of the URL’s territory against the Pas-de-Calais, and the construction each year', async () => {
    const { fetchMock } = habitatApi();
    start('/habitat?territory=epci:246200364', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="habitat.taille_menages"]') !== null && document.querySelector('.habitat-chart svg') !== null);
    expect(text('h1')).toBe('Chiffres clés de l’habitat — CA de Lens-Liévin');
    expect(value('[data-testid="habitat.logements"]')).toBe('119150');
    expect(text('[data-testid="habitat.part_logements_sociaux"]')).toBe('38,9 %');
    expect(text('[data-testid="habitat.part_logements_sociaux"] + ul')).toContain('Pas-de-Calais : 20,3 %');
    expect(text('[data-testid="habitat.taille_menages"]')).toBe('2,28 personnes par ménage');
    expect(text('[data-testid="habitat.taille_menages"] + ul')).toMatch(/[−-]0,03 depuis 2019/);
    expect(value('[data-testid="Logements autorisés-2021"]')).toBe('700');
    expect(value('[data-testid="Logements commencés-2020"]')).toBe('430');
    // Each indicator asked once, for the territory and the département.
    expect(urls(fetchMock).filter((u) => u.includes('/series?territories=epci:246200364,departement:62'))).toHaveLength(8);
    // The other two pages, on the same territory for the prices.
    expect(document.querySelector('a[href="/habitat/prix?territory=epci:246200364"]')).not.toBeNull();
    expect(document.querySelector('a[href="/habitat/plh"]')).not.toBeNull();
  });
});

describe('the property prices', () => {
  it('shows the medians and quartiles by year, and the secrecy notice without a number wherever the API says secret', async () => {
    const { fetchMock } = habitatApi();
    start('/habitat/prix?territory=epci:246200364', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="bin-0"]') !== null);
    expect(text('h1')).toBe('Prix de l’immobilier — CA de Lens-Liévin');
    expect(value('[data-testid="median-maison"]')).toBe('1400');
    expect(text('[data-testid="median-maison"]')).toBe('1 400 €/m²');
    expect(value('[data-testid="price-appartement-2023"]')).toBe('1680');
    expect(value('[data-testid="q3-appartement-2023"]')).toBe('1980');
    // 2024's flats: fewer than 11 sales.
    expect(text('[data-testid="median-appartement"]')).toBe('secret statistique : moins de 11 ventes');
    expect(value('[data-testid="median-appartement"]')).toBe('');
    expect(text('[data-testid="price-appartement-2024"]')).toBe('secret statistique : moins de 11 ventes');
    expect(document.querySelector('[data-testid="q1-appartement-2024"]')).toBeNull();
    // The distribution of the latest year's houses, with its open ends.
    expect(value('[data-testid="bin-0"]')).toBe('250');
    expect(document.body.textContent!.replace(/[\u00a0\u202f]/g, ' ')).toContain('moins de 1 150 €/m²');
    expect(document.body.textContent!.replace(/[\u00a0\u202f]/g, ' ')).toContain('1 700 €/m² et plus');
    expect(document.querySelector<HTMLAnchorElement>('[data-testid="csv"]')!.getAttribute('href')).toBe('/api/v1/habitat/prices/epci:246200364?format=csv');
    expect(document.querySelector<HTMLSelectElement>('select[name="year"]')!.value).toBe('2024');
  });

  it('asks the URL’s year and type of the distribution, and says when it is secret', async () => {
    const { fetchMock } = habitatApi();
    start('/habitat/prix?territory=epci:246200364&year=2024&type=appartement', fetchMock);
    await waitFor(() => document.querySelector('[data-testid="distribution-secret"]') !== null);
    expect(text('[data-testid="distribution-secret"]')).toBe('secret statistique : moins de 11 ventes');
    expect(document.querySelector('[data-testid="bin-0"]')).toBeNull();
    expect(urls(fetchMock).some((u) => u.includes('/distribution?year=2024&type=appartement'))).toBe(true);
    expect(document.querySelector<HTMLSelectElement>('select[name="type"]')!.value).toBe('appartement');
  });
});

describe('the PLH follow-up', () => {
  it('sums up the review, then shows each objective against its target with its status in words and its chart', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { fetchMock } = habitatApi();
    start('/habitat/plh', fetchMock);
    await waitFor(() => document.querySelector('.plh-cards')?.getAttribute('data-drawn') === '2');
    expect(text('[data-testid="summary"]')).toBe('1 objectif sur 2 dans la trajectoire');
    const [built, passoires] = [...document.querySelectorAll<HTMLElement>('.plh-card')];
    expect(built!.dataset['code']).toBe('logements-autorises');
    expect(text('[data-testid="status"]', built)).toBe('Dans la trajectoire');
    expect(text('[data-testid="target"]', built)).toBe('850 logements par an de 2023 à 2028 (5 100 au total)');
    expect(built!.querySelector('[data-testid="done"]')!.getAttribute('data-value')).toBe('1440');
    expect(text('[data-testid="status"]', passoires)).toBe('En retard');
    expect(text('[data-testid="baseline"]', passoires)).toBe('21,5 %');
    expect(passoires!.querySelector('[data-testid="chart"] svg[role="img"]')?.getAttribute('aria-label')).toBe('passoires-thermiques');
    const rows = [...passoires!.querySelectorAll('details.alternative tbody tr')].map((r) => r.querySelector('th')?.textContent);
    expect(rows).toEqual(['2022', '2023', '2024', '2028']);
    expect(text('.note', passoires)).toContain('démonstration');
  });
});
