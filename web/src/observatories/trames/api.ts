/** The networks' answers: the change requests picked from the API's generated types, the layers' features as OGC items give them. */
import type { JsonResponse } from '../../platform/api/types';
import type { Network } from './route';

export type ChangeRequestList = JsonResponse<'/api/v1/trames/change-requests'>;
export type ChangeRequest = ChangeRequestList['items'][number];

export type Kind = 'reservoir' | 'corridor';

export interface ElementProperties {
  network: Network;
  kind: Kind;
  name: string;
  status: string;
  status_label: string;
  source: string;
  commune: string;
  version: number;
}

export type ElementGeometry =
  | { type: 'MultiPolygon'; coordinates: number[][][][] }
  | { type: 'MultiLineString'; coordinates: number[][][] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'LineString'; coordinates: number[][] };

export interface ElementFeature {
  type: 'Feature';
  id: number;
  geometry: ElementGeometry;
  properties: ElementProperties;
}

export interface ElementCollection {
  type: 'FeatureCollection';
  features: ElementFeature[];
}

/** What a partner sends to propose a change (POST /api/v1/trames/change-requests). */
export interface Proposal {
  action: 'add' | 'modify' | 'remove';
  elementId?: number;
  network?: Network;
  kind?: Kind;
  name?: string;
  status?: string;
  geometry?: unknown;
  comment: string;
}

/** The OGC collection of a network's elements of one kind. */
export function collectionOf(network: Network, kind: Kind): string {
  return `trames-${network}-${kind}s`;
}
