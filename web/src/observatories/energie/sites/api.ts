/** The production sites' answers, picked from the API's generated types. */
import type { components } from '../../../platform/api/schema';

type Schemas = components['schemas'];

/** GET /api/v1/energie/sites: a GeoJSON FeatureCollection with the caller's view and totals by kind. */
export type SiteCollection = Schemas['SiteCollection'] & { type: 'FeatureCollection' };
export type SiteFeature = Schemas['SiteFeature'];
export type SiteProperties = Schemas['SiteProperties'];
export type SiteKindTotal = Schemas['SiteKindTotal'];
export type SiteKind = Schemas['SiteKind'];
