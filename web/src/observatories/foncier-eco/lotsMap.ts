/**
 * The availability map of the business parks (MapLibre GL, loaded on demand with the Foncier économique view): the
 * communes and EPCIs' outlines for context; below LOTS_ZOOM one symbol per park, sized by its area and coloured by
 * the share of its land available; from LOTS_ZOOM on, the parks' outlines and their lots coloured by status; the
 * selected park and lot, and the editor's drawing tools (a cut line across a lot, a new lot's outline) with the
 * preview of the result. No basemap: nothing leaves our origin.
 */
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import type { FeatureCollection, Position, TerritoryFeatureCollection } from '../../platform/api/types';
import { LOTS_ZOOM, mapMode, type MapMode, type ParkSymbolProperties, type ParkSymbols } from './availability';
import type { LotGeometry, MapLotProperties } from './data';
import { createFlatMap, fitToBox, showTooltip, whenIdle } from '../../platform/map/flatMap';

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
  /** Text of the hover tooltip of a park's symbol. */
  describeSymbol(properties: ParkSymbolProperties): string;
  /** The map crossed LOTS_ZOOM (and once at the start): it now shows the parks' symbols or the lots. */
  onModeChange(mode: MapMode): void;
}

/** The communes and EPCIs drawn for context. */
export interface MapContext {
  communes: TerritoryFeatureCollection;
  epcis: TerritoryFeatureCollection;
}

export interface PreviewPart {
  geometry: LotGeometry;
  colour: string;
  label: string;
}

export interface LotsMap {
  setContext(context: MapContext): void;
  setParks(data: FeatureCollection<LotGeometry, ParkProperties>): void;
  setParkSymbols(data: ParkSymbols): void;
  setLots(data: FeatureCollection<LotGeometry, MapLotProperties>): void;
  setSelected(park: number | null, lot: number | null): void;
  fitTo(bbox: [number, number, number, number]): void;
  /** What the map shows at its zoom. */
  mode(): MapMode;
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

