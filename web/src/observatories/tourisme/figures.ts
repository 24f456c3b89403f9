/** What the accommodation map shows, as plain functions: the points of the types asked, their colours and words. */
import type { AccommodationFeature } from './api';
import { TYPES, type AccommodationType } from './route';

/** One colour per type, told apart by readers with a colour-vision deficiency (Okabe–Ito). */
export const TYPE_COLOURS: Record<AccommodationType, string> = {
  hotel: '#0072b2',
  camping: '#009e73',
  gite: '#d55e00',
  chambre_hotes: '#cc79a7',
  collectif: '#e69f00',
  residence: '#56b4e9',
};

export const TYPE_LABELS: Record<AccommodationType, string> = {
  hotel: 'Hôtels',
  camping: 'Campings',
  gite: 'Gîtes et meublés',
  chambre_hotes: 'Chambres d’hôtes',
  collectif: 'Hébergements collectifs',
  residence: 'Résidences de tourisme',
};

export interface AccommodationPoint {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { label: string; colour: string; beds: number };
}

const isType = (type: string): type is AccommodationType => (TYPES as readonly string[]).includes(type);

/** The establishments of the types shown (all when types is null). */
export function shownAccommodations(features: readonly AccommodationFeature[], types: readonly AccommodationType[] | null): AccommodationFeature[] {
  return features.filter((f) => isType(f.properties.type) && (types === null || types.includes(f.properties.type)));
}

/** "Hôtel du Nord (Hôtels, 3 étoiles) : 44 lits touristiques". */
export function describe(f: AccommodationFeature): string {
  const p = f.properties;
  const stars = p.stars ? `, ${p.stars} étoile${p.stars > 1 ? 's' : ''}` : '';
  return `${p.name} (${p.type_label}${stars}) : ${number(p.tourist_beds)} lit${p.tourist_beds > 1 ? 's' : ''} touristique${p.tourist_beds > 1 ? 's' : ''}`;
}

export function points(features: readonly AccommodationFeature[]): AccommodationPoint[] {
  return features.map((f) => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: { label: describe(f), colour: isType(f.properties.type) ? TYPE_COLOURS[f.properties.type] : '#6a6a6a', beds: f.properties.tourist_beds },
  }));
}

/** The capacity an establishment is counted in, in words: "22 chambres", "120 emplacements", "6 lits". */
export function capacityWords(f: AccommodationFeature): string {
  const p = f.properties;
  if (p.type === 'camping') return `${number(p.pitches ?? 0)} emplacement${(p.pitches ?? 0) > 1 ? 's' : ''}`;
  if (p.type === 'hotel' || p.type === 'chambre_hotes') return `${number(p.rooms ?? 0)} chambre${(p.rooms ?? 0) > 1 ? 's' : ''}`;
  return `${number(p.beds ?? 0)} lit${(p.beds ?? 0) > 1 ? 's' : ''}`;
}

export function number(value: number, decimals = 0): string {
  return value.toLocaleString('fr-FR', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
