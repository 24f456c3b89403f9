// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../../platform/api/client';
import type { Position } from '../../platform/api/types';
import { json, waitFor } from '../../platform/testing/fakeApi';
import { h } from '../../platform/ui/dom';
import type { Lot } from './api';
import { createTool } from './createTool';
import { foncierApi, lot, SQUARE, versioned } from './fixtures';
import type { LotsMap } from './lotsMap';
import { showWriteError } from './problems';
import { splitTool } from './splitTool';
import { createToolFrame, type ToolFrame } from './tools';
import type { WriteContext } from './writes';

const SPLIT = 'POST /api/v1/foncier-eco/lots/1101/split';
const CREATE = 'POST /api/v1/foncier-eco/parks/11/lots';
const LINE: Position[] = [
  [2.605, 50.49],
  [2.606, 50.52],
];
const parts = (status: string) => [
  { areaHa: 1.25, geometry: SQUARE, status },
  { areaHa: 0.75, geometry: SQUARE, status },
];

/** A map that records what it is given; draw() clicks points on it. */
function fakeMap() {
  let onChange: ((points: Position[]) => void) | null = null;
  const map = {
    startDrawing: vi.fn((_kind: string, change: (points: Position[]) => void) => (onChange = change)),
    stopDrawing: vi.fn(() => (onChange = null)),
    setPreview: vi.fn(),
    undoPoint: vi.fn(),
  };
  return { map: map as unknown as LotsMap & typeof map, draw: (points: Position[]) => onChange?.(points) };
}

function setUp() {
  const api = foncierApi();
  const panel = h('div', { id: 'lot-panel' });
  const toolBar = h('div', { class: 'draw-bar', hidden: true });
  document.body.replaceChildren(toolBar, panel);
  const { map, draw } = fakeMap();
  const onLeave = vi.fn();
  const frame: ToolFrame = createToolFrame({ document, panel, toolBar, map: { ready: Promise.resolve(map), current: () => map }, onLeave });
  const discard = vi.fn();
  const write: WriteContext = {
    client: new ApiClient({ fetch: api.fetchMock }),
    written: vi.fn(async () => frame.end()),
    failed: (error, slot, fields, conflict) => showWriteError(error, slot, fields, conflict, { discard, lotGone: () => h('p', {}, 'parti') }),
  };
  const bodies = (key: string) => api.calls().filter((c) => `${c.method} ${c.url.split('?')[0]}` === key);
  return { api, panel, toolBar, map, draw, frame, write, onLeave, discard, bodies };
}

afterEach(() => document.body.replaceChildren());

