import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError } from '../api/client';
import { canEdit, EXPIRED_MESSAGE, Session, type Identity } from './session';

class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
}

const KEY = 'obs_AbCd1234_abcdefghijklmnopqrstuvwxyz012345';
const editor: Identity = {
  keyId: 3,
  name: 'CABBALR, service économique',
  role: 'partner_editor',
  scope: ['epci:200072460'],
  scopeCommunes: ['commune:62119', 'commune:62178'],
  editor: true,
};

describe('the session', () => {
  it('keeps the key checked by the API in the given (session) storage, and gives it back after a reload', async () => {
    const storage = new MemoryStorage();
    const session = new Session(storage);
    const check = vi.fn(async () => editor);
    const listener = vi.fn();
    session.subscribe(listener);
    await session.signIn(`  ${KEY} `, check);
    expect(check).toHaveBeenCalledWith(KEY);
    expect(session.key()).toBe(KEY);
    expect(listener).toHaveBeenCalledWith({ identity: editor, notice: null });
    const reloaded = new Session(storage);
    expect(reloaded.key()).toBe(KEY);
    expect(reloaded.identity()).toEqual(editor);
  });

  it('keeps nothing when the API refuses the key', async () => {
    const storage = new MemoryStorage();
    const session = new Session(storage);
    const refused = new ApiError('unknown API key', { kind: 'http', url: '/api/v1/me', status: 401 });
    await expect(session.signIn(KEY, () => Promise.reject(refused))).rejects.toBe(refused);
    expect(session.key()).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('forgets the key on sign-out, and says why when the API ends the session (401)', async () => {
    const storage = new MemoryStorage();
    const session = new Session(storage);
    await session.signIn(KEY, async () => editor);
    session.expire();
    expect(session.key()).toBeNull();
    expect(storage.length).toBe(0);
    expect(session.state().notice).toEqual({ kind: 'expired', message: EXPIRED_MESSAGE });
    session.clearNotice();
    expect(session.state().notice).toBeNull();
    await session.signIn(KEY, async () => editor);
    session.signOut();
    expect(session.state().notice?.kind).toBe('signedOut');
  });

  it('ignores a damaged storage entry', () => {
    const storage = new MemoryStorage();
    storage.setItem('observatoires.session', '{not json');
    expect(new Session(storage).key()).toBeNull();
    storage.setItem('observatoires.session', JSON.stringify({ key: KEY, identity: { name: 1 } }));
    expect(new Session(storage).key()).toBeNull();
  });
});

describe('who may edit a park', () => {
  const inScope = { communeId: 'commune:62119', epciId: 'epci:200072460' };
  const outside = { communeId: 'commune:62498', epciId: 'epci:246200364' };

  it('an editor whose scope holds the park’s commune or EPCI', () => {
    expect(canEdit(editor, inScope)).toBe(true);
    expect(canEdit(editor, outside)).toBe(false);
    expect(canEdit({ ...editor, scope: ['commune:62498'], scopeCommunes: ['commune:62498'] }, outside)).toBe(true);
  });

  it('the agency and unlimited editors everywhere; readers and visitors nowhere', () => {
    expect(canEdit({ ...editor, role: 'agency_editor', scope: [], scopeCommunes: [] }, outside)).toBe(true);
    expect(canEdit({ ...editor, scope: [], scopeCommunes: [] }, outside)).toBe(true);
    expect(canEdit({ ...editor, role: 'partner_reader', editor: false }, inScope)).toBe(false);
    expect(canEdit(null, inScope)).toBe(false);
  });
});

describe('the client with a session', () => {
  const ok = (body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json', ...headers } });

  it('sends the key as a Bearer header on every call, and nothing without one', async () => {
    let key: string | null = KEY;
    const fetchMock = vi.fn<typeof fetch>(async () => ok({ items: [] }));
    const client = new ApiClient({ fetch: fetchMock, apiKey: () => key });
    await client.getJson('/api/v1/foncier-eco/parks');
    expect(new Headers(fetchMock.mock.calls[0]![1]?.headers).get('Authorization')).toBe(`Bearer ${KEY}`);
    expect(String(fetchMock.mock.calls[0]![0])).not.toContain('obs_');
    key = null;
    await client.getJson('/api/v1/foncier-eco/parks');
    expect(new Headers(fetchMock.mock.calls[1]![1]?.headers).has('Authorization')).toBe(false);
  });

  it('sends writes with their JSON body and If-Match, and returns the new ETag', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => ok({ id: 1101, version: 2 }, { ETag: '"lot-1101-v2"' }));
    const client = new ApiClient({ fetch: fetchMock, apiKey: () => KEY });
    const answer = await client.send<{ version: number }>('PATCH', '/api/v1/foncier-eco/lots/1101', { body: { status: 'friche' }, ifMatch: '"lot-1101-v1"' });
    const init = fetchMock.mock.calls[0]![1]!;
    expect(init.method).toBe('PATCH');
    expect(init.body).toBe('{"status":"friche"}');
    const headers = new Headers(init.headers);
    expect(headers.get('If-Match')).toBe('"lot-1101-v1"');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(answer).toEqual({ body: { id: 1101, version: 2 }, etag: '"lot-1101-v2"', status: 200 });
  });

  it('accepts an empty 204 for a write, and tells the session about a refused key (401)', async () => {
    const onUnauthorized = vi.fn();
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
      .mockResolvedValueOnce(
        new Response(JSON.stringify({ title: 'Unauthorized', status: 401, detail: 'this API key was revoked' }), {
          status: 401,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      );
    const client = new ApiClient({ fetch: fetchMock, apiKey: () => KEY, onUnauthorized });
    expect((await client.send('DELETE', '/api/v1/foncier-eco/lots/1101', { ifMatch: '"lot-1101-v2"' })).body).toBeNull();
    await expect(client.getJson('/api/v1/me')).rejects.toMatchObject({ status: 401, message: 'this API key was revoked' });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});
