// @vitest-environment happy-dom
/**
 * The dashboard as a whole, in happy-dom, behind the shell (routes, history): the test-only observatory, a fake map
 * (MapLibre needs WebGL) that records what it is given.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../api/client';
import type { ChoroplethMap, ChoroplethOptions } from '../../map/choropleth';
import type { MapPosition } from '../../routes';
import { startApp, type App } from '../../shell';
import { waitFor as waitUntil } from '../../testing/fakeApi';
import { testObservatory } from '../../testing/testObservatory';
import { dashboardApi } from '../../testing/viewData';
import { seeEverything, viewport } from '../../testing/viewport';

const fakeMap = vi.hoisted(() => ({
  options: null as ChoroplethOptions | null,
  calls: [] as string[],
  selected: null as string | null,
  overlays: [] as string[],
  jumps: [] as MapPosition[],
}));

vi.mock('../../map/choropleth', () => ({
  createChoroplethMap: async (_element: HTMLElement, options: ChoroplethOptions): Promise<ChoroplethMap> => {
    fakeMap.options = options;
    return {
      setData: (data, fit) => fakeMap.calls.push(`setData ${data.period} fit=${fit}`),
      setSelected: (id) => (fakeMap.selected = id),
      setOverlays: (layers, visible) => (fakeMap.overlays = layers.map((l) => `${l.id}:${l.title}:${visible.includes(l.id)}`)),
      setLabel: (label) => fakeMap.calls.push(`setLabel ${label}`),
      jumpTo: (position) => fakeMap.jumps.push(position),
      idle: () => Promise.resolve(),
      destroy: () => fakeMap.calls.push('destroy'),
    } as ChoroplethMap;
  },
}));

let app: App | null = null;

/** Generous: the suite may share the machine with a build or the end-to-end tests. */
const waitFor = (predicate: () => boolean): Promise<void> => waitUntil(predicate, 10_000);

async function open(path: string, fetchMock = dashboardApi()): Promise<typeof fetchMock> {
  seeEverything();
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [testObservatory] });
  await waitFor(
    () => document.querySelector('#dashboard-map')?.getAttribute('data-drawn') !== null && !!document.querySelector('.chart__figure, .chart [role="alert"]'),
  );
  return fetchMock;
}

const $ = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector);
const text = (selector: string) => $(selector)?.textContent ?? null;

