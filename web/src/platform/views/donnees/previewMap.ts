/**
 * The small map of a layer's page: the platform's map (MapLibre, loaded on demand) showing the layer's vector tiles,
 * framed on its first objects.
 */
import { createChoroplethMap, type ChoroplethMap, type OverlayLayer } from '../../map/choropleth';

/** Centre and zoom that frame an extent in a container `width` px wide (Web Mercator, 512 px tiles). */
export function frame(extent: [number, number, number, number], width: number): { lon: number; lat: number; zoom: number } {
  const [minLon, minLat, maxLon, maxLat] = extent;
  const lat = (minLat + maxLat) / 2;
  const span = Math.max(maxLon - minLon, (maxLat - minLat) / Math.cos((lat * Math.PI) / 180), 0.005);
  const zoom = Math.log2((width * 0.7 * 360) / (512 * span));
  return { lon: (minLon + maxLon) / 2, lat, zoom: Math.max(5, Math.min(14, zoom)) };
}

export async function createPreviewMap(container: HTMLElement, layer: OverlayLayer, extent: [number, number, number, number] | null): Promise<ChoroplethMap> {
  const position = extent ? frame(extent, container.clientWidth || 600) : null;
  const map = await createChoroplethMap(container, {
    position,
    label: `Carte de la couche ${layer.title}`,
    onMove: () => {},
    onSelect: () => {},
    describe: (properties) => properties.name,
  });
  map.setOverlays([layer], [layer.id]);
  return map;
}
