/**
 * The preview of a dataset: a table of its first rows (the CSV distribution's, read up to 64 kB; a layer's first
 * objects from its OGC collection) and, for a layer, a small map of the whole layer (the platform's map with the
 * layer's vector tiles), loaded when it nears the screen.
 */
import { sameOriginPath } from '../../api/client';
import type { Context } from '../../context';
import { formatInteger } from '../../format';
import { mountMap, showError } from '../../ui/components';
import { h, replaceContent, showLoading } from '../../ui/dom';
import { nearViewport } from '../../ui/nearViewport';
import { csvHead, distribution } from './model';
import type { Dataset, Distribution } from './types';

export const PREVIEW_ROWS = 10;
const PREVIEW_BYTES = 64_000;

interface Feature {
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> | null;
}

function previewTable(caption: string, header: readonly string[], rows: readonly (readonly string[])[]): HTMLElement {
  return h(
    'div',
    // Scrolls sideways when wide: a named region the keyboard can reach.
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'table preview-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...header.map((name) => h('th', { scope: 'col' }, name)))),
      h('tbody', {}, ...rows.map((row) => h('tr', {}, ...header.map((_, i) => h('td', {}, row[i] ?? ''))))),
    ),
  );
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** [minLon, minLat, maxLon, maxLat] of any geometry's positions, or null. */
export function extentOf(features: readonly Feature[]): [number, number, number, number] | null {
  const box = [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1]);
      return;
    }
    for (const inner of c) visit(inner);
  };
  for (const f of features) visit(f.geometry?.coordinates);
  return box[0] === Infinity ? null : box;
}

async function csvPreview(slot: HTMLElement, ctx: Context, csv: Distribution): Promise<void> {
  const { text, complete } = await ctx.client.getText(sameOriginPath(csv.url), { maxBytes: PREVIEW_BYTES });
  const [header, ...rows] = csvHead(text, PREVIEW_ROWS + 1, complete);
  if (!header) {
    replaceContent(slot, h('p', {}, 'Le fichier CSV est vide.'));
    return;
  }
  const first = rows.length === 1 ? 'La première ligne' : `Les ${formatInteger(rows.length)} premières lignes`;
  replaceContent(slot, previewTable(`${first} de « ${csv.title} »`, header, rows));
}

async function layerPreview(slot: HTMLElement, mapSlot: HTMLElement, ctx: Context, dataset: Dataset, left: () => boolean): Promise<void> {
  const layer = dataset.layer!;
  const items = `${sameOriginPath(layer.collectionUrl)}/items?limit=${PREVIEW_ROWS}`;
  const page = await ctx.client.getFeatureCollection<{ type: 'FeatureCollection'; features: Feature[] }>(items);
  const header = [...new Set(page.features.flatMap((f) => Object.keys(f.properties ?? {})))];
  replaceContent(
    slot,
    page.features.length === 0
      ? h('p', {}, 'La couche ne contient aucun objet.')
      : previewTable(
          page.features.length === 1 ? 'Le premier objet de la couche' : `Les ${formatInteger(page.features.length)} premiers objets de la couche`,
          header,
          page.features.map((f) => header.map((key) => cell(f.properties?.[key]))),
        ),
  );
  const bbox = dataset.spatial.bbox;
  const extent = bbox && bbox.length === 4 ? (bbox as [number, number, number, number]) : extentOf(page.features);
  const frame = h('div', { class: 'preview-map', 'data-layer': layer.id });
  const mapStatus = h('p', { class: 'loading', role: 'status' }, 'Chargement de la carte…');
  replaceContent(mapSlot, frame, mapStatus);
  const nearness = nearViewport(frame);
  await nearness.near;
  if (left()) return;
  const map = await mountMap(
    import('./previewMap').then((m) => m.createPreviewMap(frame, { id: layer.id, title: layer.title }, extent)),
    frame,
    mapStatus,
    left,
  );
  if (map) mapStatus.textContent = '';
}

/** Fills `slot` (the table) and `mapSlot` (a layer's map); a failure is said in the slot, with a retry. */
export async function showPreview(slot: HTMLElement, mapSlot: HTMLElement, ctx: Context, dataset: Dataset, left: () => boolean): Promise<void> {
  showLoading(slot, 'Chargement de l’aperçu…');
  const csv = distribution(dataset, 'CSV');
  try {
    if (dataset.layer) await layerPreview(slot, mapSlot, ctx, dataset, left);
    else if (csv) await csvPreview(slot, ctx, csv);
    else replaceContent(slot, h('p', {}, 'Pas d’aperçu : ce jeu n’a pas de distribution CSV.'));
  } catch (error) {
    if (!left()) showError(slot, error, () => void showPreview(slot, mapSlot, ctx, dataset, left));
  }
}
