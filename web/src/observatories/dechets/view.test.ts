// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, json, territoryRef, waitFor } from '../../platform/testing/fakeApi';
import { dechets } from '.';
import type { StreamFigures, TargetFigures, WasteStreams } from './api';

// The chart itself is Plot's: here, one image named after what it draws.
vi.mock('./chart', () => ({
  targetChart: () => {
    const element = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', 'target');
    return element;
  },
}));

let app: App | null = null;

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const target = (indicator: string, horizon: number, value: number, path: number, latest: number, onTrack: boolean): TargetFigures => ({
  indicator,
  horizon,
  bound: indicator === 'dechets.dma_kg_hab' ? 'at_most' : 'at_least',
  value,
  relative: indicator === 'dechets.dma_kg_hab' ? -15 : null,
  label: `Objectif ${horizon}`,
  document: 'Loi',
  sourceUrl: 'https://www.legifrance.gouv.fr',
  baseYear: 2010,
  baseValue: 500,
  pathValue: path,
  latestValue: latest,
  onTrack,
});

const stream = (code: string, kg: number, change: number, rate: number): StreamFigures => ({
  stream: code,
  label: code,
  where: 'déchèteries',
  inert: code === 'gravats',
  tonnesCollected: 1000,
  tonnesRecovered: 500,
  kgPerInhabitant: kg,
  baseKgPerInhabitant: kg + 10,
  changePercent: change,
  recoveryRate: rate,
  series: [],
});

const answer: WasteStreams = {
  territory: territoryRef('epci:200069672', 'CC du Ternois'),
  epcis: ['epci:200069672'],
  population: 38_610,
  year: 2024,
  baseYear: 2010,
  years: [2010, 2024],
  source: 'démonstration',
  demo: true,
  streams: [stream('omr', 180.2, -26.4, 0), stream('gravats', 55, 10, 70)],
  dmaKgPerInhabitant: [
    { year: 2010, value: 505 },
    { year: 2024, value: 470 },
  ],
  recoveryRate: [
    { year: 2010, value: 40 },
    { year: 2024, value: 46.8 },
  ],
  targets: [target('dechets.dma_kg_hab', 2030, 429.3, 452, 470, false), target('dechets.taux_valorisation_matiere', 2020, 55, 55, 46.8, false)],
};

describe('the waste streams page', () => {
  it('shows the targets with their paths and whether on track, each stream, and both charts', async () => {
    const fetchMock = fakeApi({ '/api/v1/dechets/streams/epci:200069672': () => json(answer) });
    document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
    window.history.replaceState(null, '', '/dechets');
    app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [dechets] });
    await waitFor(() => document.querySelectorAll('.dechets-chart svg').length === 2);
    const value = (testid: string): string | null | undefined => document.querySelector(`[data-testid="${testid}"]`)?.getAttribute('data-value');
    expect(value('target-dechets.dma_kg_hab-2030')).toBe('429.3');
    expect(value('path-dechets.dma_kg_hab-2030')).toBe('452');
    expect(document.querySelector('[data-testid="on-track-dechets.dma_kg_hab-2030"]')?.textContent).toBe('en retard sur la trajectoire');
    expect(value('kg-omr')).toBe('180.2');
    expect(value('change-omr')).toBe('-26.4');
    expect(document.body.textContent).toContain('inerte : hors taux de valorisation');
    expect(document.querySelector('[data-testid="demo"]')).not.toBeNull();
    expect(document.querySelector('h1')?.textContent).toContain('CC du Ternois');
  });
});
