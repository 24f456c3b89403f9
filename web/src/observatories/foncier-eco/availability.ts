/**
 * The parks at a glance (no DOM): how much of each park's land is available now, in classes with their colours and
 * labels, and the proportional symbols the map draws for the parks until it is zoomed in far enough to show the lots
 * (LOTS_ZOOM). The legend, the map, the parks' table and the tests read the same classes.
 */
import { formatDecimal } from '../../platform/format';
import type { Feature, FeatureCollection, Position } from '../../platform/api/types';
import type { ParkFigures } from './api';
import type { LotGeometry } from './data';

/** From this zoom on, the map shows the lots by status; below, one symbol per park, coloured by its availability. */
export const LOTS_ZOOM = 12;

/** What the map shows at a zoom: the parks as symbols, or their lots. */
export type MapMode = 'parks' | 'lots';

export function mapMode(zoom: number): MapMode {
  return zoom >= LOTS_ZOOM ? 'lots' : 'parks';
}

export interface AvailabilityClass {
  key: 'none' | 'low' | 'medium' | 'high';
  /** The class holds the shares from `min` (included) up to the next class's min, in %. */
  min: number;
  label: string;
  colour: string;
}

/**
 * Share of a park's land that is available now (developed and free, or being marketed), in classes: none (a hollow
 * symbol: nothing to offer), then a sequential green (the colour of available lots), lighter to darker, so that the
 * classes differ in lightness too, whatever the colour vision. With the demo data's 62 parks: 10, 18, 19 and 15.
 */
export const AVAILABILITY_CLASSES: readonly AvailabilityClass[] = [
  { key: 'none', min: 0, label: 'Aucune surface disponible', colour: '#ffffff' },
  { key: 'low', min: Number.MIN_VALUE, label: 'Moins de 15\u00a0%', colour: '#b7e2b1' },
  { key: 'medium', min: 15, label: 'De 15 à 30\u00a0%', colour: '#41ab5d' },
  { key: 'high', min: 30, label: '30\u00a0% et plus', colour: '#00583a' },
];

type Figures = Pick<ParkFigures, 'totalHa' | 'availableHa' | 'marketedHa'>;

/** Hectares available now: developed and free, or being marketed (as the figures' "Disponible aménagée"). */
export function availableHa(park: Figures): number {
  return park.availableHa + park.marketedHa;
}

/** The share of the park's land available now, in % (null: the park has no land recorded). */
export function availableShare(park: Figures): number | null {
  return park.totalHa > 0 ? (100 * availableHa(park)) / park.totalHa : null;
}

/** The class of a share in % (none for a park without land: nothing is available there either). */
export function availabilityClass(share: number | null): AvailabilityClass {
  const value = share ?? 0;
  let found = AVAILABILITY_CLASSES[0]!;
  for (const c of AVAILABILITY_CLASSES) if (value >= c.min) found = c;
  return found;
}

/** "27 %" (no decimal under 100: classes are wide). */
export function shareLabel(share: number | null): string {
  return share === null ? '—' : `${formatDecimal(share, 0)}\u00a0%`;
}

/** The symbol's radius in pixels: its area in proportion to the park's (3 ha → 3 px, 60 ha → 14 px). */
export function symbolRadius(totalHa: number): number {
  return Math.max(3, 1.8 * Math.sqrt(Math.max(0, totalHa)));
}

/** Where a park's symbol goes: the centroid of its largest polygon (its outer ring's), or null without geometry. */
export function centroidOf(geometry: LotGeometry | null): Position | null {
  if (!geometry) return null;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { area: number; x: number; y: number } | null = null;
  for (const polygon of polygons) {
    const ring = polygon[0];
    if (!ring || ring.length < 3) continue;
    let twice = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[i + 1]!;
      const cross = x0 * y1 - x1 * y0;
      twice += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    const area = Math.abs(twice / 2);
    const centre =
      twice !== 0
        ? { x: cx / (3 * twice), y: cy / (3 * twice) }
        : { x: ring.reduce((s, p) => s + p[0], 0) / ring.length, y: ring.reduce((s, p) => s + p[1], 0) / ring.length };
    if (!best || area > best.area) best = { area, ...centre };
  }
  return best ? [best.x, best.y] : null;
}

export interface PointGeometry {
  type: 'Point';
  coordinates: Position;
}

/** The properties of a park's symbol. */
export interface ParkSymbolProperties {
  id: number;
  name: string;
  totalHa: number;
  availableHa: number;
  /** Share available in % (null: no land recorded). */
  share: number | null;
  availability: AvailabilityClass['key'];
  colour: string;
  radius: number;
  /** Drawing order: the small parks over the large ones. */
  order: number;
}

export type ParkSymbols = FeatureCollection<PointGeometry, ParkSymbolProperties>;

/** One symbol per park that has a geometry, from the parks' figures (those without figures are left out). */
export function parkSymbols(features: readonly Feature<LotGeometry, unknown>[], parks: readonly ParkFigures[]): ParkSymbols {
  const figures = new Map(parks.map((p) => [p.id, p]));
  const symbols: Feature<PointGeometry, ParkSymbolProperties>[] = [];
  for (const f of features) {
    const park = figures.get(Number(f.id));
    const centre = centroidOf(f.geometry);
    if (!park || !centre) continue;
    const share = availableShare(park);
    const c = availabilityClass(share);
    symbols.push({
      type: 'Feature',
      id: park.id,
      geometry: { type: 'Point', coordinates: centre },
      properties: {
        id: park.id,
        name: park.name,
        totalHa: park.totalHa,
        availableHa: availableHa(park),
        share,
        availability: c.key,
        colour: c.colour,
        radius: symbolRadius(park.totalHa),
        order: -park.totalHa,
      },
    });
  }
  return { type: 'FeatureCollection', features: symbols };
}

/** The tooltip of a park's symbol: "ZA des Alouettes : 1,5 ha disponibles sur 10 ha (15 %)". */
export function describeSymbol(p: Pick<ParkSymbolProperties, 'name' | 'availableHa' | 'totalHa' | 'share'>): string {
  const available = p.availableHa > 0 ? `${formatDecimal(p.availableHa, 2)}\u00a0ha disponible${p.availableHa >= 2 ? 's' : ''}` : 'aucune surface disponible';
  return `${p.name} : ${available} sur ${formatDecimal(p.totalHa, 2)}\u00a0ha (${shareLabel(p.share)})`;
}
