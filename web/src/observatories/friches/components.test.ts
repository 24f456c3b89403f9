// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PolygonGeometry } from '../../platform/api/types';
import type { SiteDetail, SitesResponse, WhatIfResponse } from './api';
import { renderBreakdown } from './breakdown';
import { DEFAULT_WEIGHTS, SITE_206, SITES, whatIf } from './fixtures';
import { parseBound } from './filters';
import { legendEntries, renderLegend } from './legend';
import { mapLabel, siteFeatures, siteLabel } from './mapPanel';
import { renderSheetArticle } from './sheetArticle';
import { changedWeightsText, renderSimulationResults } from './simulationResults';
import { markSelected, renderSitesTable } from './sitesTable';
import { renderSummary } from './summary';
import { mountWeights, WHAT_IF_DELAY_MS } from './weights';

const sites = SITES as SitesResponse;
const detail = SITE_206 as SiteDetail;
const square = (x: number): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 50],
      [x + 0.01, 50],
      [x + 0.01, 50.01],
      [x, 50],
    ],
  ],
});
const text = (nodes: (Node | string | number | null | undefined | false)[]) => nodes.map((n) => (n instanceof Node ? n.textContent : String(n ?? ''))).join('');

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the summary and the legend', () => {
  it('counts the sites and hectares listed, those still in the stock, and by status', () => {
    const nodes = renderSummary(sites);
    const total = nodes[0] as HTMLElement;
    expect(total.dataset['total']).toBe('2');
    expect(total.textContent).toBe('2\u00a0friches pour 3,3\u00a0ha, dont 2\u00a0sites encore en friche (3,3\u00a0ha).');
    expect((nodes[1] as HTMLElement).querySelector('[data-status="en_projet"]')?.textContent).toBe('En projet : 1 (1,1\u00a0ha)');
  });

  it('counts the sites of each score class or status', () => {
    expect(legendEntries(sites.items, 'score').map((e) => e.count)).toEqual([0, 0, 0, 0, 2]);
    expect(legendEntries(sites.items, 'status').map((e) => e.count)).toEqual([0, 0, 1, 1, 0, 0]);
    const legend = renderLegend(sites.items, 'status');
    expect(legend.dataset['legend']).toBe('status');
    expect(legend.querySelectorAll('.legend__class')).toHaveLength(6);
  });
});

describe('the map’s sites', () => {
  it('keeps the layer’s polygons of the sites listed, coloured and labelled', () => {
    const layer = {
      type: 'FeatureCollection' as const,
      features: [206, 7, 99].map((id, i) => ({ type: 'Feature' as const, id, geometry: square(i), properties: {} as never })),
    };
    const shown = siteFeatures(sites.items, layer, 'status');
    expect(shown.features.map((f) => f.properties.id)).toEqual([206, 7]);
    expect(shown.features[1]!.properties.colour).toBe('#b36b00');
    expect(siteLabel(sites.items[1]!)).toBe('Friche Allée de Provence (Courrières) : score 82,7, en projet, 1,1 ha');
    expect(mapLabel(1, 'score')).toBe('Carte des friches : 1\u00a0site colorés par score de mutabilité. La liste des sites suit la carte.');
  });
});

describe('the filters', () => {
  it('reads a bound typed in French, refuses what is out of range', () => {
    expect(parseBound(' 1,5 ', 100)).toBe(1.5);
    expect(parseBound('', 100)).toBeNull();
    expect(parseBound('-1', 100)).toBeUndefined();
    expect(parseBound('150', 100)).toBeUndefined();
    expect(parseBound('abc', 100)).toBeUndefined();
  });
});

