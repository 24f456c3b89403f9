/**
 * The API's URLs, built from the OpenAPI path templates: path parameters filled and encoded, queries without empty
 * values, links kept on the page's origin, and the curl command the "copy" buttons show.
 */
import type { ApiPath, PathParamsOf, QueryOf } from './types';

export type QueryValue = string | number | boolean | null | undefined;

/** Builds "path?a=1&b=2", leaving out null, undefined and empty values. */
export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    params.append(key, String(value));
  }
  const qs = params.toString();
  return qs === '' ? path : `${path}${path.includes('?') ? '&' : '?'}${qs}`;
}

/** Encodes one path segment, keeping the colon of territory ids ("epci:200072460") readable. */
export function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':');
}

/**
 * Fills an OpenAPI path template: apiPath('/api/v1/indicators/{code}/values', { code: 'a.b' }).
 * A missing parameter is an error, not a silent "undefined" in the URL.
 */
export function apiPath<P extends ApiPath>(template: P, params: PathParamsOf<P>): string {
  const values = params as Record<string, string | number | undefined>;
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') throw new Error(`Paramètre ${name} manquant pour ${template}`);
    return encodeSegment(String(value));
  });
}

/** Query values the API accepts (the generated types say string | null for most). */
type QueryInput<P extends ApiPath> = { [K in keyof QueryOf<P>]?: QueryOf<P>[K] | number | boolean | null | undefined };

/** A typed request: its path template, path parameters and query, checked against the OpenAPI types. */
export interface ApiRequest<P extends ApiPath> {
  path: P;
  params?: PathParamsOf<P>;
  query?: QueryInput<P>;
}

/** The same-origin URL of a typed request (also what the "copy the API URL" buttons show). */
export function apiUrl<P extends ApiPath>(request: ApiRequest<P>): string {
  const path = apiPath(request.path, (request.params ?? {}) as PathParamsOf<P>);
  const query: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(request.query ?? {})) query[key] = value as QueryValue;
  return withQuery(path, query).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** curl command for a URL of this API ("/api/…", or already absolute), quoted for a POSIX shell. */
export function curlCommand(url: string, origin: string): string {
  const absolute = /^https?:\/\//.test(url) ? url : `${origin.replace(/\/+$/, '')}${url}`;
  return `curl '${absolute.replace(/'/g, "'\\''")}'`;
}

/**
 * "/api/v1/territories?offset=100" from a link that may be absolute
 * ("http://host:8080/api/v1/…"): requests must stay on the page's origin
 * (behind the dev proxy or the reverse proxy), whatever host the API saw.
 */
export function sameOriginPath(link: string): string {
  const url = new URL(link, 'http://same-origin.invalid');
  return `${url.pathname}${url.search}`;
}