  for (const id of ['communes', 'epcis', 'parks', 'lots', 'symbols', 'preview', 'drawing']) {
    map.addSource(id, {
      type: 'geojson',
      data: EMPTY,
      // The lots and symbols carry their id as a property; the parks (OGC features) as the feature's id.
      ...(id === 'lots' || id === 'symbols' ? { promoteId: 'id' } : {}),
    } as maplibregl.GeoJSONSourceSpecification);
  }
  const lots = { minzoom: LOTS_ZOOM };
  map.addLayer({ id: 'communes-line', type: 'line', source: 'communes', paint: { 'line-color': '#b4bac6', 'line-width': 0.7 } });
  map.addLayer({ id: 'epcis-line', type: 'line', source: 'epcis', paint: { 'line-color': '#6a7080', 'line-width': 1.6 } });
  map.addLayer({ id: 'parks-fill', type: 'fill', source: 'parks', ...lots, paint: { 'fill-color': '#dfe3ea', 'fill-opacity': 0.6 } });
  map.addLayer({ id: 'lots-fill', type: 'fill', source: 'lots', ...lots, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.95 } });
  map.addLayer({
    id: 'lots-line',
    type: 'line',
    source: 'lots',
    ...lots,
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.5, 15, 1.5] },
  });
  map.addLayer({
    id: 'lots-hover',
    type: 'line',
    source: 'lots',
    ...lots,
    paint: { 'line-color': '#161616', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0] },
  });
  map.addLayer({
    id: 'parks-line',
    type: 'line',
    source: 'parks',
    ...lots,
    paint: { 'line-color': '#3a3a3a', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1, 15, 1.6] },
  });
  map.addLayer({
    id: 'parks-selected',
    type: 'line',
    source: 'parks',
    ...lots,
    filter: ['==', ['id'], -1],
    paint: { 'line-color': '#000091', 'line-width': 2.5 },
  });
  map.addLayer({ id: 'lots-selected', type: 'line', source: 'lots', ...lots, filter: ['==', ['id'], -1], paint: { 'line-color': '#000091', 'line-width': 4 } });
  // The parks at a glance: opaque (the colours are the legend's, pixel for pixel), the small ones over the large.
  map.addLayer({
    id: 'symbols',
    type: 'circle',
    source: 'symbols',
    maxzoom: LOTS_ZOOM,
    layout: { 'circle-sort-key': ['get', 'order'] },
    paint: {
      'circle-radius': ['get', 'radius'],
      'circle-color': ['get', 'colour'],
      'circle-stroke-color': '#2a2a2a',
      'circle-stroke-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 1],
    },
  });
  map.addLayer({
    id: 'symbols-selected',
    type: 'circle',
    source: 'symbols',
    maxzoom: LOTS_ZOOM,
    filter: ['==', ['id'], -1],
    paint: { 'circle-radius': ['+', ['get', 'radius'], 2], 'circle-opacity': 0, 'circle-stroke-color': '#000091', 'circle-stroke-width': 3 },
  });
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
  let hovered: { source: 'lots' | 'symbols'; id: number } | null = null;
  function setHover(next: { source: 'lots' | 'symbols'; id: number } | null): void {
    if (hovered) map.setFeatureState(hovered, { hover: false });
    hovered = next;
    if (hovered) map.setFeatureState(hovered, { hover: true });
  }
  let mode = mapMode(map.getZoom());
  container.dataset['mode'] = mode;
  options.onModeChange(mode);
  map.on('zoom', () => {
    const now = mapMode(map.getZoom());
    if (now === mode) return;
    mode = now;
    container.dataset['mode'] = mode;
    setHover(null);
    tooltip.hidden = true;
    options.onModeChange(mode);
  });
  function lotAt(event: MapMouseEvent): MapGeoJSONFeature | null {
    return map.queryRenderedFeatures(event.point, { layers: ['lots-fill'] })[0] ?? null;
  }
  function parkAt(event: MapMouseEvent): MapGeoJSONFeature | null {
    return map.queryRenderedFeatures(event.point, { layers: ['parks-fill'] })[0] ?? null;
  }
  /** The park's symbol under the pointer (the one drawn on top). */
  function symbolAt(event: MapMouseEvent): MapGeoJSONFeature | null {
    return map.queryRenderedFeatures(event.point, { layers: ['symbols'] })[0] ?? null;
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
    const symbol = mode === 'parks' ? symbolAt(event) : null;
    const lot = mode === 'lots' ? lotAt(event) : null;
    const park = mode === 'lots' && !lot ? parkAt(event) : null;
    if (!symbol && !lot && !park) {
      setHover(null);
      tooltip.hidden = true;
      canvas.style.cursor = '';
      return;
    }
    canvas.style.cursor = 'pointer';
    setHover(symbol ? { source: 'symbols', id: Number(symbol.id) } : lot ? { source: 'lots', id: Number(lot.id) } : null);
    showTooltip(
      tooltip,
      container,
      event.point,
      symbol
        ? options.describeSymbol(symbol.properties as ParkSymbolProperties)
        : lot
          ? options.describeLot(lot.properties as MapLotProperties)
          : options.describePark(park!.properties as ParkProperties),
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
    if (mode === 'parks') {
      const symbol = symbolAt(event);
      options.onSelectPark(symbol ? Number(symbol.id) : null);
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
    setContext(context) {
      (map.getSource('communes') as GeoJSONSource | undefined)?.setData(context.communes as unknown as Data);
      (map.getSource('epcis') as GeoJSONSource | undefined)?.setData(context.epcis as unknown as Data);
    },
    setParkSymbols(data) {
      (map.getSource('symbols') as GeoJSONSource | undefined)?.setData(data as unknown as Data);
      if (hovered?.source === 'symbols') setHover(null);
    },
    setParks(data) {
      (map.getSource('parks') as GeoJSONSource | undefined)?.setData(data as unknown as Data);
    },
    setLots(data) {
      (map.getSource('lots') as GeoJSONSource | undefined)?.setData(data as unknown as Data);
      if (hovered?.source === 'lots') setHover(null);
    },
    setSelected(park, lot) {
      map.setFilter('parks-selected', ['==', ['id'], park ?? -1]);
      map.setFilter('lots-selected', ['==', ['id'], lot ?? -1]);
      map.setFilter('symbols-selected', ['==', ['id'], park ?? -1]);
    },
    fitTo(bbox) {
      fitToBox(map, bbox, { padding: 32, maxZoom: 17 });
    },
    mode: () => mode,
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
    idle: () => whenIdle(map),
    destroy() {
      map.remove();
    },
  };
}
