import { describe, expect, it } from 'vitest';
import type { WhatIfResponse } from './api';
import { whatIf } from './fixtures';
import { frichesRoute } from './route';
import { onlyMapMoved, routeChanges, simulatedScores } from './state';

describe('the page’s state', () => {
  const route = frichesRoute({ epci: 'epci:246200299', minScore: 50 });
  const loaded = 'epci:246200299||||50';

  it('draws everything the first time, and loads the list', () => {
    expect(routeChanges(null, route, '')).toEqual({ filters: true, list: 'load', site: true });
  });

  it('loads the list again for other filters only; another colour recolours it', () => {
    expect(routeChanges(route, { ...route, status: 'en_projet' }, loaded)).toEqual({ filters: true, list: 'load', site: false });
    expect(routeChanges(route, { ...route, colour: 'status' }, loaded)).toEqual({ filters: true, list: 'recolour', site: false });
  });

  it('opens a sheet or simulates without touching the filters or the list (it keeps its sort)', () => {
    expect(routeChanges(route, { ...route, site: 7 }, loaded)).toEqual({ filters: false, list: null, site: true });
    expect(routeChanges(route, { ...route, weights: { pollution: 5 } }, loaded)).toEqual({ filters: false, list: null, site: false });
  });

  it('tells a move of the map from any other change', () => {
    expect(onlyMapMoved(route, { ...route, map: { lon: 2.8, lat: 50.4, zoom: 11 } })).toBe(true);
    expect(onlyMapMoved(route, { ...route, site: 7, map: { lon: 2.8, lat: 50.4, zoom: 11 } })).toBe(false);
  });

  it('shows the simulated scores only while the route simulates weights', () => {
    const simulation = whatIf({ pollution: 6 }) as WhatIfResponse;
    expect(simulatedScores({ route: frichesRoute({ weights: { pollution: 6 } }), simulation })?.get(7)?.whatIf).toBe(77);
    expect(simulatedScores({ route: frichesRoute(), simulation })).toBeNull();
    expect(simulatedScores({ route: frichesRoute({ weights: { pollution: 6 } }), simulation: null })).toBeNull();
  });
});