describe('the list of the sites', () => {
  it('lists the sites, the chosen one pressed, with the simulated score while simulating', () => {
    const chosen: number[] = [];
    const simulated = new Map(whatIf({ pollution: 6 }).sites.map((s) => [s.id, s]));
    const table = renderSitesTable(sites, { selected: 7, simulated, onChoose: (id) => chosen.push(id) });
    document.body.append(table);
    const rows = [...table.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows.map((r) => r.dataset['site'])).toEqual(['206', '7']);
    expect(rows[1]!.classList.contains('is-selected')).toBe(true);
    expect(rows[1]!.querySelector('button')?.getAttribute('aria-pressed')).toBe('true');
    expect(rows[0]!.textContent).toContain('Activité économique');
    expect(rows[1]!.querySelector('.simulated')?.textContent).toBe('77');
    rows[0]!.querySelector('button')!.click();
    expect(chosen).toEqual([206]);
    expect(renderSitesTable({ ...sites, items: [], total: 0 }, { selected: null, simulated: null, onChoose: () => {} }).textContent).toBe(
      'Aucune friche ne correspond à ces filtres.',
    );
  });

  it('moves the highlight without redrawing the tables', () => {
    const section = document.createElement('section');
    section.id = 'friches-liste';
    section.append(renderSitesTable(sites, { selected: 206, simulated: null, onChoose: () => {} }));
    document.body.append(section);
    markSelected(document, 7);
    expect([...document.querySelectorAll('tr.is-selected')].map((r) => r.getAttribute('data-site'))).toEqual(['7']);
    expect(document.querySelector('tr[data-site="206"] button')?.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('the sheet', () => {
  it('shows the facts, the vocations best first, the history and a breakdown that adds up to the score', () => {
    const onClose = vi.fn();
    const article = renderSheetArticle(detail, { epciName: 'CA d’Hénin-Carvin', onClose });
    expect(article.dataset['site']).toBe('206');
    expect(article.querySelectorAll('dl.meta dt')).toHaveLength(17);
    expect(article.querySelector('.site-sheet__status')?.textContent).toBe('Caractérisée vérifiée sur le terrain le 7 novembre 2022');
    const vocations = [...article.querySelectorAll<HTMLElement>('.vocation')];
    expect(vocations.map((v) => v.dataset['vocation'])).toEqual(['activite_economique', 'habitat', 'renaturation']);
    expect(vocations[0]!.querySelector('.badge')?.textContent).toBe('la plus adaptée');
    expect(vocations[1]!.querySelector('.badge')).toBeNull();
    expect(vocations[2]!.querySelector<HTMLElement>('.vocation__fill')?.getAttribute('style')).toBe('width:22.5%');
    expect([...article.querySelectorAll('.history li')].map((li) => li.textContent)).toEqual([
      '18 mai 2022 : Identifiée (démonstration)',
      '28 mai 2023 : Identifiée → Caractérisée (démonstration)',
    ]);
    expect(article.querySelector('[data-testid="stored-score"]')?.textContent).toBe('92 / 100');
    article.querySelector<HTMLButtonElement>('.site-sheet__actions button')!.click();
    expect(onClose).toHaveBeenCalledOnce();
    const bare = renderSheetArticle({ ...detail, history: [] }, { epciName: null, onClose });
    expect(bare.querySelector('.history')).toBeNull();
    expect(bare.textContent).toContain('Pas d’historique.');
  });

  it('totals the breakdown’s weights and contributions', () => {
    const table = renderBreakdown(detail.score.breakdown);
    expect(table.querySelectorAll('tbody tr')).toHaveLength(8);
    expect(table.querySelector('tr[data-criterion="station_access"] td')?.textContent).toBe('13\u202f083\u00a0m');
    expect(table.querySelector('[data-testid="breakdown-total"]')?.getAttribute('data-value')).toBe('92');
    expect(table.querySelector('tfoot')?.textContent).toContain('15');
  });
});

describe('the simulation', () => {
  const answer = whatIf({ pollution: 6 }) as WhatIfResponse;
  const props = { weights: { pollution: 6 }, defaults: DEFAULT_WEIGHTS, labels: new Map<string, string>(), sites, selected: 206, onChoose: () => {} };

  it('says which weights moved and how many listed sites change rank; ranks only the sites listed', () => {
    expect(changedWeightsText({ pollution: 6, area: 0 }, DEFAULT_WEIGHTS, new Map([['area', 'Surface du site']]))).toBe(
      'Pollution des sols 3 → 6 ; Surface du site 1 → 0',
    );
    const nodes = renderSimulationResults({ ...props, simulation: answer });
    expect(text(nodes.slice(0, 1))).toBe('Simulation Pollution des sols 3 → 6. 1\u00a0site sur 2 change de rang.');
    const table = nodes[1] as HTMLElement;
    expect([...table.querySelectorAll<HTMLElement>('tbody tr')].map((r) => r.dataset['site'])).toEqual(['206', '7']);
    expect(table.querySelector('tr.is-selected')?.getAttribute('data-site')).toBe('206');
    expect(table.querySelector('tr[data-site="7"]')?.textContent).toContain('-5,7');
  });

  it('asks to move a slider while nothing is simulated', () => {
    expect(text(renderSimulationResults({ ...props, simulation: null }))).toContain('Déplacez un curseur');
    expect(text(renderSimulationResults({ ...props, simulation: answer, weights: {} }))).toContain('Déplacez un curseur');
  });

  it('sends the moved weights once the slider stops, and goes back to the weights in force', () => {
    vi.useFakeTimers();
    const onChange = vi.fn();
    const onReset = vi.fn();
    const slot = document.createElement('div');
    document.body.append(slot);
    const sliders = mountWeights(slot, { document, onChange, onReset });
    sliders.update({ defaults: DEFAULT_WEIGHTS, weights: { area: 0 }, labels: new Map() });
    const pollution = slot.querySelector<HTMLInputElement>('input[name="weight-pollution"]')!;
    expect(slot.querySelectorAll('input[type="range"]')).toHaveLength(8);
    expect(slot.querySelector('input[name="weight-area"]')?.closest('.slider')?.classList.contains('slider--changed')).toBe(true);
    expect(slot.querySelector<HTMLButtonElement>('[data-testid="reset-weights"]')!.disabled).toBe(false);
    for (const value of ['4', '5']) {
      pollution.value = value;
      pollution.dispatchEvent(new Event('input'));
    }
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(WHAT_IF_DELAY_MS);
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ pollution: 5, area: 0 });
    // The route comes back without the simulation: the sliders follow it, the same inputs kept.
    sliders.update({ defaults: DEFAULT_WEIGHTS, weights: {}, labels: new Map() });
    expect(slot.querySelector('input[name="weight-pollution"]')).toBe(pollution);
    expect(pollution.value).toBe('3');
    expect(slot.querySelector<HTMLButtonElement>('[data-testid="reset-weights"]')!.disabled).toBe(true);
    // The API's names of the criteria rebuild the sliders once.
    sliders.update({ defaults: DEFAULT_WEIGHTS, weights: { pollution: 5 }, labels: new Map([['pollution', 'Pollution (API)']]) });
    expect(slot.querySelector('label')?.textContent).toBe('Pollution (API)');
    expect(slot.querySelector<HTMLInputElement>('input[name="weight-pollution"]')!.value).toBe('5');
    slot.querySelector<HTMLButtonElement>('[data-testid="reset-weights"]')!.click();
    expect(onReset).toHaveBeenCalledOnce();
    sliders.destroy();
  });
});
