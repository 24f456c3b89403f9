// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { foncierEco } from '.';
import { startApp, type App } from '../../platform/shell';
import { Session } from '../../platform/auth/session';
import { json, waitFor } from '../../platform/testing/fakeApi';
import { EPCI, foncierApi, KEY, lot, versioned, type Call } from './fixtures';
import { seeEverything } from '../../platform/testing/viewport';

// The map needs WebGL: a stand-in that records what it is given.
const drawn: { lots: unknown[]; symbols: { properties: { availability: string } }[]; communes: number } = { lots: [], symbols: [], communes: 0 };
const mapOptions: { current: { onModeChange(mode: string): void } | null } = { current: null };
vi.mock('./lotsMap', () => ({
  createLotsMap: async (_: HTMLElement, options: { onModeChange(mode: string): void }) => {
    mapOptions.current = options;
    options.onModeChange('parks');
    return {
      setContext(context: { communes: { features: unknown[] } }) {
        drawn.communes = context.communes.features.length;
      },
      setParks() {},
      setParkSymbols(data: { features: typeof drawn.symbols }) {
        drawn.symbols = data.features;
      },
      setLots(data: { features: unknown[] }) {
        drawn.lots = data.features;
      },
      mode: () => 'parks',
      setSelected() {},
      fitTo() {},
      startDrawing() {},
      undoPoint() {},
      stopDrawing() {},
      setPreview() {},
      idle: () => Promise.resolve(),
      destroy() {},
    };
  },
}));

let app: App | null = null;
let api: ReturnType<typeof foncierApi>;
const calls = (): Call[] => api.calls();
const PATCH = 'PATCH /api/v1/foncier-eco/lots/1101';

function start(path: string): { session: Session } {
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', path);
  const session = new Session(window.sessionStorage);
  api = foncierApi();
  const client = new ApiClient({ fetch: api.fetchMock, apiKey: () => session.key(), onUnauthorized: () => session.expire() });
  seeEverything(); // the map loads when it nears the screen (ui/nearViewport.ts)
  app = startApp({ document, window, client, session, observatories: [foncierEco] });
  return { session };
}

beforeEach(() => {
  window.sessionStorage.clear();
});

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const VIEW = `/observatories/foncier-eco/zae?territory=${EPCI}&park=11&lot=1101`;

