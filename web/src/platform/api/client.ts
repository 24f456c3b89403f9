/**
 * Tiny typed fetch wrapper for the Observatoires API.
 *
 * Every non-2xx answer, network failure, timeout or unreadable body becomes an
 * {@link ApiError}; its message is the problem's `detail` (or `title`) when the
 * API sent RFC 9457 problem details.
 */
import type {
  ApiPath,
  HealthResponse,
  JsonResponse,
  ProblemDetails,
  TerritoryDetail,
  TerritoryFeatureCollection,
  TerritoryLevel,
  TerritoryPage,
  TerritorySummary,
} from './types';
import { apiPath, apiUrl, sameOriginPath, withQuery, type ApiRequest } from './urls';
import { readText } from './readText';

// The URL helpers live in urls.ts; re-exported so that a view needs one import for a call and its link.
export { apiPath, apiUrl, curlCommand, encodeSegment, sameOriginPath, withQuery, type ApiRequest } from './urls';

export type ApiErrorKind =
  /** The server answered with a non-2xx status. */
  | 'http'
  /** No answer: network down, DNS, CORS, connection refused… */
  | 'network'
  /** No answer within the time limit. */
  | 'timeout'
  /** The caller aborted the request. */
  | 'aborted'
  /** A 2xx answer whose body is not the expected JSON. */
  | 'parse';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status, 0 when there was no answer. */
  readonly status: number;
  /** The problem details, when the body was one. */
  readonly problem: ProblemDetails | null;
  /** The parsed JSON body of a non-2xx answer (e.g. the /health body of a 503), or null. */
  readonly body: unknown;
  readonly url: string;

  constructor(
    message: string,
    init: {
      kind: ApiErrorKind;
      url: string;
      status?: number;
      problem?: ProblemDetails | null;
      body?: unknown;
      cause?: unknown;
    },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.url = init.url;
    this.status = init.status ?? 0;
    this.problem = init.problem ?? null;
    this.body = init.body ?? null;
  }
}

export interface ClientOptions {
  /** Prefix for every path, '' (same origin) by default. */
  baseUrl?: string;
  /** Defaults to the global fetch, looked up at call time (so tests can stub it). */
  fetch?: typeof fetch;
  /** Per-request time limit in milliseconds, 15 s by default. */
  timeoutMs?: number;
  /** The signed-in editor's API key, read at every call: sent as `Authorization: Bearer …` when there is one. */
  apiKey?: () => string | null;
  /** Called when the API refuses the key sent (401): the session is over. */
  onUnauthorized?: (error: ApiError) => void;
}

/** A write (PATCH, POST, DELETE) of the API. */
export interface SendOptions extends RequestOptions {
  /** JSON body. */
  body?: unknown;
  /** The version the write is based on (the ETag read), sent as If-Match. */
  ifMatch?: string | null;
  /** '*': create only if nothing is there yet (If-None-Match: *), for an object whose first version is written. */
  ifNoneMatch?: '*' | null;
}

