/**
 * What the dashboard reads from the API, in one place: the observatory, the indicators' sheets (cached for the
 * view), the layers' titles, and an indicator's legend, map, values, comparison and series.
 */
import { ApiError, apiUrl } from '../../api/client';
import type {
  BreaksResponse,
  CompareResponse,
  IndicatorDetail,
  MapFeatureCollection,
  ObservatoryDetail,
  SeriesResponse,
  ValuesResponse,
} from '../../api/types';
import type { Context } from '../../context';
import type { ProjectionResponse } from '../../charts/projectionChart';
import type { ClassMethod, MapLevel, ProjectionMethod } from '../../routes';
import { compareReferences } from './model';

/** An indicator at a period, by level, in a zone, in classes: what the map, legend, ranking and key figure show. */
export interface DataQuery {
  code: string;
  period: string;
  level: MapLevel;
  zone: string;
  method: ClassMethod;
  classes: number;
}

/** Which stored contours the map asks for (the API also has `low`, simplified at 500 m, for zooms under 8). */
export type Resolution = 'medium' | 'full';

/**
 * The contours for a zoom, as the API's own vector tiles choose them: simplified at 100 m (`medium`) up to zoom 10,
 * which covers the first view (the perimeter or an EPCI fitted in the map, zoom 8.5 to 10.5 from a phone to a wide
 * screen), full from zoom 11, where 100 m shows and where the observatory's layers are drawn from full contours.
 */
export function resolutionFor(zoom: number | null | undefined): Resolution {
  return zoom !== null && zoom !== undefined && zoom >= 11 ? 'full' : 'medium';
}

export interface DashboardReads {
  observatory(slug: string): Promise<ObservatoryDetail>;
  /** An indicator's sheet, asked once for the view (asked again after a failure). */
  indicator(code: string): Promise<IndicatorDetail>;
  /** The OGC collections' titles by id (empty when they cannot be read: the ids are shown instead). */
  layerTitles(): Promise<Map<string, string>>;
  breaks(query: DataQuery): Promise<BreaksResponse>;
  map(query: DataQuery, resolution: Resolution): Promise<MapFeatureCollection>;
  values(query: DataQuery): Promise<ValuesResponse>;
  compare(query: DataQuery): Promise<CompareResponse>;
  series(code: string, territories: readonly string[], indexPeriod: string | null): Promise<SeriesResponse>;
  /** The zone's projection to 2050 (the API's default method when null). */
  projection(code: string, zone: string, method: ProjectionMethod | null): Promise<ProjectionResponse>;
}

/** The projection's address, for the request and the CSV link. */
export function projectionUrl(code: string, zone: string, method: ProjectionMethod | null, format: 'json' | 'csv' = 'json'): string {
  return apiUrl({
    path: '/api/v1/indicators/{code}/projection',
    params: { code },
    query: { territory: zone, ...(method ? { method } : {}), ...(format === 'csv' ? { format } : {}) },
  });
}

export function dashboardReads(ctx: Pick<Context, 'client'>): DashboardReads {
  const client = ctx.client;
  const details = new Map<string, Promise<IndicatorDetail>>();
  const classQuery = (q: DataQuery) => ({ level: q.level, within: q.zone, period: q.period, method: q.method, classes: q.classes });
  return {
    observatory: (slug) => client.get({ path: '/api/v1/observatories/{slug}', params: { slug } }),
    indicator(code) {
      let detail = details.get(code);
      if (!detail) {
        detail = client.get({ path: '/api/v1/indicators/{code}', params: { code } });
        details.set(code, detail);
        detail.catch(() => details.delete(code));
      }
      return detail;
    },
    async layerTitles() {
      try {
        const collections = await client.get({ path: '/ogc/collections' });
        return new Map(collections.collections.map((c) => [c.id, c.title]));
      } catch {
        return new Map();
      }
    },
    breaks: (q) => client.get({ path: '/api/v1/indicators/{code}/breaks', params: { code: q.code }, query: classQuery(q) }),
    map: (q, resolution) =>
      client.getFeatureCollection<MapFeatureCollection>(
        apiUrl({ path: '/api/v1/indicators/{code}/map', params: { code: q.code }, query: { ...classQuery(q), resolution } }),
      ),
    values: (q) =>
      client.get({ path: '/api/v1/indicators/{code}/values', params: { code: q.code }, query: { level: q.level, within: q.zone, period: q.period } }),
    // The zone's similar territories (its peer groups) are compared too, and their members named.
    compare: async (q) => {
      const groups = await client.get({ path: '/api/v1/peer-groups', query: { subject: q.zone } });
      return client.get({
        path: '/api/v1/indicators/{code}/compare',
        params: { code: q.code },
        query: {
          territory: q.zone,
          period: q.period,
          references: compareReferences(
            q.zone,
            groups.items.map((g) => g.id),
          ),
        },
      });
    },
    projection: (code, zone, method) => client.getJson<ProjectionResponse>(projectionUrl(code, zone, method)),
    series: (code, territories, indexPeriod) =>
      client.get({ path: '/api/v1/indicators/{code}/series', params: { code }, query: { territories: territories.join(','), index: indexPeriod } }),
  };
}

/** 404 on a territory: say which, in French. */
export function explain(error: unknown, zone: string): unknown {
  if (error instanceof ApiError && error.status === 404 && /territor/i.test(error.message)) {
    return new ApiError(`Territoire inconnu : ${zone}`, { kind: 'http', url: error.url, status: 404, problem: error.problem });
  }
  return error;
}
