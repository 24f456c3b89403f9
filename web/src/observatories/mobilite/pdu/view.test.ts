// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../../platform/api/client';
import { startApp, type App } from '../../../platform/shell';
import { fakeApi, json, waitFor } from '../../../platform/testing/fakeApi';
import { mobilite } from '..';
import { PDU } from './fixtures';

// The charts themselves are chart.test.ts's: here, one image per objective, named after it.
vi.mock('./chart', () => ({
  objectiveChart: (objective: { code: string }) => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', objective.code);
    return svg;
  },
}));

let app: App | null = null;

function start(fetchMock: typeof fetch): void {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', '/mobilite/pdu');
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [mobilite] });
}

afterEach(() => {
  vi.unstubAllGlobals();
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the PDU follow-up', () => {
  it('sums up the evaluation, then shows each objective against its target with its status in words and its chart', async () => {
    // happy-dom lays nothing out: the cards are "near the screen" at once, as in a browser without IntersectionObserver.
    vi.stubGlobal('IntersectionObserver', undefined);
    const fetchMock = fakeApi({ '/api/v1/mobilite/pdu': () => json(PDU) });
    start(fetchMock);
    await waitFor(() => document.querySelectorAll('.pdu-card').length === 2);

    expect(text(document.querySelector('[data-testid="summary"]'))).toBe('1 objectif sur 2 dans la trajectoire');
    const [network, safety] = [...document.querySelectorAll<HTMLElement>('.pdu-card')];
    expect(network!.dataset['code']).toBe('reseau-cyclable');
    expect(text(network!.querySelector('[data-testid="status"]'))).toBe('Dans la trajectoire');
    expect(text(network!.querySelector('[data-testid="baseline"]'))).toBe('160 km (fixé par le plan)');
    expect(text(network!.querySelector('[data-testid="target"]'))).toBe('310 km');
    expect(text(network!.querySelector('[data-testid="latest"]'))).toBe('264,3 km');
    expect(network!.querySelector('[data-testid="latest"]')!.getAttribute('data-value')).toBe('264.278');

    expect(text(safety!.querySelector('h3'))).toBe('Réduire de moitié les accidents impliquant un piéton ou un cycliste');
    expect(text(safety!.querySelector('[data-testid="status"]'))).toBe('En retard');
    expect(text(safety!.querySelector('[data-testid="baseline"]'))).toBe('443 accidents');
    expect(text(safety!.querySelector('[data-testid="expected"]'))).toBe('342 accidents');
    expect(text(safety!.querySelector('[data-testid="progress"]'))).toBe('3 % du chemin parcouru, 45 % attendu en 2024');
    expect(text(safety!.querySelector('.note'))).toContain('démonstration');
    // The chart's table: every year from T0 to the horizon that has a value or is an end of the path.
    const rows = [...safety!.querySelectorAll('details.alternative tbody tr')].map((r) => text(r.querySelector('th, td')));
    expect(rows).toEqual(['2019', '2024', '2030']);

    // The charts, once their module is loaded: one per card.
    await waitFor(() => document.querySelector('.pdu-cards')?.getAttribute('data-drawn') === '2');
    expect(safety!.querySelector('[data-testid="chart"] svg[role="img"]')?.getAttribute('aria-label')).toBe('securite-pietons-cyclistes');
  });

  it('says when the API fails, and offers to try again', async () => {
    start(fakeApi({ '/api/v1/mobilite/pdu': () => json({ title: 'Service Unavailable', status: 503, detail: 'base indisponible' }, 503) }));
    await waitFor(() => document.querySelector('.pdu-summary [role="alert"], .pdu-summary .error') !== null);
    expect(document.querySelectorAll('.pdu-card')).toHaveLength(0);
  });
});
