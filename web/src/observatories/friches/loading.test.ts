// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError } from '../../platform/api/client';
import type { SiteDetail, WhatIfResponse } from './api';
import { explainMissingSite, filtersKey, frichesData, sitesLayerUrl } from './data';
import { sitesListUrl } from './downloads';
import { frichesApi, SITE_206, whatIf } from './fixtures';
import { latest } from './latest';
import { frichesRoute } from './route';
import { mountSheet } from './sheet';
import { createWhatIf } from './whatIf';

/** A promise settled from outside. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, ko) => ((resolve = ok), (reject = ko)));
  return { promise, resolve, reject };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('only the latest answer counts', () => {
  it('makes every earlier ticket stale, and all of them once stopped', () => {
    const requests = latest();
    const first = requests.take();
    expect(first()).toBe(true);
    const second = requests.take();
    expect([first(), second()]).toEqual([false, true]);
    requests.stop();
    expect(second()).toBe(false);
  });
});

describe('the requests of the page', () => {
  it('keys the list by its filters, and writes the filters into the layer’s and the list’s URLs', () => {
    const route = frichesRoute({ epci: 'epci:246200299', status: 'en_projet', minScore: 50, site: 3, colour: 'status' });
    expect(filtersKey(route)).toBe('epci:246200299||en_projet||50');
    expect(filtersKey({ ...route, site: 4, colour: 'score' } as typeof route)).toBe(filtersKey(route));
    expect(sitesLayerUrl()).toBe('/ogc/collections/friches-sites/items?limit=10000');
    expect(sitesLayerUrl(route)).toBe('/ogc/collections/friches-sites/items?limit=10000&status=en_projet');
    expect(sitesListUrl(route)).toBe('/api/v1/friches/sites?epci=epci:246200299&status=en_projet&minScore=50');
  });

  it('says which site does not exist, and leaves other errors as they are', () => {
    const missing = explainMissingSite(new ApiError('Not Found', { kind: 'http', url: '/x', status: 404 }), 999) as ApiError;
    expect([missing.message, missing.status]).toEqual(['Il n’y a pas de friche n° 999.', 404]);
    const down = new ApiError('Bad Gateway', { kind: 'http', url: '/x', status: 502 });
    expect(explainMissingSite(down, 1)).toBe(down);
  });

  it('asks for an EPCI’s communes once', async () => {
    const { fetchMock } = frichesApi();
    const data = frichesData(new ApiClient({ fetch: fetchMock }));
    const [a, b] = await Promise.all([data.communes('epci:246200299'), data.communes('epci:246200299')]);
    expect(a).toBe(b);
    expect(fetchMock.mock.calls.filter(([u]) => String(u).includes('level=commune'))).toHaveLength(1);
  });
});

describe('the simulation’s requests', () => {
  function runner() {
    const asked: { weights: Record<string, number>; signal: AbortSignal; answer: ReturnType<typeof deferred<WhatIfResponse>> }[] = [];
    const events = { started: vi.fn(), answered: vi.fn(), failed: vi.fn() };
    const whatIf = createWhatIf((weights, signal) => {
      const answer = deferred<WhatIfResponse>();
      asked.push({ weights, signal, answer });
      return answer.promise;
    }, events);
    return { whatIf, asked, events };
  }

  it('asks once per set of weights, cancels the one it no longer needs, and uses only the latest answer', async () => {
    const { whatIf: simulation, asked, events } = runner();
    simulation.run({ pollution: 5 });
    simulation.run({ pollution: 5 });
    simulation.run({ pollution: 6 });
    expect(asked.map((a) => a.weights)).toEqual([{ pollution: 5 }, { pollution: 6 }]);
    expect(asked[0]!.signal.aborted).toBe(true);
    asked[1]!.answer.resolve(whatIf({ pollution: 6 }) as WhatIfResponse);
    asked[0]!.answer.resolve(whatIf({ pollution: 5 }) as WhatIfResponse);
    await tick();
    expect(events.answered).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ weights: expect.objectContaining({ pollution: 6 }) }));
    expect(events.started).toHaveBeenCalledTimes(2);
  });

  it('clears the simulation without a request when no weight is moved, and asks again after a failure', async () => {
    const { whatIf: simulation, asked, events } = runner();
    simulation.run({ area: 0 });
    simulation.run({});
    expect(asked).toHaveLength(1);
    expect(events.answered).toHaveBeenLastCalledWith(null);
    simulation.run({ area: 0 });
    asked[1]!.answer.reject(new Error('réseau'));
    await tick();
    expect(events.failed).toHaveBeenCalledOnce();
    simulation.run({ area: 0 });
    expect(asked).toHaveLength(3);
    simulation.stop();
    expect(asked[2]!.signal.aborted).toBe(true);
  });
});

describe('the sheet’s section', () => {
  it('loads a site’s sheet once, shows its simulated score, says how to choose a site', async () => {
    const slot = document.createElement('div');
    document.body.append(slot);
    const load = vi.fn(async () => SITE_206 as SiteDetail);
    const onShown = vi.fn();
    const sheet = mountSheet(slot, { load, epciName: () => 'CA d’Hénin-Carvin', onClose: () => {}, onShown });
    sheet.focusNext();
    sheet.show(206);
    expect(slot.textContent).toBe('Chargement de la fiche…');
    await vi.waitFor(() => expect(slot.querySelector('.site-sheet')).not.toBeNull());
    expect(onShown).toHaveBeenCalledOnce();
    expect(document.activeElement?.id).toBe('site-sheet-title');
    sheet.simulate(new Map(whatIf({ pollution: 6 }).sites.map((s) => [s.id, s])));
    expect(slot.querySelector('.simulated-score')?.textContent).toBe('Simulation 94 / 100 avec les pondérations simulées (+2), rang 1 au lieu de 1');
    sheet.show(206);
    expect(load).toHaveBeenCalledOnce();
    sheet.simulate(null);
    expect(slot.querySelector('.simulated-score')).toBeNull();
    sheet.show(null);
    expect(slot.textContent).toBe('Choisissez un site sur la carte ou dans la liste pour afficher sa fiche.');
    sheet.destroy();
    slot.remove();
  });

  it('ignores a sheet that comes back after another site was chosen', async () => {
    const slot = document.createElement('div');
    const first = deferred<SiteDetail>();
    const sheet = mountSheet(slot, { load: () => first.promise, epciName: () => null, onClose: () => {}, onShown: () => {} });
    sheet.show(206);
    sheet.show(null);
    first.resolve(SITE_206 as SiteDetail);
    await tick();
    expect(slot.querySelector('.site-sheet')).toBeNull();
  });
});
