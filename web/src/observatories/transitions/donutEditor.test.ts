// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../../platform/api/client';
import { Session } from '../../platform/auth/session';
import { startApp, type App } from '../../platform/shell';
import { fakeApi, json, waitFor } from '../../platform/testing/fakeApi';
import { transitions } from '.';
import type { Donut, DonutSet } from './api';
import { apiFieldErrors, checkDimension, dimensionFields, setChanges } from './donutEdits';
import { DONUT } from './fixtures';

const SET: DonutSet = {
  version: 1,
  etag: '"transitions-donut-v1"',
  updatedAt: '2026-12-01T10:00:00Z',
  dimensions: DONUT.dimensions.map((d) => ({
    code: d.code,
    label: d.label,
    ring: d.ring,
    indicator: d.indicator?.code ?? 'transitions.part_population_proximite_seveso',
    direction: d.direction,
    bound: d.bound,
    source: d.source,
  })),
};
const SOCIAL_HOUSING = SET.dimensions[1]!;
const DONUT_PATH = '/api/v1/transitions/donut/groupement:aula';
const DIMENSIONS_PATH = '/api/v1/transitions/donut-dimensions';

let app: App | null = null;

async function agency(): Promise<Session> {
  const session = new Session(null);
  await session.signIn('obs_agency01_abcdefghijklmnopqrstuvwxyz012345', () =>
    Promise.resolve({ keyId: 1, name: 'Agence', role: 'agency_editor', scope: [], scopeCommunes: [], editor: true }),
  );
  return session;
}

interface Write {
  ifMatch: string | null;
  body: { dimensions: DonutSet['dimensions'] };
}

/** The Donut's API: GET gives `donut()` and the set; each PUT is kept and answered by `answer`. */
function start(
  answer: (write: Write, n: number) => Response,
  session: Session,
  donut: () => Donut = () => DONUT,
): { writes: Write[]; donutReads: () => number } {
  const writes: Write[] = [];
  let reads = 0;
  const gets = fakeApi({
    [DONUT_PATH]: () => {
      reads += 1;
      return json(donut());
    },
    [DIMENSIONS_PATH]: () => json(SET),
    '/api/v1/indicators': () =>
      json({
        items: [
          { code: 'transitions.consommation_eau_par_habitant', label: 'Consommation d’eau potable par habitant', unit: 'm³ par habitant', periodicity: 'year' },
          { code: 'emploi.demandeurs_trimestre', label: 'Demandeurs d’emploi', unit: 'personnes', periodicity: 'quarter' },
        ],
      }),
  });
  const fetchMock = vi.fn<typeof fetch>((input, init) => {
    if (!init?.method || init.method === 'GET') return gets(input, init);
    const write = { ifMatch: new Headers(init.headers).get('If-Match'), body: JSON.parse(String(init.body)) as Write['body'] };
    writes.push(write);
    return Promise.resolve(answer(write, writes.length));
  });
  document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
  window.history.replaceState(null, '', '/transitions/donut');
  app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock, apiKey: () => session.key() }), session, observatories: [transitions] });
  return { writes, donutReads: () => reads };
}

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

const dialog = (): HTMLDialogElement | null => document.querySelector('dialog');
const control = <T extends HTMLElement>(name: string): T => dialog()!.querySelector<T>(`[name="${name}"]`)!;
const type = (name: string, value: string): void => {
  const input = control<HTMLInputElement>(name);
  input.value = value;
  input.dispatchEvent(new Event('input'));
};
const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ');
const submit = (): void =>
  void dialog()!
    .querySelector('form')!
    .dispatchEvent(new Event('submit', { cancelable: true }));

describe('the Donut’s dimensions as the dialog prepares them', () => {
  it('says in French what is wrong before sending, by the API’s field names', () => {
    const { dimension, problems } = checkDimension({ ...dimensionFields(null), code: 'Climat', label: ' ', bound: '-3', source: '' }, SET.dimensions);
    expect(dimension).toBeNull();
    expect(Object.keys(problems).sort()).toEqual(['bound', 'code', 'indicator', 'label', 'source']);
    expect(checkDimension({ ...dimensionFields(SOCIAL_HOUSING), code: 'climat' }, SET.dimensions).problems['code']).toBe(
      'Une autre dimension porte déjà ce code.',
    );
    expect(checkDimension({ ...dimensionFields(SOCIAL_HOUSING), bound: '22,5' }, []).dimension).toEqual({ ...SOCIAL_HOUSING, bound: 22.5 });
  });

  it('brings the API’s errors of the dimension sent back to its fields, the others apart', () => {
    const { byField, general } = apiFieldErrors(
      { 'dimensions[1].Indicator': ['indicator x is not in the catalogue'], 'dimensions[0].bound': ['bound is required'] },
      1,
    );
    expect([...byField.keys()]).toEqual(['indicator']);
    expect(byField.get('indicator')).toContain('pas dans le catalogue');
    expect(general).toEqual(['Refusé par l’API (dimensions[0].bound) : bound is required']);
  });

  it('says what another editor changed', () => {
    const after: DonutSet = { ...SET, version: 2, dimensions: [{ ...SOCIAL_HOUSING, bound: 25 }, ...SET.dimensions.slice(2)] };
    expect(setChanges(SET, after)).toEqual([
      'seuil de « Accès au logement social » : plancher social 20 → plancher social 25',
      'dimension supprimée : « Pauvreté monétaire »',
    ]);
  });
});

