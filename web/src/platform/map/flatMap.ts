/**
 * The base every map of the client shares: MapLibre on a plain background (the data is the map, no tiles from
 * elsewhere), French control labels, north up and no tilt, zoom buttons and a scale, the canvas named for screen
 * readers. Resolves once the map has loaded.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { MapPosition } from '../routes';
import type { BBox } from '../api/types';

maplibregl.setWorkerUrl(workerUrl);

/** A light slate, distinct from every palette's palest class (#f7f7f7) and from the no-data grey (#e5e5e5). */
export const BACKGROUND = '#eef2f6';

const FRENCH = {
  'NavigationControl.ZoomIn': 'Zoomer',
  'NavigationControl.ZoomOut': 'Dézoomer',
  'NavigationControl.ResetBearing': 'Réinitialiser l’orientation',
  'ScaleControl.Kilometers': 'km',
  'ScaleControl.Meters': 'm',
};

/** The Pas-de-Calais, when no position is given. */
const ARTOIS: MapPosition = { lon: 2.45, lat: 50.42, zoom: 8.3 };

export async function createFlatMap(container: HTMLElement, label: string, position: MapPosition | null = null): Promise<maplibregl.Map> {
  const start = position ?? ARTOIS;
  const map = new maplibregl.Map({
    container,
    style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } }] },
    center: [start.lon, start.lat],
    zoom: start.zoom,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    maxPitch: 0,
    locale: FRENCH,
    fadeDuration: 0,
    // Keeps the last frame readable (the table of pixels the end-to-end tests check, a future "save as image").
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  const canvas = map.getCanvas();
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  return map;
}

/** Shows the hover tooltip with `text` beside the pointer, kept inside the map's container. */
export function showTooltip(tooltip: HTMLElement, container: HTMLElement, point: { x: number; y: number }, text: string): void {
  tooltip.textContent = text;
  tooltip.hidden = false;
  const x = Math.min(point.x + 14, container.clientWidth - tooltip.offsetWidth - 4);
  const y = Math.max(point.y - tooltip.offsetHeight - 10, 4);
  tooltip.style.transform = `translate(${Math.max(4, x)}px, ${y}px)`;
}

/** Shows the box [west, south, east, north] at once (no animation: the URL and the tests see the final view). */
export function fitToBox(map: maplibregl.Map, bbox: BBox, options: { padding: number; maxZoom?: number }): void {
  map.fitBounds(
    [
      [bbox[0], bbox[1]],
      [bbox[2], bbox[3]],
    ],
    { ...options, animate: false },
  );
}

/** Resolves once the map has drawn what it was given (a repaint asked for, so that an idle map says so too). */
export function whenIdle(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}
