/** The accident routes' answers, picked from the API's generated types, and the query of a view. */
import type { components } from '../../../platform/api/schema';
import { apiUrl } from '../../../platform/api/client';
import type { JsonResponse } from '../../../platform/api/types';
import type { AccidentsRoute } from './route';

type Schemas = components['schemas'];

/** The GeoJSON of the accidents (its type, a plain string in the document, is always FeatureCollection). */
export type AccidentCollection = Omit<Schemas['AccidentCollection'], 'type'> & { type: 'FeatureCollection' };
export type AccidentFeature = Schemas['AccidentFeature'];
export type AccidentProperties = Schemas['AccidentProperties'];
export type AccidentTotals = Schemas['AccidentTotals'];
export type HotSpots = JsonResponse<'/api/v1/mobilite/accidents/hot-spots'>;
export type HotSpot = Schemas['HotSpot'];

/** The API's filter for a view: exactly what the map, the counts, the tables and the CSV show. */
export function accidentQuery(route: AccidentsRoute): Record<string, string | number> {
  const q: Record<string, string | number> = { from: route.from, to: route.to };
  if (route.month !== null) q['month'] = route.month;
  if (route.hourBand !== null) q['hourBand'] = route.hourBand;
  if (route.modes.length > 0) q['mode'] = route.modes.join(',');
  if (route.severities.length > 0) q['severity'] = route.severities.join(',');
  if (route.agglomeration !== null) q['agglomeration'] = String(route.agglomeration);
  if (route.territory !== null) q['territory'] = route.territory;
  if (route.law) q['loi'] = 'pieton-cycliste';
  return q;
}

/** The accidents of a view (GeoJSON). */
export function accidentsUrl(route: AccidentsRoute): string {
  return apiUrl({ path: '/api/v1/mobilite/accidents', query: accidentQuery(route) });
}

/** The CSV (or XLSX) of exactly the accidents shown. */
export function accidentsCsvUrl(route: AccidentsRoute, f: 'csv' | 'xlsx' = 'csv'): string {
  return apiUrl({ path: '/api/v1/mobilite/accidents', query: { ...accidentQuery(route), f } });
}

/** The hot spots of the view's accidents (the month, hour band and built-up filters do not apply to them). */
export function hotSpotsUrl(route: AccidentsRoute): string {
  const { month: _month, hourBand: _hourBand, agglomeration: _agglomeration, ...rest } = accidentQuery(route);
  return apiUrl({ path: '/api/v1/mobilite/accidents/hot-spots', query: { ...rest, radiusM: 50, minAccidents: 3, limit: 20 } });
}
