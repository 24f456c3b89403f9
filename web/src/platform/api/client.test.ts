import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError, apiPath, apiUrl, curlCommand, sameOriginPath, toProblemDetails, withQuery } from './client';
import type { HealthResponse, TerritoryPage } from './types';
import { namesOf } from '../testing/fakeApi';

function jsonResponse(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

function clientReturning(response: Response | (() => Promise<Response>)) {
  const fetchMock = vi.fn<typeof fetch>(() => (typeof response === 'function' ? response() : Promise.resolve(response)));
  return { client: new ApiClient({ fetch: fetchMock }), fetchMock };
}

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a rejection');
}

const healthOk: HealthResponse = {
  status: 'ok',
  database: 'reachable',
  schemaVersion: '0002_territories.sql',
  counts: { commune: 319, epci: 5, groupement: 3, departement: 1, region: 1 },
};

describe('ApiClient.getJson', () => {
  it('resolves with the parsed body of a 2xx answer', async () => {
    const page: TerritoryPage = {
      items: [{ id: 'epci:200072460', level: 'epci', code: '200072460', name: 'CABBALR', population: 275736, names: namesOf('CABBALR', 'de la CABBALR') }],
      total: 1,
      limit: 100,
      offset: 0,
      links: { self: '/api/v1/territories?level=epci', next: null, prev: null },
    };
    const { client, fetchMock } = clientReturning(jsonResponse(page));
    await expect(client.listTerritories({ level: 'epci', limit: 100 })).resolves.toEqual(page);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/territories?level=epci&limit=100');
    expect(new Headers(init?.headers).get('Accept')).toContain('application/json');
  });

  it('turns a problem+json answer into an Error carrying its detail', async () => {
    const problem = {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'Paramètres invalides',
      status: 400,
      detail: "Le niveau 'quartier' est inconnu.",
      errors: { level: ["Le niveau 'quartier' est inconnu."] },
    };
    const { client } = clientReturning(jsonResponse(problem, 400, 'application/problem+json; charset=utf-8'));
    const error = await caught(client.getJson('/api/v1/territories?level=quartier'));
    expect(error.message).toBe("Le niveau 'quartier' est inconnu.");
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.problem).toEqual(problem);
    expect(error.url).toBe('/api/v1/territories?level=quartier');
  });

  it('falls back on the problem title, then on the HTTP status', async () => {
    const { client: withTitle } = clientReturning(jsonResponse({ title: 'Territoire introuvable', status: 404 }, 404, 'application/problem+json'));
    expect((await caught(withTitle.getTerritory('epci:000'))).message).toBe('Territoire introuvable');

    const { client: withHtml } = clientReturning(
      new Response('<html>Bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    );
    const error = await caught(withHtml.getJson('/api/v1/territories'));
    expect(error.message).toBe('HTTP 502 Bad Gateway');
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
  });

  it('survives an error answer whose JSON is broken or empty', async () => {
    const { client } = clientReturning(new Response('{"title": ', { status: 500, headers: { 'Content-Type': 'application/problem+json' } }));
    const error = await caught(client.getJson('/x'));
    expect(error.message).toBe('HTTP 500');
    expect(error.problem).toBeNull();

    const { client: empty } = clientReturning(new Response(null, { status: 500 }));
    expect((await caught(empty.getJson('/x'))).message).toBe('HTTP 500');
  });

  it('reports a network failure as kind "network" with status 0', async () => {
    const { client } = clientReturning(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await caught(client.getHealth());
    expect(error.kind).toBe('network');
    expect(error.status).toBe(0);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('reports a 2xx answer that is not JSON as kind "parse"', async () => {
    const { client } = clientReturning(new Response('<!doctype html><title>SPA</title>', { status: 200 }));
    const error = await caught(client.getJson('/api/v1/territories'));
    expect(error.kind).toBe('parse');
    expect(error.status).toBe(200);
  });

  it('rejects an empty 2xx body and, for the endpoints, a body of the wrong shape', async () => {
    const { client: empty } = clientReturning(new Response('', { status: 200 }));
    const error = await caught(empty.getJson('/x'));
    expect([error.kind, error.message]).toEqual(['parse', 'Réponse vide']);

    const { client } = clientReturning(() => Promise.resolve(jsonResponse({ data: [] })));
    expect((await caught(client.listTerritories({ level: 'epci' }))).kind).toBe('parse');
    expect((await caught(client.getTerritoryFeatures({ level: 'commune' }))).kind).toBe('parse');
    expect((await caught(client.getTerritory('epci:1'))).kind).toBe('parse');
    expect((await caught(client.getHealth())).kind).toBe('parse');
  });

  it('gives up after the time limit', async () => {
    vi.useFakeTimers();
    try {
      const fetchMock = vi.fn<typeof fetch>(
        (_url, init) =>
          new Promise<Response>((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
      );
      const client = new ApiClient({ fetch: fetchMock, timeoutMs: 1000 });
      const pending = caught(client.getJson('/health'));
      await vi.advanceTimersByTimeAsync(1000);
      const error = await pending;
      expect(error.kind).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });

  it('passes the caller abort on, as kind "aborted"', async () => {
    const fetchMock = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const client = new ApiClient({ fetch: fetchMock });
    const controller = new AbortController();
    const pending = caught(client.getJson('/health', { signal: controller.signal }));
    controller.abort();
    expect((await pending).kind).toBe('aborted');
  });

  it('uses the global fetch by default and prefixes the base URL', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(healthOk)));
    vi.stubGlobal('fetch', fetchMock);
    const client = new ApiClient({ baseUrl: 'http://127.0.0.1:8080/' });
    await client.getHealth();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://127.0.0.1:8080/health');
  });
});

describe('ApiClient endpoints', () => {
  it('returns the body of a 503 /health (database down) instead of throwing', async () => {
    const down: HealthResponse = { status: 'degraded', database: 'unreachable', schemaVersion: null, counts: {} };
    const { client } = clientReturning(jsonResponse(down, 503));
    await expect(client.getHealth()).resolves.toEqual(down);
  });

  it('still throws for a 503 that is not a health document', async () => {
    const { client } = clientReturning(jsonResponse({ title: 'Service indisponible', status: 503 }, 503, 'application/problem+json'));
    const error = await caught(client.getHealth());
    expect(error.status).toBe(503);
    expect(error.message).toBe('Service indisponible');
  });

  it('keeps the colon of a territory id in the path and escapes the rest', async () => {
    const { client, fetchMock } = clientReturning(() => Promise.resolve(jsonResponse({ id: 'x' })));
    await client.getTerritory('epci:200072460');
    await client.getTerritory('groupement:a/b c');
    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual(['/api/v1/territories/epci:200072460', '/api/v1/territories/groupement:a%2Fb%20c']);
  });

  it('asks for GeoJSON', async () => {
    const { client, fetchMock } = clientReturning(jsonResponse({ type: 'FeatureCollection', features: [] }));
    await client.getTerritoryFeatures({ level: 'commune', limit: 1000 });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/territories?level=commune&limit=1000&format=geojson');
  });

  it('follows links.next to list every territory of a level', async () => {
    const pages: TerritoryPage[] = [
      {
        items: [{ id: 'epci:1', level: 'epci', code: '1', name: 'Un', population: 1, names: namesOf('Un') }],
        total: 2,
        limit: 1,
        offset: 0,
        // the API may answer with absolute links: the request must stay on the page's origin
        links: { self: 'a', next: 'http://localhost:8080/api/v1/territories?level=epci&limit=1&offset=1', prev: null },
      },
      {
        items: [{ id: 'epci:2', level: 'epci', code: '2', name: 'Deux', population: 2, names: namesOf('Deux') }],
        total: 2,
        limit: 1,
        offset: 1,
        links: { self: 'b', next: null, prev: 'a' },
      },
    ];
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse(pages.shift())));
    const client = new ApiClient({ fetch: fetchMock });
    const all = await client.listAllTerritories('epci', { pageSize: 1 });
    expect(all.map((t) => t.id)).toEqual(['epci:1', 'epci:2']);
    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual(['/api/v1/territories?level=epci&limit=1', '/api/v1/territories?level=epci&limit=1&offset=1']);
  });
});

describe('helpers', () => {
  it('withQuery leaves out empty values', () => {
    expect(withQuery('/t', { level: 'epci', q: '', within: undefined, limit: 0, offset: null })).toBe('/t?level=epci&limit=0');
    expect(withQuery('/t', {})).toBe('/t');
    expect(withQuery('/t?a=1', { q: 'Béthune' })).toBe('/t?a=1&q=B%C3%A9thune');
  });

  it('sameOriginPath keeps path and query of relative and absolute links', () => {
    expect(sameOriginPath('/api/v1/territories?level=epci&offset=100')).toBe('/api/v1/territories?level=epci&offset=100');
    expect(sameOriginPath('http://localhost:8080/api/v1/territories?offset=5')).toBe('/api/v1/territories?offset=5');
  });

  it('toProblemDetails keeps only well-typed members', () => {
    expect(toProblemDetails({ title: 3, detail: 'x', errors: { q: 'trop court' } })).toEqual({
      detail: 'x',
      errors: { q: ['trop court'] },
    });
    expect(toProblemDetails('oops')).toBeNull();
    expect(toProblemDetails([])).toBeNull();
    expect(toProblemDetails({ status: 'ok' })).toBeNull();
  });
});

describe('typed request helpers', () => {
  it('apiPath fills an OpenAPI path template, escaping each segment but keeping the id colon', () => {
    expect(apiPath('/api/v1/indicators/{code}/values', { code: 'emploi.salaries_prives' })).toBe('/api/v1/indicators/emploi.salaries_prives/values');
    expect(apiPath('/api/v1/territories/{id}/profile', { id: 'custom:62119+62178' })).toBe('/api/v1/territories/custom:62119%2B62178/profile');
    expect(apiPath('/api/v1/territories/{id}', { id: 'epci:a/b' })).toBe('/api/v1/territories/epci:a%2Fb');
    expect(() => apiPath('/api/v1/indicators/{code}', { code: '' })).toThrow(/code/);
  });

  it('apiUrl adds the query, leaves out empty values, keeps ids and lists readable', () => {
    expect(
      apiUrl({
        path: '/api/v1/indicators/{code}/series',
        params: { code: 'emploi.salaries_prives' },
        query: { territories: 'epci:200072460,departement:62', index: '2013', from: null },
      }),
    ).toBe('/api/v1/indicators/emploi.salaries_prives/series?territories=epci:200072460,departement:62&index=2013');
    expect(apiUrl({ path: '/api/v1/observatories' })).toBe('/api/v1/observatories');
    expect(apiUrl({ path: '/api/v1/territories', query: { q: 'Hénin Beaumont', limit: 12 } })).toBe('/api/v1/territories?q=H%C3%A9nin+Beaumont&limit=12');
  });

  it('curlCommand is absolute and quoted for a POSIX shell', () => {
    expect(curlCommand('/api/v1/indicators/a/values?level=commune&period=2023', 'http://127.0.0.1:8080')).toBe(
      "curl 'http://127.0.0.1:8080/api/v1/indicators/a/values?level=commune&period=2023'",
    );
    expect(curlCommand("/x?q=l'eau", 'http://h/')).toBe("curl 'http://h/x?q=l'\\''eau'");
    expect(curlCommand('https://other/x', 'http://h')).toBe("curl 'https://other/x'");
  });

  it('get() asks the typed URL and returns the body', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse({ items: [] })));
    const client = new ApiClient({ fetch: fetchMock });
    const answer = await client.get({ path: '/api/v1/observatories' });
    expect(answer.items).toEqual([]);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/observatories');
  });

  it('get() refuses a body that is not a JSON object (an HTML page behind a proxy, say)', async () => {
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(jsonResponse([1, 2])));
    const client = new ApiClient({ fetch: fetchMock });
    await expect(client.get({ path: '/api/v1/observatories' })).rejects.toMatchObject({ kind: 'parse' });
  });

  it('reads FastEndpoints validation errors ([{ name, reason }])', () => {
    expect(
      toProblemDetails({
        title: 'Bad',
        errors: [
          { name: 'period', reason: 'not a period' },
          { name: 'period', reason: 'again' },
        ],
      }),
    ).toEqual({
      title: 'Bad',
      errors: { period: ['not a period', 'again'] },
    });
  });
});

