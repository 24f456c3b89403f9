// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, json, waitFor } from '../../platform/testing/fakeApi';
import { transitions } from '.';
import { INNER, OUTER, wedgeLength } from './donut';
import { THEMES } from './dashboardView';
import { DONUT, MATRIX } from './fixtures';

// MapLibre needs WebGL: the map here records what it is given.
const drawn: { features: { properties: { id: string; colour: string; status: string | null } }[] }[] = [];
vi.mock('../../platform/map/choropleth', () => ({
  createChoroplethMap: () =>
    Promise.resolve({
      setData: (data: (typeof drawn)[number]) => drawn.push(data),
      setLabel: () => {},
      setSelected: () => {},
      setOverlays: () => {},
      jumpTo: () => {},
      idle: () => Promise.resolve(),
      destroy: () => {},
    }),
}));

// The projection's content is the platform's (tested there): here, what it was given.
const projected: { code: string; territory: string; csv: string }[] = [];
vi.mock('../../platform/views/dashboard/projectionContent', () => ({
  renderProjection: (slot: HTMLElement, answer: { indicator: { code: string }; territory: { id: string } }, csv: string) => {
    projected.push({ code: answer.indicator.code, territory: answer.territory.id, csv });
    slot.textContent = 'Projection, pas une donnée';
  },
}));

let app: App | null = null;

function start(path: string, fetchMock: typeof fetch): void {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [transitions] });
}

afterEach(() => {
  app?.stop();
  app = null;
  drawn.length = 0;
  projected.length = 0;
  vi.unstubAllGlobals();
  document.documentElement.innerHTML = '';
});

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the Donut', () => {
  it('saturates a wedge’s length with its gap: nothing inside the safe space, half the room at twice the bound', () => {
    expect(wedgeLength(0, 50)).toBe(0);
    expect(wedgeLength(-0.3, 50)).toBe(0);
    expect(wedgeLength(1, 50)).toBe(25);
    expect(wedgeLength(3, 40)).toBe(30);
    expect(INNER).toBeLessThan(OUTER);
  });

  it('draws a wedge per dimension and a table with every figure, a réservé one without any', async () => {
    start('/transitions/donut', fakeApi({ '/api/v1/transitions/donut/groupement:aula': () => json(DONUT) }));
    await waitFor(() => document.querySelector('.transitions-donut')?.getAttribute('data-drawn') === '1');
    const chart = document.querySelector('svg.donut-chart')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Donut du périmètre de l’AULA, 4 dimensions : 1 sous le plancher social, 1 au-delà du plafond écologique, 1 dans l’espace juste et sûr, 1 réservée.',
    );
    expect(chart.querySelectorAll('.donut-wedge--beyond')).toHaveLength(2);
    expect(chart.querySelectorAll('.donut-wedge--unknown')).toHaveLength(1);
    const rows = [...document.querySelectorAll('.transitions-donut tbody tr')];
    expect(rows.map((r) => text(r.querySelector('th')))).toEqual([
      'Pauvreté monétaire',
      'Accès au logement social',
      'Changement climatique',
      'Proximité Seveso',
    ]);
    expect(text(rows[0]!.querySelector('[data-status]'))).toBe('+24,1 % sous le plancher social');
    expect(text(rows[1]!.querySelector('[data-status]'))).toBe('dans l’espace juste et sûr (marge +25,0 %)');
    expect(text(rows[2]!.querySelector('[data-status]'))).toBe('+275,0 % au-delà du plafond écologique');
    expect(text(rows[3]!)).toContain('réservé');
    expect(text(rows[3]!)).not.toMatch(/\d+,\d/);
  });
});

describe('the risk matrix', () => {
  it('shows each cell’s class in words on its colour, réservé where hidden, and maps the chosen risk by class', async () => {
    const contours = {
      type: 'FeatureCollection',
      features: ['commune:62119', 'commune:62178'].map((id) => ({
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [2.6, 50.5],
              [2.7, 50.5],
              [2.7, 50.6],
              [2.6, 50.5],
            ],
          ],
        },
        properties: { id, level: 'commune', code: id.slice(8), name: id, population: 1 },
      })),
    };
    start(
      '/transitions/risques?risk=inondation',
      fakeApi({ '/api/v1/transitions/risques': () => json(MATRIX) }, { '/api/v1/territories?level=commune': () => json(contours) }),
    );
    await waitFor(() => document.querySelector('.transitions-table')?.getAttribute('data-drawn') === '1' && drawn.length > 0);
    const cell = (territory: string, risk: string) => document.querySelector(`tr[data-territory="${territory}"] td[data-risk="${risk}"]`)!;
    expect(text(cell('commune:62119', 'inondation'))).toBe('fort (0,36)');
    expect(cell('commune:62119', 'inondation').getAttribute('style')).toContain('#d7301f');
    expect(text(cell('commune:62178', 'inondation'))).toBe('faible (0,01)');
    expect(text(cell('commune:62119', 'industriel'))).toBe('réservé');
    expect(drawn[0]!.features.map((f) => f.properties.colour)).toEqual(['#d7301f', '#fef0d9']);
    expect(text(document.querySelector('.transitions-bases'))).toContain('indicateur réservé');
  });
});

describe('the transitions dashboard', () => {
  it('projects each theme’s key indicators for the territory chosen, a hidden one said réservé', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const codes = THEMES.flatMap((t) => t.indicators);
    const answer = (code: string) => (url: URL) => json({ indicator: { code }, territory: { id: url.searchParams.get('territory') } });
    const routes = Object.fromEntries(codes.filter((c) => c !== 'habitat.part_passoires').map((c) => [`/api/v1/indicators/${c}/projection`, answer(c)]));
    start('/transitions?territory=epci:200072460', fakeApi(routes));
    await waitFor(() => document.querySelectorAll('.transitions-projection[data-drawn="1"]').length === codes.length);
    expect([...document.querySelectorAll('.transitions-themes h2')].map((e) => e.textContent)).toEqual(THEMES.map((t) => t.title));
    expect(projected.map((p) => p.code).sort()).toEqual(codes.filter((c) => c !== 'habitat.part_passoires').sort());
    expect(new Set(projected.map((p) => p.territory))).toEqual(new Set(['epci:200072460']));
    expect(projected.find((p) => p.code === 'zan.consommation_ha')!.csv).toBe(
      '/api/v1/indicators/zan.consommation_ha/projection?territory=epci:200072460&format=csv',
    );
    expect(text(document.querySelector('[data-code="habitat.part_passoires"]'))).toBe('Indicateur réservé ou absent du catalogue.');
  });
});
