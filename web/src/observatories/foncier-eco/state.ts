/**
 * What the page shows, in one value (the route, the data read, who asks), and what is derived from it (no DOM): the
 * parks of the territory chosen, the park chosen, the names of territories, whether the caller may edit a park.
 * The render functions of the page's parts take a PageState; the store (store.ts) fills its data.
 */
import type { FeatureCollection, TerritorySummary } from '../../platform/api/types';
import { canEdit, type Identity } from '../../platform/auth/session';
import type { TerritoryChoices } from '../../platform/context';
import type { Lot, LotsResponse, ParkFigures } from './api';
import type { LotGeometry, OgcLotProperties } from './data';
import type { MapContext, ParkProperties } from './lotsMap';
import type { FoncierEcoRoute } from './route';

export type LotFeatures = FeatureCollection<LotGeometry, OgcLotProperties>;
export type ParkFeatures = FeatureCollection<LotGeometry, ParkProperties>;

/** A lot read for its sheet and form, with the version to send back (If-Match). */
export interface LotDetail {
  lot: Lot;
  etag: string;
}

/** The data read from the API; null: not read (yet, or again). */
export interface PageData {
  /** The zones of the territory selector. */
  readonly choices: TerritoryChoices | null;
  /** Every park with its figures, today. */
  readonly parks: ParkFigures[] | null;
  /** The map's lots and parks (OGC layers), today. */
  readonly lotFeatures: LotFeatures | null;
  readonly parkFeatures: ParkFeatures | null;
  /** The communes and EPCIs of the agency's perimeter, drawn under the parks for context. */
  readonly mapContext: MapContext | null;
  /** The EPCIs of the territory chosen (null: no territory). */
  readonly territoryEpcis: string[] | null;
  /** The lots of the park chosen, at the date chosen. */
  readonly parkLots: LotsResponse | null;
  /** The lot chosen, today (none at a past date). */
  readonly lotDetail: LotDetail | null;
}

/** Changes of the route shown, applied to the route of the moment (navigate({ ...route, ...changes })). */
export type RouteChanges = Partial<Omit<FoncierEcoRoute, 'view'>>;

export interface PageState {
  readonly route: FoncierEcoRoute;
  readonly data: PageData;
  /** Who is signed in (null: a visitor). */
  readonly identity: Identity | null;
}

export function parkOf(data: PageData, id: number | null): ParkFigures | null {
  return id === null ? null : (data.parks?.find((p) => p.id === id) ?? null);
}

/** The park chosen, if it exists. */
export function selectedPark(state: PageState): ParkFigures | null {
  return parkOf(state.data, state.route.park);
}

/** The parks of the territory chosen (all without one; a groupement's through its EPCIs). */
export function parksShown(state: PageState): ParkFigures[] {
  const { parks, territoryEpcis } = state.data;
  const territory = state.route.territory;
  if (!parks) return [];
  if (!territory) return parks;
  if (territory.startsWith('epci:')) return parks.filter((p) => p.epciId === territory);
  const epcis = territoryEpcis ?? [];
  return parks.filter((p) => p.epciId !== null && epcis.includes(p.epciId));
}

export function epciName(data: PageData, id: string | null): string {
  return (id && data.choices?.epcis.find((e) => e.id === id)?.name) || '—';
}

/** A territory's name from the selector lists, or its id. */
export function territoryLabel(data: PageData, id: string): string {
  const all: TerritorySummary[] = data.choices ? [...data.choices.groupements, ...data.choices.epcis] : [];
  return all.find((t) => t.id === id)?.name ?? id;
}

/** The name of the territory chosen, for titles and captions. */
export function territoryName(state: PageState): string {
  return state.route.territory ? territoryLabel(state.data, state.route.territory) : 'toutes les intercommunalités';
}

/** The territory chosen after "de", as the API names it: "de la CA de Béthune-Bruay…", "du périmètre de l’AULA". */
export function territoryOf(state: PageState): string {
  const id = state.route.territory;
  if (!id) return 'de toutes les intercommunalités';
  const all: TerritorySummary[] = state.data.choices ? [...state.data.choices.groupements, ...state.data.choices.epcis] : [];
  return all.find((t) => t.id === id)?.names.of ?? `du territoire ${id}`;
}

/** Whether the caller may edit the lots of a park (the API still decides: 403 otherwise). */
export function canWrite(state: PageState, park: ParkFigures | null): boolean {
  return park !== null && canEdit(state.identity, park);
}