/** The answer of a write or of a read whose version matters: body (null for 204) and ETag. */
export interface Versioned<T> {
  body: T;
  etag: string | null;
  status: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** A GET of text (a CSV's first rows): at most `maxBytes` are read, the rest of the body is left unread. */
export interface GetTextOptions extends RequestOptions {
  maxBytes?: number;
}

export interface GetJsonOptions<T> extends RequestOptions {
  /** Checks the shape of a 2xx body; a body that fails becomes an ApiError of kind "parse". */
  validate?: (body: unknown) => body is T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every JSON answer of the API is an object: enough to fail clearly on an HTML page or a bare value. */
function isRecordOf<T>(value: unknown): value is T {
  return isRecord(value);
}

/** Keeps the RFC 9457 members that have the expected type; null if none does. */
export function toProblemDetails(body: unknown): ProblemDetails | null {
  if (!isRecord(body)) return null;
  const problem: ProblemDetails = {};
  if (typeof body['type'] === 'string') problem.type = body['type'];
  if (typeof body['title'] === 'string') problem.title = body['title'];
  if (typeof body['status'] === 'number') problem.status = body['status'];
  if (typeof body['detail'] === 'string') problem.detail = body['detail'];
  if (typeof body['instance'] === 'string') problem.instance = body['instance'];
  if (Array.isArray(body['errors'])) {
    // FastEndpoints: [{ name, reason }]
    const errors: Record<string, string[]> = {};
    for (const item of body['errors']) {
      if (!isRecord(item)) continue;
      const name = typeof item['name'] === 'string' ? item['name'] : '';
      const reason = typeof item['reason'] === 'string' ? item['reason'] : String(item['reason'] ?? '');
      (errors[name] ??= []).push(reason);
    }
    problem.errors = errors;
  } else if (isRecord(body['errors'])) {
    const errors: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(body['errors'])) {
      if (Array.isArray(value)) errors[key] = value.map(String);
      else if (typeof value === 'string') errors[key] = [value];
    }
    problem.errors = errors;
  }
  return Object.keys(problem).length === 0 ? null : problem;
}

function isJsonContentType(contentType: string | null): boolean {
  // application/json, application/problem+json, application/geo+json…
  return contentType !== null && /^application\/([\w.-]+\+)?json\b/i.test(contentType.trim());
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return null;
  return JSON.parse(text) as unknown;
}

export class ApiClient {
  readonly #baseUrl: string;
  readonly #fetch: typeof fetch | undefined;
  readonly #timeoutMs: number;
  readonly #apiKey: (() => string | null) | undefined;
  readonly #onUnauthorized: ((error: ApiError) => void) | undefined;

  constructor(options: ClientOptions = {}) {
    this.#baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    this.#fetch = options.fetch;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#apiKey = options.apiKey;
    this.#onUnauthorized = options.onUnauthorized;
  }

  /** The same client sending this key instead of the session's (to check a key before keeping it); no 401 callback. */
  withApiKey(key: string): ApiClient {
    return new ApiClient({
      baseUrl: this.#baseUrl,
      ...(this.#fetch ? { fetch: this.#fetch } : {}),
      timeoutMs: this.#timeoutMs,
      apiKey: () => key,
    });
  }

  /** The headers of every request: Accept, and the editor's key when signed in. */
  #headers(extra: Record<string, string> = {}): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...extra };
    const key = this.#apiKey?.();
    if (key) headers['Authorization'] = `Bearer ${key}`;
    return headers;
  }

  /** GET a JSON document; resolves only on a 2xx answer with a JSON body. */
  async getJson<T>(path: string, options: GetJsonOptions<T> = {}): Promise<T> {
    return (await this.#exchange<T>('GET', path, options)).body;
  }

  /** GET a JSON document with its ETag (the version to send back as If-Match). */
  getVersioned<T>(path: string, options: GetJsonOptions<T> = {}): Promise<Versioned<T>> {
    return this.#exchange<T>('GET', path, options);
  }

  /** A write: JSON body, If-Match; resolves with the answer's body (null for 204) and ETag on a 2xx. */
  send<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, options: SendOptions = {}): Promise<Versioned<T | null>> {
    return this.#exchange<T | null>(method, path, options, true);
  }

  /** GET a text document (CSV…) with the session's key; resolves with its first `maxBytes` (all of it by default). */
  async getText(path: string, options: GetTextOptions = {}): Promise<{ text: string; complete: boolean }> {
    return (
      await this.#exchange<{ text: string; complete: boolean }>('GET', path, {
        ...options,
        accept: 'text/csv, text/plain, */*',
        read: (response) => readText(response, options.maxBytes),
      })
    ).body;
  }

  /** GET a file (a download) with the session's key: its bytes and the name the API gives it (Content-Disposition). */
  async getFile(path: string, options: RequestOptions = {}): Promise<{ blob: Blob; fileName: string | null }> {
    const read = async (response: Response) => ({
      blob: await response.blob(),
      fileName: /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? null,
    });
    return (await this.#exchange<{ blob: Blob; fileName: string | null }>('GET', path, { ...options, accept: '*/*', read })).body;
  }

  async #exchange<T>(
    method: string,
    path: string,
    options: GetJsonOptions<T> & SendOptions & { accept?: string; read?: (response: Response) => Promise<unknown> },
    emptyBodyAllowed = false,
  ): Promise<Versioned<T>> {
    const url = `${this.#baseUrl}${path}`;
    const fetchImpl = this.#fetch ?? globalThis.fetch;

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);
    const external = options.signal;
    const onExternalAbort = (): void => controller.abort();
    if (external?.aborted) controller.abort();
    else external?.addEventListener('abort', onExternalAbort, { once: true });

