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
import type { ClassMethod, MapLevel } from '../../routes';
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

export interface DashboardReads {
  observatory(slug: string): Promise<ObservatoryDetail>;
  /** An indicator's sheet, asked once for the view (asked again after a failure). */
  indicator(code: string): Promise<IndicatorDetail>;
  /** The OGC collections' titles by id (empty when they cannot be read: the ids are shown instead). */
  layerTitles(): Promise<Map<string, string>>;
  breaks(query: DataQuery): Promise<BreaksResponse>;
  map(query: DataQuery): Promise<MapFeatureCollection>;
  values(query: DataQuery): Promise<ValuesResponse>;
  compare(query: DataQuery): Promise<CompareResponse>;
  series(code: string, territories: readonly string[], indexPeriod: string | null): Promise<SeriesResponse>;
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
    map: (q) =>
      client.getFeatureCollection<MapFeatureCollection>(
        apiUrl({ path: '/api/v1/indicators/{code}/map', params: { code: q.code }, query: { ...classQuery(q), resolution: 'medium' } }),
      ),
    values: (q) =>
      client.get({ path: '/api/v1/indicators/{code}/values', params: { code: q.code }, query: { level: q.level, within: q.zone, period: q.period } }),
    compare: (q) =>
      client.get({
        path: '/api/v1/indicators/{code}/compare',
        params: { code: q.code },
        query: { territory: q.zone, period: q.period, references: compareReferences(q.zone) },
      }),
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
