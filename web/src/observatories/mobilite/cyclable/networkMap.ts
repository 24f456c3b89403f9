/**
 * The network map, on MapLibre GL, loaded on demand when the reader nears it: the EPCI contours for the setting, the
 * segments one line layer per family (colour, width and dash pattern of styles.ts), a tooltip naming the segment.
 * Nothing leaves our origin (no basemap, no glyphs).
 */
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl';
import type { TerritoryFeatureCollection } from '../../../platform/api/types';
import { createFlatMap, showTooltip } from '../../../platform/map/flatMap';
import type { FacilityCollection } from './api';
import { FAMILY_STYLES, familyOf, mainFacility } from './styles';

export interface NetworkMap {
  setContext(epcis: TerritoryFeatureCollection): void;
  /** The segments to draw (zoomed to them); resolves once drawn. */
  setNetwork(network: FacilityCollection): Promise<void>;
  setLabel(label: string): void;
  destroy(): void;
}

type GeoJsonData = Parameters<GeoJSONSource['setData']>[0];

/** The segments with a facility, each with its family and the tooltip's text. */
export function networkFeatures(network: FacilityCollection): GeoJsonData {
  return {
    type: 'FeatureCollection',
    features: network.features.flatMap((f) => {
      const ame = mainFacility(f.properties.ame_d, f.properties.ame_g);
      if (ame === null) return [];
      const status = (ame === f.properties.ame_d ? f.properties.statut_d : f.properties.statut_g) ?? 'statut non renseigné';
      return [
        {
          type: 'Feature' as const,
          geometry: f.geometry,
          properties: { family: familyOf(ame), label: `${f.properties.id_local} : ${ame.toLowerCase()}, ${status.toLowerCase()}` },
        },
      ];
    }),
  } as GeoJsonData;
}

function bounds(network: FacilityCollection): [[number, number], [number, number]] | null {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of network.features) {
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const [lon, lat] of lines.flat()) {
      minLon = Math.min(minLon, lon);
      minLat = Math.min(minLat, lat);
      maxLon = Math.max(maxLon, lon);
      maxLat = Math.max(maxLat, lat);
    }
  }
  return minLon === Infinity
    ? null
    : [
        [minLon, minLat],
        [maxLon, maxLat],
      ];
}

export async function createNetworkMap(container: HTMLElement, label: string): Promise<NetworkMap> {
  const map = await createFlatMap(container, label, null);
  const canvas = map.getCanvas();
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('epcis', { type: 'geojson', data: empty });
  map.addSource('segments', { type: 'geojson', data: empty });
  map.addLayer({ id: 'epcis-fill', type: 'fill', source: 'epcis', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.85 } });
  map.addLayer({ id: 'epcis-line', type: 'line', source: 'epcis', paint: { 'line-color': '#7b7b7b', 'line-width': 1 } });
  // One layer per family: MapLibre's dash pattern cannot vary by feature within a layer.
  for (const style of FAMILY_STYLES) {
    map.addLayer({
      id: `segments-${style.family}`,
      type: 'line',
      source: 'segments',
      filter: ['==', ['get', 'family'], style.family],
      layout: { 'line-cap': style.dash ? 'butt' : 'round' },
      paint: {
        'line-color': style.colour,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, Math.max(1, style.width / 2), 13, style.width * 1.5],
        ...(style.dash ? { 'line-dasharray': style.dash } : {}),
      },
    });
  }

  const tooltip = document.createElement('div');
  tooltip.className = 'map-tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('aria-hidden', 'true');
  container.append(tooltip);
  const layers = FAMILY_STYLES.map((s) => `segments-${s.family}`);
  map.on('mousemove', (event: MapMouseEvent) => {
    const feature = map.queryRenderedFeatures(
      [
        [event.point.x - 4, event.point.y - 4],
        [event.point.x + 4, event.point.y + 4],
      ],
      { layers },
    )[0];
    canvas.style.cursor = feature ? 'pointer' : '';
    if (feature) showTooltip(tooltip, container, event.point, String(feature.properties['label']));
    else tooltip.hidden = true;
  });
  map.on('mouseout', () => (tooltip.hidden = true));

  return {
    setContext(epcis) {
      (map.getSource('epcis') as GeoJSONSource | undefined)?.setData(epcis as unknown as GeoJsonData);
    },
    async setNetwork(network) {
      (map.getSource('segments') as GeoJSONSource | undefined)?.setData(networkFeatures(network));
      const box = bounds(network);
      if (box) map.fitBounds(box, { padding: 30, animate: false, maxZoom: 14 });
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
    },
    setLabel(text) {
      canvas.setAttribute('aria-label', text);
    },
    destroy() {
      map.remove();
    },
  };
}