describe('the Foncier économique view', () => {
  it('shows every park from the start, coloured by its availability as the legend says, over the communes', async () => {
    start('/observatories/foncier-eco/zae');
    await waitFor(() => document.querySelector('#foncier-map')?.hasAttribute('data-drawn') ?? false);
    expect(drawn.communes).toBe(1);
    // The park of the fixtures: 1.5 ha available of 10 ha, 15 %.
    expect(drawn.symbols.map((f) => f.properties.availability)).toEqual(['medium']);
    const map = document.querySelector<HTMLElement>('#foncier-map')!;
    expect(map.dataset['classes']).toBe('medium');
    expect(map.dataset['parks']).toBe('1');
    // The status line is hidden once the map is there: no empty box over the map's corner.
    expect(document.querySelector<HTMLElement>('.map-status')?.hidden).toBe(true);
    const legend = document.querySelector<HTMLElement>('.legend')!;
    const visible = (part: string): boolean => !legend.querySelector<HTMLElement>(`[data-legend="${part}"]`)!.hidden;
    expect([visible('parks'), visible('lots')]).toEqual([true, false]);
    expect([...legend.querySelectorAll('[data-availability]')].map((li) => li.getAttribute('data-availability'))).toEqual(['none', 'low', 'medium', 'high']);
    // Zoomed in far enough, the map shows the lots: so does the legend.
    mapOptions.current!.onModeChange('lots');
    expect([visible('parks'), visible('lots')]).toEqual([false, true]);
    expect(legend.dataset['mode']).toBe('lots');
  });

  it('shows a visitor the figures, the park’s lots and the lot, without edit controls or occupants', async () => {
    start(VIEW);
    await waitFor(() => document.querySelector('[data-lot-sheet="1101"]') !== null);
    const available = document.querySelector('[data-figures="territory"] [data-figure="available"] dd')?.textContent;
    expect(available?.replace(/\s/g, ' ')).toBe('1,5 ha');
    expect(document.querySelector('[data-figures="park"] [data-figure="rate"] dd')?.textContent?.replace(/\s/g, ' ')).toBe('60 %');
    expect(document.querySelector('form[data-lot-form]')).toBeNull();
    expect(document.querySelector('[data-action]')).toBeNull();
    expect(document.querySelector('#foncier-lots')?.textContent).not.toContain('Transports Leclercq');
    expect(document.querySelector('tr[data-lot-row="1101"]')).not.toBeNull();
    expect(drawn.lots).toHaveLength(1);
    expect(calls().every((c) => !c.headers.has('Authorization'))).toBe(true);
    expect(document.querySelector('.session__in')?.getAttribute('href')).toBe(
      `/connexion?next=${encodeURIComponent(VIEW).replace(/%2F/g, '/').replace(/%3A/g, ':')}`,
    );
  });

  it('signs an editor in from the form: the key goes in a header, never in the URL; edit controls and occupants appear', async () => {
    start(VIEW);
    await waitFor(() => document.querySelector('[data-lot-sheet="1101"]') !== null);
    const link = document.querySelector<HTMLAnchorElement>('.session__in')!;
    link.click();
    await waitFor(() => document.querySelector('input[name="apiKey"]') !== null);
    expect(window.location.pathname).toBe('/connexion');
    const input = document.querySelector<HTMLInputElement>('input[name="apiKey"]')!;
    expect(input.type).toBe('password');
    input.value = 'pas une clé';
    document.querySelector<HTMLFormElement>('form.sign-in__form')!.requestSubmit();
    await waitFor(() => !!document.querySelector('.field__error')?.textContent);
    expect(document.querySelector('.field__error')?.textContent).toContain('ne ressemble pas à une clé');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    input.value = KEY;
    document.querySelector<HTMLFormElement>('form.sign-in__form')!.requestSubmit();
    await waitFor(() => document.querySelector('form[data-lot-form="1101"]') !== null);
    expect(`${window.location.pathname}${window.location.search}`).toBe(VIEW);
    expect(window.location.href).not.toContain('obs_');
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.getItem('observatoires.session')).toContain(KEY);
    expect(document.querySelector('[data-identity]')?.textContent).toBe('CABBALR, service économique — partenaire éditeur');
    await waitFor(() => document.querySelector('#foncier-lots')?.textContent?.includes('Transports Leclercq') ?? false);
    expect(
      calls()
        .filter((c) => c.url.startsWith('/api/v1/foncier-eco'))
        .some((c) => c.headers.get('Authorization') === `Bearer ${KEY}`),
    ).toBe(true);
  });

  it('shows the API’s field errors next to their fields, and a 412 as someone else’s change to re-apply or discard', async () => {
    window.sessionStorage.setItem(
      'observatoires.session',
      JSON.stringify({
        key: KEY,
        identity: { keyId: 7, name: 'CABBALR', role: 'partner_editor', scope: [EPCI], scopeCommunes: ['commune:62119'], editor: true },
      }),
    );
    start(VIEW);
    await waitFor(() => document.querySelector('form[data-lot-form="1101"]') !== null);
    const form = document.querySelector<HTMLFormElement>('form[data-lot-form="1101"]')!;
    const name = form.querySelector<HTMLInputElement>('input[name="occupantName"]')!;

    (api.writes[PATCH] ??= []).push(() =>
      json({ title: 'Bad Request', status: 400, errors: [{ name: 'occupantName', reason: "an occupied lot needs its occupant's name" }] }, 400),
    );
    name.value = '';
    form.requestSubmit();
    await waitFor(() => form.querySelector('[data-error-for="occupantName"]:not([hidden])') !== null);
    expect(form.querySelector('[data-error-for="occupantName"]')?.textContent).toBe('Un lot occupé doit avoir le nom de son occupant.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain(form.querySelector('[data-error-for="occupantName"]')!.id);
    expect(document.activeElement).toBe(name);
    const patch = calls().find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"lot-1101-v1"');

    (api.writes[PATCH] ??= []).push(() =>
      versioned({ title: 'Precondition Failed', status: 412, detail: 'Lot 1101 changed', current: lot(2, 'friche', null) }, '"lot-1101-v2"', 412),
    );
    (api.writes[PATCH] ??= []).push(() => versioned(lot(3, 'occupe', 'Nouvel occupant'), '"lot-1101-v3"'));
    name.value = 'Nouvel occupant';
    form.requestSubmit();
    await waitFor(() => document.querySelector('[data-conflict]') !== null);
    const conflict = document.querySelector<HTMLElement>('[data-conflict]')!;
    expect(conflict.textContent).toContain('Ce lot a été modifié par quelqu’un d’autre');
    expect(conflict.textContent).toContain('Friche');
    expect(conflict.textContent).toContain('Nouvel occupant');
    expect(document.activeElement).toBe(conflict);
    conflict.querySelector<HTMLButtonElement>('[data-action="reapply"]')!.click();
    await waitFor(() => calls().filter((c) => c.method === 'PATCH').length === 3);
    const again = calls().filter((c) => c.method === 'PATCH')[2]!;
    expect(again.headers.get('If-Match')).toBe('"lot-1101-v2"');
    expect(JSON.parse(again.body!)).toEqual({ status: 'occupe', occupantName: 'Nouvel occupant', occupantSiret: null });
  });

  it('says clearly when the API refuses a write outside the key’s territory (403)', async () => {
    window.sessionStorage.setItem(
      'observatoires.session',
      JSON.stringify({
        key: KEY,
        identity: { keyId: 7, name: 'CABBALR', role: 'partner_editor', scope: [EPCI], scopeCommunes: ['commune:62119'], editor: true },
      }),
    );
    start(VIEW);
    await waitFor(() => document.querySelector('form[data-lot-form="1101"]') !== null);
    expect(document.querySelector('.session-note')?.textContent).toContain('CA de Béthune-Bruay');
    (api.writes[PATCH] ??= []).push(() =>
      json({ title: 'Forbidden', status: 403, detail: 'Lot 1101 lies in commune:62119, outside the territories of your key.' }, 403),
    );
    document.querySelector<HTMLFormElement>('form[data-lot-form="1101"]')!.requestSubmit();
    await waitFor(() => document.querySelector('[data-forbidden]') !== null);
    expect(document.querySelector('[data-forbidden]')?.textContent).toContain('hors du périmètre de votre clé');
    expect(document.querySelector('[data-forbidden]')?.getAttribute('role')).toBe('alert');
  });

  it('signs out with a clear message when the API refuses the key', async () => {
    window.sessionStorage.setItem(
      'observatoires.session',
      JSON.stringify({
        key: 'obs_Revoked1_abcdefghijklmnopqrstuvwxyz012345',
        identity: { keyId: 8, name: 'Ancienne', role: 'partner_editor', scope: [], scopeCommunes: [], editor: true },
      }),
    );
    start(VIEW);
    await waitFor(() => document.querySelector('[data-session-notice="expired"]') !== null);
    expect(document.querySelector('[data-session-notice]')?.textContent).toContain('n’est plus acceptée');
    expect(window.sessionStorage.getItem('observatoires.session')).toBeNull();
    await waitFor(() => document.querySelector('[data-lot-sheet="1101"]') !== null);
    expect(document.querySelector('form[data-lot-form]')).toBeNull();
  });
});
