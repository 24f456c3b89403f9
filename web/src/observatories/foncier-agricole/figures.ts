/** What the outlets map shows, as plain functions: the outlets of the types asked, their colours and words. */
import type { OutletFeature } from './api';
import { TYPES, type OutletType } from './route';

/** One colour per type, told apart by readers with a colour-vision deficiency (Okabe–Ito). */
export const TYPE_COLOURS: Record<OutletType, string> = {
  vente_ferme: '#009e73',
  marche: '#0072b2',
  amap: '#d55e00',
  drive_fermier: '#cc79a7',
  magasin_producteurs: '#e69f00',
};

export const TYPE_LABELS: Record<OutletType, string> = {
  vente_ferme: 'Vente à la ferme',
  marche: 'Marchés',
  amap: 'AMAP',
  drive_fermier: 'Drives fermiers',
  magasin_producteurs: 'Magasins de producteurs',
};

export interface OutletPoint {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { label: string; colour: string };
}

const isType = (type: string): type is OutletType => (TYPES as readonly string[]).includes(type);

/** The outlets of the types shown (all when types is null). */
export function shownOutlets(features: readonly OutletFeature[], types: readonly OutletType[] | null): OutletFeature[] {
  return features.filter((f) => isType(f.properties.type) && (types === null || types.includes(f.properties.type)));
}

/** "Ferme du Marais (Vente à la ferme)". */
export function describe(f: OutletFeature): string {
  return `${f.properties.name} (${f.properties.type_label})`;
}

export function points(features: readonly OutletFeature[]): OutletPoint[] {
  return features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: { label: describe(f), colour: isType(f.properties.type) ? TYPE_COLOURS[f.properties.type] : '#6a6a6a' },
  }));
}

/** How many outlets of each type, in the nomenclature's order. */
export function countByType(features: readonly OutletFeature[]): { type: OutletType; count: number }[] {
  return TYPES.map((type) => ({ type, count: features.filter((f) => f.properties.type === type).length }));
}

export function number(value: number): string {
  return value.toLocaleString('fr-FR');
}