function choose(name: string, value: string): void {
  const select = $<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

afterEach(() => {
  app?.stop();
  app = null;
  fakeMap.options = null;
  fakeMap.calls = [];
  fakeMap.selected = null;
  fakeMap.overlays = [];
  fakeMap.jumps = [];
  document.documentElement.innerHTML = '';
});

describe('the dashboard', { timeout: 30_000 }, () => {
  it('shows the first indicator at its latest period: controls, key figure, legend, ranking, chart, metadata, downloads', async () => {
    await open('/observatories/essai');
    expect(text('h1')).toBe('Observatoire d’essai');
    expect(text('.breadcrumb__here')).toBe('Observatoire d’essai');
    expect(document.title).toContain('Population — Observatoire d’essai');
    expect([...document.querySelectorAll<HTMLSelectElement>('.controls select')].map((s) => `${s.name}=${s.value}`)).toEqual([
      'indicator=essai.population',
      'period=2022',
      'level=commune',
      'zone=groupement:aula',
      'method=quantile',
      'classes=5',
    ]);
    expect([...$<HTMLSelectElement>('select[name="period"]')!.options].map((o) => o.value)).toEqual(['2022', '2021', '2020', '2019']);
    expect([...$<HTMLSelectElement>('select[name="level"]')!.options].map((o) => o.value)).toEqual(['commune', 'epci']);
    expect($('[data-testid="zone-value"]')?.dataset['value']).toBe('6050');
    // A count (sum): no "écart" after the references; base 100 by default.
    expect(text('.key-figure__refs')).not.toContain('écart');
    expect($<HTMLInputElement>('input[name="index"]')?.checked).toBe(true);
    expect($('.legend')?.dataset['classes']).toBe('3');
    expect(document.querySelectorAll('.legend__class')).toHaveLength(3);
    expect(text('.legend__other')).toContain('Secret statistique (1)');
    expect(document.querySelectorAll('#classement tbody tr')).toHaveLength(4);
    // A count: each commune's share of the zone's total (a gap to it would say nothing), the zone named as French says it.
    expect(text('#classement thead')).toContain('Part dans le périmètre de l’AULA');
    expect(text('#classement tr[data-territory="commune:62001"] td:nth-of-type(4)')).toBe('82,6\u00a0%');
    expect(text('#classement caption')).toBe('Population, 2022 : 4 communes du périmètre de l’AULA');
    expect(text('#classement .ranking__zone')).toBe('Périmètre de l’AULA : 6\u202f050\u00a0habitants (définitive).');
    // The zone's total misses one commune, the département's covers only the perimeter: both say so.
    expect(text('.key-figure__status')).toBe('Valeur définitive · sur 3 des 4 communes');
    expect(text('.key-figure__refs li[data-territory="departement:62"]')).toContain('(sur 318 des 887 communes)');
    expect(text('.key-figure__refs li[data-territory="region:32"]')).not.toContain('communes');
    expect(text('.chart__legend')).toContain('Pas-de-Calais (sur 318 des 887 communes)');
    expect(text('#classement tr[data-territory="commune:62001"] .class-cell')).toBe('3');
    expect($('#dashboard-map')?.dataset['drawn']).toBe('essai.population|2022|commune|groupement:aula|quantile|5');
    expect(fakeMap.calls).toContain('setData 2022 fit=true');
    expect(fakeMap.overlays).toEqual(['essai-sites:Sites d’essai:false']);
    expect(text('#map-title')).toBe('Carte : Population par commune, 2022');
    expect(text('.meta')).toContain('Secret statistique');
    expect($('a[data-download="csv"]')?.getAttribute('download')).toBe('essai.population_commune_groupement-aula_2022.csv');
    expect($('a[data-download="xlsx"]')?.getAttribute('href')).toContain('format=xlsx');
    expect(text('[data-testid="api-url"]')).toContain('/api/v1/indicators/essai.population/values?level=commune&within=groupement');
    expect(text('.chart__legend')).toContain('Périmètre de l’AULA');
  });

  it('follows the controls and the map: period, selection, layers, base 100', async () => {
    const fetchMock = await open('/observatories/essai');
    choose('period', '2019');
    await waitFor(() => $('#dashboard-map')?.dataset['drawn']?.includes('|2019|') === true);
    expect(window.location.search).toBe('?period=2019');
    expect(text('#map-title')).toBe('Carte : Population par commune, 2019');

    fakeMap.options!.onSelect('commune:62002');
    await waitFor(() => $('.selected[data-selected]') !== null);
    expect(window.location.search).toBe('?period=2019&selected=commune:62002');
    expect(text('.selected h3')).toBe('Béthune');
    expect(text('.selected')).toContain('rang 2 sur 4');
    expect(text('.selected a')).toBe('Tableau de bord territorial de Béthune');
    expect(fakeMap.selected).toBe('commune:62002');
    expect($('#classement tr[data-territory="commune:62002"]')?.classList.contains('is-selected')).toBe(true);
    await waitFor(() => document.querySelectorAll('.chart__legend li').length === 4);

    $<HTMLInputElement>('input[name="layer-essai-sites"]')!.click();
    await waitFor(() => fakeMap.overlays[0] === 'essai-sites:Sites d’essai:true');

    const before = fetchMock.mock.calls.length;
    $<HTMLInputElement>('input[name="index"]')!.click();
    await waitFor(() => !!$('.chart__figure') && !text('.chart table caption')?.includes('base 100'));
    expect(fetchMock.mock.calls.slice(before).map(([u]) => new URL(String(u), 'http://test').pathname)).toEqual(['/api/v1/indicators/essai.population/series']);

    fakeMap.options!.onMove({ lon: 2.5, lat: 50.4, zoom: 9 });
    await new Promise((r) => setTimeout(r, 20));
    expect(window.location.search).toContain('map=');
    expect(fetchMock.mock.calls.length).toBe(before + 1);
  });

  it('draws the contours simplified at 100 m, and the full ones once zoomed in from zoom 11', async () => {
    const fetchMock = await open('/observatories/essai');
    const maps = (): string[] =>
      fetchMock.mock.calls
        .map(([u]) => new URL(String(u), 'http://test'))
        .flatMap((u) => (u.pathname.endsWith('/map') ? [u.searchParams.get('resolution')!] : []));
    expect(maps()).toEqual(['medium']);
    fakeMap.options!.onMove({ lon: 2.5, lat: 50.4, zoom: 10.5 });
    await new Promise((r) => setTimeout(r, 20));
    expect(maps()).toEqual(['medium']);
    const draws = fakeMap.calls.filter((c) => c.startsWith('setData')).length;
    fakeMap.options!.onMove({ lon: 2.5, lat: 50.4, zoom: 11.2 });
    await waitFor(() => fakeMap.calls.filter((c) => c.startsWith('setData')).length === draws + 1);
    expect(maps()).toEqual(['medium', 'full']);
    // Drawn in place (no refit), and asked for once: zooming on, or out, keeps them.
    expect(fakeMap.calls.filter((c) => c.startsWith('setData')).at(-1)).toBe('setData 2022 fit=false');
    fakeMap.options!.onMove({ lon: 2.5, lat: 50.4, zoom: 13 });
    fakeMap.options!.onMove({ lon: 2.5, lat: 50.4, zoom: 8 });
    await new Promise((r) => setTimeout(r, 20));
    expect(maps()).toEqual(['medium', 'full']);
    // Another period from there (zoom 8 in the URL): its map simplified again.
    choose('period', '2019');
    await waitFor(() => $('#dashboard-map')?.dataset['drawn']?.includes('|2019|') === true);
    expect(maps()).toEqual(['medium', 'full', 'medium']);
  });

  it('compares a zone with its similar territories, named, when it has a peer group', async () => {
    const api = await open('/observatories/essai?zone=epci:200072460');
    await waitFor(() => !!$('[data-testid="peer-members"]'));
    expect(api.mock.calls.some(([url]) => decodeURIComponent(String(url)).includes('references=departement:62,region:32,groupement:pairs-cabbalr'))).toBe(true);
    expect(text('[data-territory="groupement:pairs-cabbalr"]')).toContain('Territoires similaires à la CABBALR');
    expect(text('[data-testid="peer-members"]')).toBe(' — recalculé sur CA Douaisis Agglo et CA Valenciennes Métropole');
  });

  it('says so when the indicator or the period does not exist', async () => {
    await open('/observatories/essai?indicator=essai.taux&period=1990');
    expect(text('.notice-slot [role="alert"]')).toContain('La période « 1990 » n’existe pas pour cet indicateur');
    expect($<HTMLSelectElement>('select[name="period"]')?.value).toBe('2022');
    // A ratio: the gap to the references is said, and the ranking's column is the gap.
    expect(text('.key-figure__refs')).toContain('(écart');
    await waitFor(() => text('#classement thead')?.includes('Écart') === true);
    expect(text('#classement thead')).toContain('Écart au périmètre de l’AULA (points)');
    expect($<HTMLInputElement>('input[name="index"]')?.checked).toBe(false);
    app!.context.navigate(app!.context.router.parse('/observatories/essai', '?indicator=nope'));
    await waitFor(() => text('.notice-slot')?.includes('« nope » n’existe pas') === true);
    expect($('.notice-slot a')?.getAttribute('href')).toBe('/observatories/essai');
  });

  it('loads the map and its data, and the chart, only when they near the screen', async () => {
    const screen = viewport();
    const fetchMock = dashboardApi();
    document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
    window.history.replaceState(null, '', '/observatories/essai');
    app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [testObservatory] });
    await waitFor(() => $('[data-testid="zone-value"]') !== null && $('#classement table') !== null && $('.legend') !== null);
    const asked = (): string[] => fetchMock.mock.calls.map(([u]) => new URL(String(u), 'http://test').pathname);
    expect(fakeMap.options).toBeNull();
    expect(asked()).not.toContain('/api/v1/indicators/essai.population/map');
    expect($('.chart__figure')).toBeNull();
    expect(text('.chart')).toBe('Chargement de la série…');

    screen.reveal('#dashboard-map');
    await waitFor(() => $('#dashboard-map')?.getAttribute('data-drawn') !== null);
    expect(fakeMap.options).not.toBeNull();
    expect(asked().filter((path) => path.endsWith('/map'))).toHaveLength(1);
    screen.reveal('.chart');
    await waitFor(() => $('.chart__figure svg') !== null);
  });

  it('names an unknown observatory', async () => {
    seeEverything();
    document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
    window.history.replaceState(null, '', '/observatories/nope');
    app = startApp({ document, window, client: new ApiClient({ fetch: dashboardApi() }), observatories: [testObservatory] });
    await waitFor(() => text('h1') === 'Observatoire introuvable');
    expect(text('[role="alert"]')).toContain('Il n’y a pas d’observatoire « nope »');
    expect($('.controls')).toBeNull();
    expect($('#classement')).toBeNull();
  });

  it('shows each block’s failure on its own, with a retry', async () => {
    await open('/observatories/essai', dashboardApi({ '/api/v1/indicators/essai.population/values': () => new Response('{}', { status: 500 }) }));
    await waitFor(() => $('#classement [role="alert"]') !== null);
    expect(text('#classement button')).toBe('Réessayer');
    expect($('[data-testid="zone-value"]')).not.toBeNull();
    expect($('.legend')).not.toBeNull();
  });

  it('projects the zone’s series to 2030 and 2050, says it is a projection, and keeps the method in the URL', async () => {
    const fetchMock = await open('/observatories/essai');
    await waitFor(() => $('[data-testid="projection-milestones"]') !== null && $('.projection__figure svg') !== null);
    expect(text('.projection-note')).toContain('Projection, pas une donnée');
    expect(text('[data-testid="projection-milestones"]')).toContain('en 2030');
    expect(text('[data-testid="projection-targets"]')).toContain('objectif non atteint');
    // A count: no bounded model offered.
    expect([...$<HTMLSelectElement>('select[name="projection"]')!.options].map((o) => o.value)).toEqual(['', 'linear', 'compound']);
    choose('projection', 'compound');
    await waitFor(() => window.location.search.includes('projection=compound'));
    await waitFor(() => fetchMock.mock.calls.some(([u]) => String(u).includes('/projection?') && String(u).includes('method=compound')));
  });
});
