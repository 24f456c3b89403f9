/**
 * The sites' map, on MapLibre GL, loaded on demand when the map nears the screen. The EPCI contours give the setting;
 * each site is an icon drawn here (its kind's shape with its letter: no glyphs nor sprites from elsewhere), the chosen
 * one ringed. Nothing leaves our origin.
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { BBox, TerritoryFeatureCollection } from '../../../platform/api/types';
import { createFlatMap, fitToBox, showTooltip, whenIdle } from '../../../platform/map/flatMap';
import { formatMapPosition, type MapPosition } from '../../../platform/routes';
import type { SiteCollection } from './api';
import { shapePoints, siteLabel, SYMBOLS } from './domain';

export interface SitesMapOptions {
  position: MapPosition | null;
  label: string;
  onMove(position: MapPosition): void;
  onSelect(id: string | null): void;
}

export interface SitesMap {
  setContext(epcis: TerritoryFeatureCollection): void;
  /** The sites to show; fit: zoom to them. */
  setSites(sites: SiteCollection, fit: boolean): void;
  setSelected(id: string | null): void;
  setLabel(label: string): void;
  jumpTo(position: MapPosition): void;
  idle(): Promise<void>;
  destroy(): void;
}

const ICON = 28;

/** A kind's icon as pixels: its shape filled with its colour, a dark outline, its letter in white. */
function icon(doc: Document, kind: keyof typeof SYMBOLS): ImageData {
  const symbol = SYMBOLS[kind];
  const ratio = 2;
  const canvas = doc.createElement('canvas');
  canvas.width = canvas.height = ICON * ratio;
  const g = canvas.getContext('2d')!;
  g.scale(ratio, ratio);
  const half = ICON / 2;
  g.beginPath();
  shapePoints(symbol.shape).forEach(([x, y], i) => {
    const px = half + x * (half - 2);
    const py = half + y * (half - 2);
    if (i === 0) g.moveTo(px, py);
    else g.lineTo(px, py);
  });
  g.closePath();
  g.fillStyle = symbol.colour;
  g.fill();
  g.lineWidth = 1.5;
  g.strokeStyle = '#161616';
  g.stroke();
  g.fillStyle = '#ffffff';
  g.font = 'bold 12px system-ui, sans-serif';
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText(symbol.letter, half, half + (symbol.shape === 'triangle' ? 3 : symbol.shape === 'triangle-down' ? -3 : 1));
  return g.getImageData(0, 0, canvas.width, canvas.height);
}

function bounds(sites: SiteCollection): BBox | null {
  const coordinates = sites.features.map((f) => f.geometry.coordinates);
  if (coordinates.length === 0) return null;
  const xs = coordinates.map((c) => c[0]!);
  const ys = coordinates.map((c) => c[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export async function createSitesMap(container: HTMLElement, options: SitesMapOptions): Promise<SitesMap> {
  const map = await createFlatMap(container, options.label, options.position);
  const canvas = map.getCanvas();
  for (const kind of Object.keys(SYMBOLS) as (keyof typeof SYMBOLS)[]) map.addImage(`site-${kind}`, icon(container.ownerDocument, kind), { pixelRatio: 2 });
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('epcis', { type: 'geojson', data: empty });
  map.addSource('sites', { type: 'geojson', data: empty });
  map.addLayer({ id: 'epcis-fill', type: 'fill', source: 'epcis', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.85 } });
  map.addLayer({ id: 'epcis-line', type: 'line', source: 'epcis', paint: { 'line-color': '#7b7b7b', 'line-width': 1 } });
  map.addLayer({
    id: 'sites-selected',
    type: 'circle',
    source: 'sites',
    filter: ['==', ['get', 'id'], ''],
    paint: { 'circle-radius': 17, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#000091', 'circle-stroke-width': 3 },
  });
  map.addLayer({
    id: 'sites',
    type: 'symbol',
    source: 'sites',
    layout: {
      'icon-image': ['concat', 'site-', ['get', 'kind']],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-size': ['interpolate', ['linear'], ['zoom'], 7, 0.75, 11, 1],
    },
  });

  const tooltip = container.ownerDocument.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);

  function siteAt(event: MapMouseEvent): { id: string; label: string } | null {
    const feature = map.queryRenderedFeatures(event.point, { layers: ['sites'] })[0];
    return feature ? (feature.properties as { id: string; label: string }) : null;
  }
  map.on('mousemove', (event: MapMouseEvent) => {
    const site = siteAt(event);
    canvas.style.cursor = site ? 'pointer' : '';
    if (site) showTooltip(tooltip, container, event.point, site.label);
    else tooltip.hidden = true;
  });
  map.on('mouseout', () => (tooltip.hidden = true));
  map.on('click', (event: MapMouseEvent) => options.onSelect(siteAt(event)?.id ?? null));
  map.on('moveend', (event: { originalEvent?: unknown }) => {
    const centre = map.getCenter();
    const position = { lon: centre.lng, lat: centre.lat, zoom: map.getZoom() };
    container.dataset['position'] = formatMapPosition(position);
    if (event.originalEvent) options.onMove(position);
  });

  return {
    setContext(epcis) {
      (map.getSource('epcis') as GeoJSONSource | undefined)?.setData(epcis as unknown as Parameters<GeoJSONSource['setData']>[0]);
    },
    setSites(sites, fit) {
      const data = {
        type: 'FeatureCollection' as const,
        features: sites.features.map((f) => ({
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] },
          properties: { id: f.id, kind: f.properties.kind, label: siteLabel(f.properties) },
        })),
      };
      (map.getSource('sites') as GeoJSONSource | undefined)?.setData(data);
      const bbox = fit ? bounds(sites) : null;
      if (bbox) fitToBox(map, bbox, { padding: 40, maxZoom: 12 });
    },
    setSelected(id) {
      map.setFilter('sites-selected', ['==', ['get', 'id'], id ?? '']);
    },
    setLabel(label) {
      canvas.setAttribute('aria-label', label);
    },
    jumpTo(position) {
      map.jumpTo({ center: [position.lon, position.lat], zoom: position.zoom });
    },
    idle: () => whenIdle(map),
    destroy() {
      map.remove();
    },
  };
}