describe('ApiClient.getText', () => {
  it('sends the key, asks for text and reads only the first bytes asked for', async () => {
    const chunks = ['a,b\n1,2\n', '3,4\n', '5,6\n'].map((c) => new TextEncoder().encode(c));
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
      cancel() {
        cancelled = true;
      },
    });
    const fetchMock = vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, { headers: { 'Content-Type': 'text/csv' } })));
    const client = new ApiClient({ fetch: fetchMock, apiKey: () => 'obs_key' });
    expect(await client.getText('/data.csv', { maxBytes: 10 })).toEqual({ text: 'a,b\n1,2\n3,4\n', complete: false });
    expect(cancelled).toBe(true);
    const headers = fetchMock.mock.calls[0]![1]!.headers as Record<string, string>;
    expect(headers['Authorization']).toBe('Bearer obs_key');
    expect(headers['Accept']).toContain('text/csv');
  });

  it('fails with the problem’s detail', async () => {
    const client = new ApiClient({
      fetch: () =>
        Promise.resolve(
          new Response('{"title":"Forbidden","status":403,"detail":"Réservé à l’agence."}', {
            status: 403,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
        ),
    });
    await expect(client.getText('/x.csv')).rejects.toMatchObject({ kind: 'http', status: 403, message: 'Réservé à l’agence.' });
  });
});
