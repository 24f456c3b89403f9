/**
 * The brownfield map, on MapLibre GL, loaded on demand with the brownfield view. The EPCI contours give the
 * setting; the sites are the OGC layer's polygons (GeoJSON) coloured by the view (score class or status), with a
 * dot at each site's centre below zoom 12 so that a 2-hectare site stays visible at the scale of the agency's
 * territory. Nothing leaves our origin (no basemap, no glyphs).
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { BBox, FeatureCollection, SurfaceGeometry, TerritoryFeatureCollection } from '../../platform/api/types';
import { formatMapPosition, type MapPosition } from '../../platform/routes';
import { boundingBox } from '../../platform/map/svgMap';
import { createFlatMap, fitToBox, showTooltip, whenIdle } from '../../platform/map/flatMap';

/** What the map needs of a site: its id, its colour and the text of its tooltip. */
export interface SiteFeatureProperties {
  id: number;
  colour: string;
  label: string;
}

export type SiteFeatures = FeatureCollection<SurfaceGeometry, SiteFeatureProperties>;

export interface SitesMapOptions {
  position: MapPosition | null;
  label: string;
  onMove(position: MapPosition): void;
  onSelect(id: number | null): void;
}

export interface SitesMap {
  setContext(epcis: TerritoryFeatureCollection): void;
  /** The sites to show; fit: zoom to them. */
  setSites(sites: SiteFeatures, fit: boolean): void;
  setSelected(id: number | null): void;
  setLabel(label: string): void;
  jumpTo(position: MapPosition): void;
  idle(): Promise<void>;
  destroy(): void;
}

/** The centre of a polygon's bounding box: enough to place a dot on a site of a few hectares. */
export function centreOf(geometry: SurfaceGeometry | null): [number, number] | null {
  const bbox = boundingBox([geometry]);
  return bbox ? [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2] : null;
}

function points(sites: SiteFeatures): FeatureCollection<{ type: 'Point'; coordinates: [number, number] }, SiteFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: sites.features.flatMap((f) => {
      const centre = centreOf(f.geometry);
      return centre ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: centre }, properties: f.properties }] : [];
    }),
  };
}

export async function createSitesMap(container: HTMLElement, options: SitesMapOptions): Promise<SitesMap> {
  const map = await createFlatMap(container, options.label, options.position);
  const canvas = map.getCanvas();
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('epcis', { type: 'geojson', data: empty });
  map.addSource('sites', { type: 'geojson', data: empty, promoteId: 'id' });
  map.addSource('site-points', { type: 'geojson', data: empty, promoteId: 'id' });
  map.addLayer({ id: 'epcis-fill', type: 'fill', source: 'epcis', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.85 } });
  map.addLayer({ id: 'epcis-line', type: 'line', source: 'epcis', paint: { 'line-color': '#7b7b7b', 'line-width': 1 } });
  map.addLayer({
    id: 'sites-fill',
    type: 'fill',
    source: 'sites',
    paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.85 },
  });
  map.addLayer({ id: 'sites-line', type: 'line', source: 'sites', paint: { 'line-color': '#161616', 'line-width': 0.6 } });
  map.addLayer({
    id: 'site-points',
    type: 'circle',
    source: 'site-points',
    maxzoom: 12,
    paint: {
      'circle-color': ['get', 'colour'],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 3.5, 11, 6],
      'circle-stroke-color': '#161616',
      'circle-stroke-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0.8],
    },
  });
  map.addLayer({
    id: 'sites-selected',
    type: 'line',
    source: 'sites',
    filter: ['==', ['get', 'id'], -1],
    paint: { 'line-color': '#000091', 'line-width': 3.5 },
  });
  map.addLayer({
    id: 'site-points-selected',
    type: 'circle',
    source: 'site-points',
    maxzoom: 12,
    filter: ['==', ['get', 'id'], -1],
    paint: { 'circle-radius': 10, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#000091', 'circle-stroke-width': 3 },
  });

  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);

  const interactive = ['site-points', 'sites-fill'];
  function siteAt(event: MapMouseEvent): SiteFeatureProperties | null {
    const feature = map.queryRenderedFeatures(event.point, { layers: interactive.filter((l) => map.getLayer(l)) })[0];
    return feature ? (feature.properties as SiteFeatureProperties) : null;
  }
  let hovered: number | null = null;
  function setHover(id: number | null): void {
    if (hovered !== null) map.setFeatureState({ source: 'site-points', id: hovered }, { hover: false });
    hovered = id;
    if (hovered !== null) map.setFeatureState({ source: 'site-points', id: hovered }, { hover: true });
  }
  map.on('mousemove', (event: MapMouseEvent) => {
    const site = siteAt(event);
    if (!site) {
      setHover(null);
      tooltip.hidden = true;
      canvas.style.cursor = '';
      return;
    }
    canvas.style.cursor = 'pointer';
    setHover(Number(site.id));
    showTooltip(tooltip, container, event.point, site.label);
  });
  map.on('mouseout', () => {
    setHover(null);
    tooltip.hidden = true;
  });
  map.on('click', (event: MapMouseEvent) => {
    const site = siteAt(event);
    options.onSelect(site ? Number(site.id) : null);
  });
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
      (map.getSource('sites') as GeoJSONSource | undefined)?.setData(sites as unknown as Parameters<GeoJSONSource['setData']>[0]);
      (map.getSource('site-points') as GeoJSONSource | undefined)?.setData(points(sites) as unknown as Parameters<GeoJSONSource['setData']>[0]);
      setHover(null);
      if (fit) {
        const bbox: BBox | null = boundingBox(sites.features.map((f) => f.geometry));
        if (bbox) {
          fitToBox(map, bbox, { padding: 40, maxZoom: 14 });
        }
      }
    },
    setSelected(id) {
      map.setFilter('sites-selected', ['==', ['get', 'id'], id ?? -1]);
      map.setFilter('site-points-selected', ['==', ['get', 'id'], id ?? -1]);
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
