/**
 * The Toile as a network map, on MapLibre GL, loaded on demand: the EPCI contours for the setting, the flows as
 * lines whose width grows with their volume (existing solid, potential dashed) and coloured by carrier, and the
 * nodes as symbols whose shape says their kind (drawn here on a canvas: nothing leaves our origin, no glyphs).
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { FeatureCollection, TerritoryFeatureCollection } from '../../../platform/api/types';
import { createFlatMap, showTooltip } from '../../../platform/map/flatMap';
import { KIND_SHAPES } from './domain';

type Point = { type: 'Point'; coordinates: [number, number] };
type Line = { type: 'LineString'; coordinates: [number, number][] };

export interface NodeProperties {
  id: number;
  kind: string;
  label: string;
}
export interface FlowProperties {
  id: number;
  status: string;
  colour: string;
  width: number;
  label: string;
}

export interface ToileDrawing {
  nodes: FeatureCollection<Point, NodeProperties>;
  flows: FeatureCollection<Line, FlowProperties>;
}

export interface ToileMap {
  setContext(epcis: TerritoryFeatureCollection): void;
  draw(drawing: ToileDrawing, fit: boolean): void;
  setSelected(id: number | null): void;
  idle(): Promise<void>;
  destroy(): void;
}

/** A symbol of 24 px: white-edged dark shape, so that it reads on lines of every colour. */
function symbol(shape: string, fill: string): ImageData {
  const size = 24;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const c = canvas.getContext('2d')!;
  c.beginPath();
  if (shape === 'circle') c.arc(12, 12, 7, 0, 2 * Math.PI);
  else if (shape === 'triangle')
    [
      [12, 3],
      [21, 20],
      [3, 20],
    ].forEach(([x, y], i) => (i ? c.lineTo(x!, y!) : c.moveTo(x!, y!)));
  else if (shape === 'square') c.rect(5, 5, 14, 14);
  else
    [
      [12, 2],
      [22, 12],
      [12, 22],
      [2, 12],
    ].forEach(([x, y], i) => (i ? c.lineTo(x!, y!) : c.moveTo(x!, y!)));
  c.closePath();
  c.fillStyle = fill;
  c.fill();
  c.lineWidth = 2;
  c.strokeStyle = '#ffffff';
  c.stroke();
  return c.getImageData(0, 0, size, size);
}

export async function createToileMap(container: HTMLElement, label: string, onSelect: (id: number | null) => void): Promise<ToileMap> {
  const map = await createFlatMap(container, label);
  const canvas = map.getCanvas();
  const empty = { type: 'FeatureCollection' as const, features: [] };
  for (const [kind, shape] of Object.entries(KIND_SHAPES)) {
    map.addImage(kind, symbol(shape, '#1e1e1e'));
    map.addImage(`${kind}-selected`, symbol(shape, '#000091'));
  }
  map.addSource('epcis', { type: 'geojson', data: empty });
  map.addSource('flows', { type: 'geojson', data: empty, promoteId: 'id' });
  map.addSource('nodes', { type: 'geojson', data: empty, promoteId: 'id' });
  map.addLayer({ id: 'epcis-fill', type: 'fill', source: 'epcis', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.85 } });
  map.addLayer({ id: 'epcis-line', type: 'line', source: 'epcis', paint: { 'line-color': '#7b7b7b', 'line-width': 1 } });
  const width = ['get', 'width'] as unknown as number;
  const colour = ['get', 'colour'] as unknown as string;
  map.addLayer({
    id: 'flows-existing',
    type: 'line',
    source: 'flows',
    filter: ['==', ['get', 'status'], 'existing'],
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': colour, 'line-width': width, 'line-opacity': 0.8 },
  });
  map.addLayer({
    id: 'flows-potential',
    type: 'line',
    source: 'flows',
    filter: ['==', ['get', 'status'], 'potential'],
    paint: { 'line-color': colour, 'line-width': width, 'line-opacity': 0.8, 'line-dasharray': [1.5, 1.2] },
  });
  map.addLayer({
    id: 'nodes',
    type: 'symbol',
    source: 'nodes',
    layout: { 'icon-image': ['get', 'kind'], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
  });
  map.addLayer({
    id: 'nodes-selected',
    type: 'symbol',
    source: 'nodes',
    filter: ['==', ['get', 'id'], -1],
    layout: { 'icon-image': ['concat', ['get', 'kind'], '-selected'], 'icon-size': 1.5, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
  });

  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);
  const interactive = ['nodes', 'flows-existing', 'flows-potential'];
  map.on('mousemove', (event: MapMouseEvent) => {
    const feature = map.queryRenderedFeatures(event.point, { layers: interactive })[0];
    canvas.style.cursor = feature?.layer.id === 'nodes' ? 'pointer' : '';
    if (!feature) {
      tooltip.hidden = true;
      return;
    }
    showTooltip(tooltip, container, event.point, String((feature.properties as { label: string }).label));
  });
  map.on('mouseout', () => (tooltip.hidden = true));
  map.on('click', (event: MapMouseEvent) => {
    const node = map.queryRenderedFeatures(event.point, { layers: ['nodes'] })[0];
    onSelect(node ? Number((node.properties as NodeProperties).id) : null);
  });

  return {
    setContext(epcis) {
      (map.getSource('epcis') as GeoJSONSource).setData(epcis as unknown as Parameters<GeoJSONSource['setData']>[0]);
    },
    draw(drawing, fit) {
      (map.getSource('flows') as GeoJSONSource).setData(drawing.flows as unknown as Parameters<GeoJSONSource['setData']>[0]);
      (map.getSource('nodes') as GeoJSONSource).setData(drawing.nodes as unknown as Parameters<GeoJSONSource['setData']>[0]);
      const points = drawing.nodes.features.flatMap((f) => (f.geometry ? [f.geometry.coordinates] : []));
      if (fit && points.length > 0) {
        const lons = points.map((p) => p[0]);
        const lats = points.map((p) => p[1]);
        map.fitBounds([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], { padding: 30, duration: 0 });
      }
    },
    setSelected(id) {
      map.setFilter('nodes-selected', ['==', ['get', 'id'], id ?? -1]);
    },
    idle: () => new Promise<void>((resolve) => (map.loaded() ? resolve() : map.once('idle', () => resolve()))),
    destroy: () => map.remove(),
  };
}
