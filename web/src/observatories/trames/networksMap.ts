/**
 * The networks on MapLibre GL, loaded on demand: the reservoirs as filled polygons and the corridors as lines, in each
 * network's colour (corridors dashed for the night network, so that colour is not the only cue), one layer per network
 * and kind so that a network can be hidden; a tooltip naming the element, a click selecting it; and a simple drawing
 * mode where each click adds a vertex (a line for a corridor, a polygon for a reservoir). Nothing leaves our origin.
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import { createFlatMap, showTooltip } from '../../platform/map/flatMap';
import type { ElementCollection, Kind } from './api';
import { drawnGeometry } from './drawing';
import { NETWORKS, type Network } from './route';
import { NETWORK_STYLES } from './words';

export interface NetworksMap {
  setElements(elements: ElementCollection): Promise<void>;
  setHidden(hidden: readonly Network[]): void;
  /** Drawing: every click adds a vertex, reported with the geometry so far; null stops drawing. */
  draw(kind: Kind | null, onChange?: (geometry: unknown) => void): void;
  destroy(): void;
}

type GeoJsonData = Parameters<GeoJSONSource['setData']>[0];
const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export async function createNetworksMap(container: HTMLElement, label: string, onSelect: (id: number) => void): Promise<NetworksMap> {
  const map = await createFlatMap(container, label, { lon: 2.8, lat: 50.43, zoom: 10.5 });
  const canvas = map.getCanvas();
  map.addSource('elements', { type: 'geojson', data: EMPTY, promoteId: 'id' });
  map.addSource('drawing', { type: 'geojson', data: EMPTY });
  const layers: string[] = [];
  for (const network of NETWORKS) {
    const colour = NETWORK_STYLES[network].colour;
    const filter = (kind: Kind) => ['all', ['==', ['get', 'network'], network], ['==', ['get', 'kind'], kind]] as never;
    map.addLayer({
      id: `${network}-fill`,
      type: 'fill',
      source: 'elements',
      filter: filter('reservoir'),
      paint: { 'fill-color': colour, 'fill-opacity': 0.35 },
    });
    map.addLayer({
      id: `${network}-outline`,
      type: 'line',
      source: 'elements',
      filter: filter('reservoir'),
      paint: { 'line-color': colour, 'line-width': 1.5 },
    });
    map.addLayer({
      id: `${network}-line`,
      type: 'line',
      source: 'elements',
      filter: filter('corridor'),
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': colour, 'line-width': 4, ...(network === 'noire' ? { 'line-dasharray': [2, 1] } : {}) },
    });
    layers.push(`${network}-fill`, `${network}-line`);
  }
  map.addLayer({ id: 'drawing-line', type: 'line', source: 'drawing', paint: { 'line-color': '#c2185b', 'line-width': 3 } });
  map.addLayer({ id: 'drawing-points', type: 'circle', source: 'drawing', paint: { 'circle-color': '#c2185b', 'circle-radius': 4 } });

  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);
  let drawing: { kind: Kind; points: [number, number][]; onChange?: (geometry: unknown) => void } | null = null;
  const featureAt = (event: MapMouseEvent) =>
    map.queryRenderedFeatures(
      [
        [event.point.x - 4, event.point.y - 4],
        [event.point.x + 4, event.point.y + 4],
      ],
      { layers: layers.filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none') },
    )[0];
  map.on('mousemove', (event: MapMouseEvent) => {
    const feature = drawing ? undefined : featureAt(event);
    canvas.style.cursor = drawing ? 'crosshair' : feature ? 'pointer' : '';
    if (feature) showTooltip(tooltip, container, event.point, String(feature.properties['name']));
    else tooltip.hidden = true;
  });
  map.on('mouseout', () => (tooltip.hidden = true));
  const showDrawing = () => {
    const points = drawing?.points ?? [];
    const geometry = drawing ? drawnGeometry(drawing.kind, points) : null;
    const features = [
      ...points.map((p) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: p }, properties: {} })),
      ...(points.length >= 2 ? [{ type: 'Feature' as const, geometry: { type: 'LineString' as const, coordinates: points }, properties: {} }] : []),
    ];
    (map.getSource('drawing') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features } as GeoJsonData);
    drawing?.onChange?.(geometry);
  };
  map.on('click', (event: MapMouseEvent) => {
    if (drawing) {
      drawing.points.push([Number(event.lngLat.lng.toFixed(6)), Number(event.lngLat.lat.toFixed(6))]);
      showDrawing();
      return;
    }
    const feature = featureAt(event);
    if (feature) onSelect(Number(feature.properties['id']));
  });

  return {
    async setElements(elements) {
      const data = { ...elements, features: elements.features.map((f) => ({ ...f, properties: { ...f.properties, id: f.id } })) };
      (map.getSource('elements') as GeoJSONSource | undefined)?.setData(data as unknown as GeoJsonData);
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    },
    setHidden(hidden) {
      for (const network of NETWORKS)
        for (const suffix of ['fill', 'outline', 'line'])
          map.setLayoutProperty(`${network}-${suffix}`, 'visibility', hidden.includes(network) ? 'none' : 'visible');
    },
    draw(kind, onChange) {
      drawing = kind === null ? null : { kind, points: [], ...(onChange ? { onChange } : {}) };
      canvas.setAttribute('aria-label', kind === null ? label : `${label} — mode dessin : chaque clic ajoute un sommet`);
      showDrawing();
    },
    destroy() {
      map.remove();
    },
  };
}