    try {
      let response: Response;
      try {
        const extra: Record<string, string> = {};
        if (options.body !== undefined) extra['Content-Type'] = 'application/json';
        if (options.ifMatch) extra['If-Match'] = options.ifMatch;
        if (options.ifNoneMatch) extra['If-None-Match'] = options.ifNoneMatch;
        if (options.accept) extra['Accept'] = options.accept;
        response = await fetchImpl(url, {
          method,
          headers: this.#headers(extra),
          signal: controller.signal,
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        });
      } catch (cause) {
        if (timedOut) {
          throw new ApiError(`Pas de réponse après ${this.#timeoutMs} ms`, { kind: 'timeout', url, cause });
        }
        if (controller.signal.aborted) {
          throw new ApiError('Requête annulée', { kind: 'aborted', url, cause });
        }
        throw new ApiError(cause instanceof Error ? cause.message : 'Erreur réseau', {
          kind: 'network',
          url,
          cause,
        });
      }

      if (!response.ok) {
        let body: unknown = null;
        if (isJsonContentType(response.headers.get('content-type'))) {
          try {
            body = await readJson(response);
          } catch {
            body = null;
          }
        }
        const problem = toProblemDetails(body);
        const statusText = response.statusText ? ` ${response.statusText}` : '';
        const message = problem?.detail ?? problem?.title ?? `HTTP ${response.status}${statusText}`;
        const error = new ApiError(message, { kind: 'http', url, status: response.status, problem, body });
        if (response.status === 401) this.#onUnauthorized?.(error);
        throw error;
      }
      const etag = response.headers.get('etag');

      let body: unknown;
      try {
        body = await (options.read ?? readJson)(response);
      } catch (cause) {
        throw new ApiError('Réponse illisible (JSON attendu)', {
          kind: timedOut ? 'timeout' : 'parse',
          url,
          status: response.status,
          cause,
        });
      }
      if (body === null && emptyBodyAllowed) return { body: null as T, etag, status: response.status };
      if (body === null || (options.validate && !options.validate(body))) {
        throw new ApiError(body === null ? 'Réponse vide' : 'Réponse d’un format inattendu', {
          kind: 'parse',
          url,
          status: response.status,
          body,
        });
      }
      return { body: body as T, etag, status: response.status };
    } finally {
      clearTimeout(timer);
      external?.removeEventListener('abort', onExternalAbort);
    }
  }

  /** A typed GET of the API: the path, its parameters and the answer are the OpenAPI document's. */
  get<P extends ApiPath>(request: ApiRequest<P>, options: RequestOptions = {}): Promise<JsonResponse<P>> {
    return this.getJson<JsonResponse<P>>(apiUrl(request), { ...options, validate: isRecordOf<JsonResponse<P>> });
  }

  /** A GeoJSON body (maps, contours), checked to be a FeatureCollection. */
  getFeatureCollection<T extends { type: 'FeatureCollection' }>(url: string, options: RequestOptions = {}): Promise<T> {
    return this.getJson<T>(url, { ...options, validate: isFeatureCollection as unknown as (v: unknown) => v is T });
  }

  /**
   * `GET /health`. A 503 that still carries a health body (database down) is
   * returned as a value with status "degraded", not thrown.
   */
  async getHealth(options: RequestOptions = {}): Promise<HealthResponse> {
    try {
      return await this.getJson('/health', { ...options, validate: isHealthResponse });
    } catch (error) {
      if (error instanceof ApiError && error.status === 503 && isHealthResponse(error.body)) {
        return error.body;
      }
      throw error;
    }
  }

  listTerritories(
    query: { level?: TerritoryLevel; within?: string; q?: string; limit?: number; offset?: number },
    options: RequestOptions = {},
  ): Promise<TerritoryPage> {
    return this.getJson(withQuery('/api/v1/territories', { ...query }), { ...options, validate: isTerritoryPage });
  }

  /** Every territory of a level, following `links.next` (at most `maxPages` pages). */
  async listAllTerritories(level: TerritoryLevel, options: RequestOptions & { pageSize?: number; maxPages?: number } = {}): Promise<TerritorySummary[]> {
    const items: TerritorySummary[] = [];
    const maxPages = options.maxPages ?? 50;
    const requestOptions: RequestOptions = options.signal ? { signal: options.signal } : {};
    let path: string | null = withQuery('/api/v1/territories', { level, limit: options.pageSize ?? 100 });
    for (let page = 0; path !== null && page < maxPages; page++) {
      const result: TerritoryPage = await this.getJson(path, { ...requestOptions, validate: isTerritoryPage });
      items.push(...result.items);
      path = result.links?.next ? sameOriginPath(result.links.next) : null;
    }
    return items;
  }

  getTerritory(id: string, options: RequestOptions = {}): Promise<TerritoryDetail> {
    return this.getJson(apiPath('/api/v1/territories/{id}', { id }), { ...options, validate: isTerritoryDetail });
  }

  getTerritoryFeatures(query: { level: TerritoryLevel; within?: string; limit?: number }, options: RequestOptions = {}): Promise<TerritoryFeatureCollection> {
    return this.getJson(withQuery('/api/v1/territories', { ...query, format: 'geojson' }), {
      ...options,
      validate: isFeatureCollection,
    });
  }
}

export function isHealthResponse(value: unknown): value is HealthResponse {
  return isRecord(value) && (value['status'] === 'ok' || value['status'] === 'degraded') && typeof value['database'] === 'string';
}

// Light shape checks: enough to fail with a clear message instead of a TypeError
// deep in the UI, not a full validation (generated types will come later).

export function isTerritoryPage(value: unknown): value is TerritoryPage {
  return isRecord(value) && Array.isArray(value['items']);
}

export function isTerritoryDetail(value: unknown): value is TerritoryDetail {
  return isRecord(value) && typeof value['id'] === 'string';
}

export function isFeatureCollection(value: unknown): value is TerritoryFeatureCollection {
  return isRecord(value) && value['type'] === 'FeatureCollection' && Array.isArray(value['features']);
}
