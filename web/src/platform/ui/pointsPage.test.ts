// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Context } from '../context';
import type { Route } from '../routes';
import { createPointsPage, type PointsRoute } from './pointsPage';

type Kind = 'ferme' | 'marche';
type TestRoute = PointsRoute<Kind> & { extra: string };
interface Spot {
  name: string;
  kind: Kind;
}

const ROUTE = { view: 'test/points', types: null, map: null, extra: 'kept' } as unknown as TestRoute;

beforeEach(() => {
  // The map waits for the reader to near it: never here (MapLibre does not run in happy-dom).
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe(): void {}
      disconnect(): void {}
    },
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function page(route: TestRoute = ROUTE) {
  const navigated: Route[] = [];
  const ctx = { navigate: (r: Route) => navigated.push(r) } as unknown as Context;
  const created = createPointsPage<Kind, TestRoute, Spot>({
    ctx,
    route,
    slug: 'test',
    types: ['ferme', 'marche'],
    labels: { ferme: 'Vente à la ferme', marche: 'Marché' },
    colours: { ferme: '#E69F00', marche: '#0072B2' },
    toggle: (types, t, on) => {
      const next = (['ferme', 'marche'] as const).filter((k) => (k === t ? on : (types ?? ['ferme', 'marche']).includes(k)));
      return next.length === 2 ? null : next;
    },
    typesLegend: 'Types de point de vente',
    mapLabel: 'Carte des points de vente',
    layer: { id: 'spots', radius: 6, colour: ['get', 'colour'] },
    legendNote: 'La taille du point ne dit rien ici.',
    countTestId: 'spot-count',
    table: {
      caption: 'Les points affichés',
      summary: 'Les points affichés en tableau',
      testId: 'spots-table',
      columns: [
        { key: 'name', label: 'Point', cell: (s) => s.name, sort: (s) => s.name, rowHeader: true },
        { key: 'kind', label: 'Type', cell: (s) => s.kind },
      ],
      sort: { key: 'name', direction: 'ascending' },
    },
  });
  document.body.append(created.typeFilter(), created.count, created.mapLayout, created.table);
  return { created, navigated };
}

const box = (name: string): HTMLInputElement => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

describe('a points page', () => {
  it('checks the route’s types; a box unchecked navigates to the route without that type', () => {
    const { created, navigated } = page();
    expect(document.querySelector('legend')!.textContent).toBe('Types de point de vente');
    expect([box('type-ferme').checked, box('type-marche').checked]).toEqual([true, true]);
    box('type-marche').click();
    expect(navigated).toEqual([{ ...ROUTE, types: ['ferme'] }]);

    created.update({ ...ROUTE, types: ['ferme'] });
    document.body.replaceChildren(created.typeFilter());
    expect([box('type-ferme').checked, box('type-marche').checked]).toEqual([true, false]);
    box('type-marche').click();
    expect(navigated[1]).toEqual({ ...ROUTE, types: null });
  });

  it('announces the count, shows the legend of the types checked and the table of the rows', () => {
    const { created } = page({ ...ROUTE, types: ['marche'] });
    created.list([{ name: 'Marché d’Hesdin', kind: 'marche' }], '1 point de vente affiché : Marché 1.');
    expect(created.count.getAttribute('aria-live')).toBe('polite');
    expect(document.querySelector('[data-testid="spot-count"]')!.textContent).toBe('1 point de vente affiché : Marché 1.');
    expect([...document.querySelectorAll('.points-legend li')].map((li) => li.textContent)).toEqual(['Marché']);
    expect(document.querySelector('.legend')!.textContent).toContain('La taille du point ne dit rien ici.');
    expect(document.querySelector('[data-testid="spots-table"] caption')!.textContent).toBe('Les points affichés (1)');
    expect(document.querySelector('details.alternative summary')!.textContent).toBe('Les points affichés en tableau');
    expect(document.querySelector('[data-testid="spots-table"] tbody th')!.textContent).toBe('Marché d’Hesdin');
  });

  it('waits with the map until the reader nears it, saying it is loading', () => {
    page();
    expect(document.querySelector('#test-map')).not.toBeNull();
    expect(document.querySelector('.map-status')!.textContent).toBe('Chargement de la carte…');
  });
});
