/**
 * The availability map of the business parks (MapLibre GL, loaded on demand with the Foncier économique view): the
 * parks' outlines, their lots coloured by status, the selected park and lot, and the editor's drawing tools (a cut
 * line across a lot, a new lot's outline) with the preview of the result. No basemap: nothing leaves our origin.
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { FeatureCollection, Position } from '../../platform/api/types';
import type { LotGeometry, MapLotProperties } from './data';
import { createFlatMap, showTooltip } from '../../platform/map/flatMap';

export interface ParkProperties {
  name: string;
  type: string;
  commune: string;
}

export type DrawKind = 'line' | 'polygon';

export interface LotsMapOptions {
  label: string;
  /** A lot clicked (with its park). */
  onSelectLot(lot: number, park: number): void;
  /** A park clicked outside its lots (or nothing: null). */
  onSelectPark(park: number | null): void;
  /** Text of the hover tooltip of a lot. */
  describeLot(properties: MapLotProperties): string;
  describePark(properties: ParkProperties): string;
}

export interface PreviewPart {
  geometry: LotGeometry;
  colour: string;
  label: string;
}

export interface LotsMap {
  setParks(data: FeatureCollection<LotGeometry, ParkProperties>): void;
  setLots(data: FeatureCollection<LotGeometry, MapLotProperties>): void;
  setSelected(park: number | null, lot: number | null): void;
  fitTo(bbox: [number, number, number, number]): void;
  /** Starts drawing: every click adds a point; onChange gets the points so far. */
  startDrawing(kind: DrawKind, onChange: (points: Position[]) => void): void;
  undoPoint(): void;
  stopDrawing(): void;
  setPreview(parts: PreviewPart[] | null): void;
  /** Resolves when the map has drawn everything it has. */
  idle(): Promise<void>;
  destroy(): void;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
type Data = Parameters<GeoJSONSource['setData']>[0];
// Sources are looked up with `?.`: a map destroyed while an answer was on its way has none, and drawing on it is moot.

export async function createLotsMap(container: HTMLElement, options: LotsMapOptions): Promise<LotsMap> {
  const map = await createFlatMap(container, options.label);
  const canvas = map.getCanvas();

  for (const id of ['parks', 'lots', 'preview', 'drawing']) {
    map.addSource(id, {
      type: 'geojson',
      data: EMPTY,
      ...(id === 'lots' || id === 'parks' ? { promoteId: 'id' } : {}),
    } as maplibregl.GeoJSONSourceSpecification);
  }
  map.addLayer({ id: 'parks-fill', type: 'fill', source: 'parks', paint: { 'fill-color': '#dfe3ea', 'fill-opacity': 0.6 } });
  map.addLayer({ id: 'lots-fill', type: 'fill', source: 'lots', paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.95 } });
  map.addLayer({
    id: 'lots-line',
    type: 'line',
    source: 'lots',
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.3, 15, 1.5] },
  });
  map.addLayer({
    id: 'lots-hover',
    type: 'line',
    source: 'lots',
    paint: { 'line-color': '#161616', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0] },
  });
  map.addLayer({
    id: 'parks-line',
    type: 'line',
    source: 'parks',
    paint: { 'line-color': '#3a3a3a', 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.6, 15, 1.6] },
  });
  map.addLayer({ id: 'parks-selected', type: 'line', source: 'parks', filter: ['==', ['id'], -1], paint: { 'line-color': '#000091', 'line-width': 2.5 } });
  map.addLayer({ id: 'lots-selected', type: 'line', source: 'lots', filter: ['==', ['id'], -1], paint: { 'line-color': '#000091', 'line-width': 4 } });
  map.addLayer({ id: 'preview-fill', type: 'fill', source: 'preview', paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.85 } });
  map.addLayer({ id: 'preview-line', type: 'line', source: 'preview', paint: { 'line-color': '#161616', 'line-width': 2, 'line-dasharray': [2, 1] } });
  map.addLayer({
    id: 'drawing-line',
    type: 'line',
    source: 'drawing',
    filter: ['!=', ['geometry-type'], 'Point'],
    paint: { 'line-color': '#ce0500', 'line-width': 3, 'line-dasharray': [2, 1] },
  });
  map.addLayer({
    id: 'drawing-points',
    type: 'circle',
    source: 'drawing',
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-color': '#ffffff', 'circle-radius': 5, 'circle-stroke-color': '#ce0500', 'circle-stroke-width': 2.5 },
  });

  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);

  let drawing: { kind: DrawKind; points: Position[]; onChange: (points: Position[]) => void } | null = null;
  let hovered: number | null = null;
  function setHover(id: number | null): void {
    if (hovered !== null) map.setFeatureState({ source: 'lots', id: hovered }, { hover: false });
    hovered = id;
    if (hovered !== null) map.setFeatureState({ source: 'lots', id: hovered }, { hover: true });
  }
  function lotAt(event: MapMouseEvent): MapGeoJSONFeature | null {
    return map.queryRenderedFeatures(event.point, { layers: ['lots-fill'] })[0] ?? null;
  }
  function parkAt(event: MapMouseEvent): MapGeoJSONFeature | null {
    return map.queryRenderedFeatures(event.point, { layers: ['parks-fill'] })[0] ?? null;
  }

  function renderDrawing(): void {
    const points = drawing?.points ?? [];
    const features: object[] = points.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }));
    if (points.length >= 2) {
      const line = drawing?.kind === 'polygon' && points.length >= 3 ? [...points, points[0]!] : points;
      features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: line } });
    }
    (map.getSource('drawing') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features } as Data);
  }

  map.on('mousemove', (event: MapMouseEvent) => {
    if (drawing) {
      tooltip.hidden = true;
      canvas.style.cursor = 'crosshair';
      return;
    }
    const lot = lotAt(event);
    const park = lot ? null : parkAt(event);
    if (!lot && !park) {
      setHover(null);
      tooltip.hidden = true;
      canvas.style.cursor = '';
      return;
    }
    canvas.style.cursor = 'pointer';
    setHover(lot ? Number(lot.id) : null);
    showTooltip(
      tooltip,
      container,
      event.point,
      lot ? options.describeLot(lot.properties as MapLotProperties) : options.describePark(park!.properties as ParkProperties),
    );
  });
  map.on('mouseout', () => {
    setHover(null);
    tooltip.hidden = true;
  });
  map.on('click', (event: MapMouseEvent) => {
    if (drawing) {
      drawing.points.push([Number(event.lngLat.lng.toFixed(7)), Number(event.lngLat.lat.toFixed(7))]);
      renderDrawing();
      drawing.onChange([...drawing.points]);
      return;
    }
    const lot = lotAt(event);
    if (lot) {
      const p = lot.properties as MapLotProperties;
      options.onSelectLot(Number(p.id), Number(p.zae));
      return;
    }
    const park = parkAt(event);
    options.onSelectPark(park ? Number(park.id) : null);
  });

  // Where the map is (centre and zoom), for tests and anyone inspecting the page.
  map.on('moveend', () => {
    const c = map.getCenter();
    container.dataset['position'] = `${c.lng.toFixed(6)},${c.lat.toFixed(6)},${map.getZoom().toFixed(4)}`;
  });

  return {
    setParks(data) {
      (map.getSource('parks') as GeoJSONSource | undefined)?.setData(data as unknown as Data);
    },
    setLots(data) {
      (map.getSource('lots') as GeoJSONSource | undefined)?.setData(data as unknown as Data);
      setHover(null);
    },
    setSelected(park, lot) {
      map.setFilter('parks-selected', ['==', ['id'], park ?? -1]);
      map.setFilter('lots-selected', ['==', ['id'], lot ?? -1]);
    },
    fitTo(bbox) {
      map.fitBounds(
        [
          [bbox[0], bbox[1]],
          [bbox[2], bbox[3]],
        ],
        { padding: 32, animate: false, maxZoom: 17 },
      );
    },
    startDrawing(kind, onChange) {
      drawing = { kind, points: [], onChange };
      map.doubleClickZoom.disable();
      canvas.style.cursor = 'crosshair';
      container.dataset['drawing'] = kind;
      renderDrawing();
    },
    undoPoint() {
      if (!drawing) return;
      drawing.points.pop();
      renderDrawing();
      drawing.onChange([...drawing.points]);
    },
    stopDrawing() {
      drawing = null;
      map.doubleClickZoom.enable();
      canvas.style.cursor = '';
      delete container.dataset['drawing'];
      renderDrawing();
    },
    setPreview(parts) {
      (map.getSource('preview') as GeoJSONSource | undefined)?.setData({
        type: 'FeatureCollection',
        features: (parts ?? []).map((p) => ({ type: 'Feature', properties: { colour: p.colour, label: p.label }, geometry: p.geometry })),
      } as unknown as Data);
    },
    idle() {
      return new Promise((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    },
    destroy() {
      map.remove();
    },
  };
}