describe('the agency’s editing of the Donut', () => {
  it('is not offered to a visitor', async () => {
    start(() => json({}, 500), new Session(null));
    await waitFor(() => document.querySelector('.transitions-donut')?.getAttribute('data-drawn') === '1');
    expect(document.querySelector('.donut-edit')).toBeNull();
    expect(document.querySelector('[data-edit]')).toBeNull();
  });

  it('changes a bound with If-Match; a 412 keeps the input, says what changed, and the next save is based on that version', async () => {
    const V2: DonutSet = {
      ...SET,
      version: 2,
      etag: '"transitions-donut-v2"',
      dimensions: SET.dimensions.map((d) => (d.code === 'climat' ? { ...d, bound: 3 } : d)),
    };
    const V3: DonutSet = { ...V2, version: 3, etag: '"transitions-donut-v3"' };
    let donut = DONUT;
    const api = start(
      (write) => {
        if (write.ifMatch === SET.etag) return json({ title: 'Precondition Failed', status: 412, current: V2 }, 412);
        donut = { ...DONUT, dimensions: DONUT.dimensions.map((d) => (d.code === 'logement-social' ? { ...d, bound: 22.5 } : d)) };
        return json({ ...V3, dimensions: write.body.dimensions });
      },
      await agency(),
      () => donut,
    );
    await waitFor(() => document.querySelector('[data-edit="edit-logement-social"]') !== null);
    document.querySelector<HTMLElement>('[data-edit="edit-logement-social"]')!.click();
    expect(control<HTMLInputElement>('bound').value).toBe('20');
    type('bound', '22,5');
    submit();
    await waitFor(() => document.querySelector('[data-testid="conflict"]') !== null);
    expect(text(document.querySelector('[data-testid="conflict"]'))).toContain('version 2');
    expect(text(document.querySelector('[data-testid="conflict"]'))).toContain(
      'seuil de « Changement climatique » : plafond écologique 2 → plafond écologique 3',
    );
    expect(control<HTMLInputElement>('bound').value).toBe('22,5');
    submit();
    await waitFor(() => dialog() === null && api.writes.length === 2);
    expect(api.writes.map((w) => w.ifMatch)).toEqual([SET.etag, V2.etag]);
    // The second save is the other editor's set with this editor's bound.
    expect(api.writes[1]!.body.dimensions.map((d) => [d.code, d.bound])).toEqual([
      ['pauvrete', 14.5],
      ['logement-social', 22.5],
      ['climat', 3],
      ['seveso', 1],
    ]);
    await waitFor(() => text(document.querySelectorAll('.transitions-donut tbody tr')[1]).includes('au moins 22,5'));
    expect(document.activeElement?.getAttribute('data-edit')).toBe('edit-logement-social');
  });

  it('shows the API’s field error next to its field, nothing closed', async () => {
    const api = start(
      () => json({ status: 400, title: 'Bad Request', errors: [{ name: 'dimensions[4].indicator', reason: 'not yearly' }] }, 400),
      await agency(),
    );
    await waitFor(() => document.querySelector('[data-edit="new"]') !== null);
    document.querySelector<HTMLElement>('[data-edit="new"]')!.click();
    type('label', 'Eau potable');
    expect(control<HTMLInputElement>('code').value).toBe('eau-potable');
    submit();
    // The form's own check first: no indicator chosen, nothing sent.
    expect(control('catalogue').getAttribute('aria-invalid')).toBe('true');
    expect(api.writes).toHaveLength(0);
    // Found in the catalogue (the yearly one only), then refused by the API: said next to the search.
    type('catalogue', 'eau');
    await waitFor(() => dialog()!.querySelectorAll('input[type="radio"]').length === 1);
    const radio = dialog()!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
    expect(text(dialog()!.querySelector('[data-testid="catalogue-picked"]'))).toContain('transitions.consommation_eau_par_habitant');
    expect(text(dialog()!.querySelector(`#${control('bound').id}-hint`))).toContain('En m³ par habitant');
    type('bound', '54');
    control<HTMLTextAreaElement>('source').value = 'SISPEA';
    submit();
    await waitFor(() => api.writes.length === 1 && control('catalogue').getAttribute('aria-invalid') === 'true');
    expect(api.writes[0]!.body.dimensions).toHaveLength(5);
    expect(text(document.getElementById(`${control('catalogue').id}-error`))).toContain('pas dans le catalogue');
    expect(control('bound').getAttribute('aria-invalid')).toBeNull();
    expect(dialog()).not.toBeNull();
  });

  it('asks before removing a dimension, then sends the set without it', async () => {
    const api = start((write) => json({ ...SET, version: 2, etag: '"v2"', dimensions: write.body.dimensions }), await agency());
    await waitFor(() => document.querySelector('[data-edit="delete-climat"]') !== null);
    document.querySelector<HTMLElement>('[data-edit="delete-climat"]')!.click();
    await waitFor(() => document.querySelector('dialog[role="alertdialog"]') !== null);
    expect(document.activeElement?.getAttribute('data-action')).toBe('cancel');
    document.querySelector<HTMLElement>('dialog [data-action="confirm"]')!.click();
    await waitFor(() => api.writes.length === 1);
    expect(api.writes[0]!.body.dimensions.map((d) => d.code)).toEqual(['pauvrete', 'logement-social', 'seveso']);
    await waitFor(() => text(document.querySelector('[data-testid="edit-notice"]')) === 'Dimension « Changement climatique » supprimée.');
    expect(api.donutReads()).toBeGreaterThanOrEqual(2);
  });
});