describe('the split tool', () => {
  it('previews the two parts of the line drawn (dry run, If-Match), lets each have its status, then splits', async () => {
    const t = setUp();
    const tool = splitTool(lot(1, 'occupe', null) as Lot, '"lot-1101-v1"', t.write, {
      setPreview: (p) => t.map.setPreview(p),
      onCancel: () => t.frame.leave(),
    });
    t.frame.start(tool);
    expect(document.activeElement?.textContent).toBe('Découper le lot n° 1101');
    await waitFor(() => t.map.startDrawing.mock.calls.length === 1);
    expect(t.map.startDrawing.mock.calls[0]![0]).toBe('line');
    const previewButton = () => t.panel.querySelector<HTMLButtonElement>('[data-action="preview-split"]')!;
    t.draw(LINE.slice(0, 1));
    expect(previewButton().disabled).toBe(true);
    expect(t.toolBar.hidden).toBe(false);
    expect(t.toolBar.textContent).toContain('Tracé de la ligne de coupe : 1 point');
    t.draw(LINE);
    expect(previewButton().disabled).toBe(false);

    t.api.writes[SPLIT] = [() => json({ split: 1101, parts: parts('occupe'), lots: [] })];
    previewButton().click();
    await waitFor(() => t.panel.querySelector('[data-part="2"]') !== null);
    const [preview] = t.bodies(SPLIT);
    expect(preview!.url).toBe('/api/v1/foncier-eco/lots/1101/split?dryRun=true');
    expect(preview!.headers.get('If-Match')).toBe('"lot-1101-v1"');
    expect(JSON.parse(preview!.body!)).toEqual({ cutLine: { type: 'LineString', coordinates: LINE } });
    expect([...t.panel.querySelectorAll('[data-part] label')].map((l) => l.textContent)).toEqual([
      'Partie 1 (1,25 ha) — statut',
      'Partie 2 (0,75 ha) — statut',
    ]);
    expect(document.activeElement).toBe(t.panel.querySelector('[data-part="1"] select'));
    expect(t.map.setPreview).toHaveBeenLastCalledWith([expect.objectContaining({ label: 'Partie 1' }), expect.objectContaining({ label: 'Partie 2' })]);

    const second = t.panel.querySelector<HTMLSelectElement>('[data-part="2"] select')!;
    second.value = 'en_commercialisation';
    second.dispatchEvent(new Event('change'));
    t.api.writes[SPLIT]!.push(() => json({ split: 1101, parts: parts('occupe'), lots: [{ id: 1201 }, { id: 1202 }] }, 201));
    t.panel.querySelector<HTMLButtonElement>('[data-action="confirm-split"]')!.click();
    await waitFor(() => vi.mocked(t.write.written).mock.calls.length === 1);
    const split = t.bodies(SPLIT)[1]!;
    expect(split.url).toBe('/api/v1/foncier-eco/lots/1101/split');
    expect(JSON.parse(split.body!)).toEqual({
      cutLine: { type: 'LineString', coordinates: LINE },
      parts: [{ status: 'occupe' }, { status: 'en_commercialisation' }],
    });
    expect(t.write.written).toHaveBeenCalledWith('Lot n° 1101 découpé en lots n° 1201 et n° 1202.', { lot: null });
    expect(t.frame.active()).toBe(false);
    expect(t.toolBar.hidden).toBe(true);
  });

  it('starts again on the current version after someone else’s change (412)', async () => {
    const t = setUp();
    t.frame.start(splitTool(lot(1, 'occupe', null) as Lot, '"lot-1101-v1"', t.write, { setPreview: () => undefined, onCancel: () => t.frame.leave() }));
    await waitFor(() => t.map.startDrawing.mock.calls.length === 1);
    t.draw(LINE);
    t.api.writes[SPLIT] = [
      () => versioned({ title: 'Precondition Failed', status: 412, current: lot(2, 'friche', null) }, '"lot-1101-v2"', 412),
      () => json({ split: 1101, parts: parts('friche'), lots: [] }),
    ];
    t.panel.querySelector<HTMLButtonElement>('[data-action="preview-split"]')!.click();
    await waitFor(() => t.panel.querySelector('[data-conflict]') !== null);
    expect(t.panel.querySelector('[data-conflict]')?.textContent).toContain('découpe du lot');
    t.panel.querySelector<HTMLButtonElement>('[data-action="reapply"]')!.click();
    await waitFor(() => t.panel.querySelector('[data-part="1"]') !== null);
    expect(t.bodies(SPLIT)[1]!.headers.get('If-Match')).toBe('"lot-1101-v2"');
  });

  it('is left with Escape: no drawing, no preview, no bar, and the panel is shown again', async () => {
    const t = setUp();
    t.frame.start(splitTool(lot(1, 'occupe', null) as Lot, '"lot-1101-v1"', t.write, { setPreview: () => undefined, onCancel: () => t.frame.leave() }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(t.frame.active()).toBe(false);
    expect(t.map.stopDrawing).toHaveBeenCalled();
    expect(t.map.setPreview).toHaveBeenCalledWith(null);
    expect(t.toolBar.hidden).toBe(true);
    expect(t.onLeave).toHaveBeenCalledTimes(1);
    t.frame.destroy();
  });
});

describe('the create tool', () => {
  it('keeps what was typed while the outline is drawn, then creates the lot with it', async () => {
    const t = setUp();
    t.frame.start(createTool(11, t.write, { onCancel: () => t.frame.leave() }));
    await waitFor(() => t.map.startDrawing.mock.calls.length === 1);
    expect(t.map.startDrawing.mock.calls[0]![0]).toBe('polygon');
    const form = t.panel.querySelector<HTMLFormElement>('form[data-tool="create"]')!;
    const save = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    const status = form.querySelector<HTMLSelectElement>('select[name="status"]')!;
    const occupant = form.querySelector<HTMLElement>('.occupant-fields')!;
    expect(status.value).toBe('disponible_amenage');
    expect(occupant.hidden).toBe(true);
    status.value = 'occupe';
    status.dispatchEvent(new Event('change'));
    expect(occupant.hidden).toBe(false);
    form.querySelector<HTMLInputElement>('input[name="occupantName"]')!.value = ' Transports Leclercq ';
    const triangle: Position[] = [
      [2.601, 50.501],
      [2.602, 50.501],
      [2.601, 50.502],
    ];
    t.draw(triangle.slice(0, 2));
    expect(save.disabled).toBe(true);
    expect(form.textContent).toContain('Contour : 2 points (au moins 3).');
    t.draw(triangle);
    expect(save.disabled).toBe(false);
    expect(t.panel.querySelector('form[data-tool="create"]')).toBe(form);
    expect(status.value).toBe('occupe');

    t.api.writes[CREATE] = [() => json(lot(1, 'occupe', 'Transports Leclercq'), 201)];
    form.requestSubmit();
    await waitFor(() => vi.mocked(t.write.written).mock.calls.length === 1);
    expect(JSON.parse(t.bodies(CREATE)[0]!.body!)).toEqual({
      geometry: { type: 'Polygon', coordinates: [[...triangle, triangle[0]]] },
      status: 'occupe',
      occupantName: 'Transports Leclercq',
      occupantSiret: null,
    });
    expect(t.write.written).toHaveBeenCalledWith('Lot n° 1101 créé.', { lot: 1101 });
  });

  it('shows the API’s message on the outline next to it', async () => {
    const t = setUp();
    t.frame.start(createTool(11, t.write, { onCancel: () => t.frame.leave() }));
    await waitFor(() => t.map.startDrawing.mock.calls.length === 1);
    t.draw([
      [2.601, 50.501],
      [2.602, 50.501],
      [2.601, 50.502],
    ]);
    t.api.writes[CREATE] = [() => json({ title: 'Bad Request', status: 400, errors: [{ name: 'geometry', reason: 'The lot overlaps lot(s) 1102.' }] }, 400)];
    t.panel.querySelector<HTMLFormElement>('form[data-tool="create"]')!.requestSubmit();
    const error = () => t.panel.querySelector<HTMLElement>('[data-error-for="geometry"]')!;
    await waitFor(() => !error().hidden);
    expect(error().textContent).toBe('Le tracé chevauche un autre lot (1102) : découpez-le ou retirez-le d’abord.');
    t.panel.querySelector<HTMLButtonElement>('[data-action="cancel-tool"]')!.click();
    expect(t.onLeave).toHaveBeenCalledTimes(1);
  });
});
