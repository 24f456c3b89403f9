/**
 * The editor's session: the API key pasted in the sign-in form and who it is (GET /api/v1/me), kept in
 * sessionStorage only — never in the URL, never in localStorage: it is forgotten when the tab closes. The API
 * client reads the key at every call (Authorization: Bearer …); a 401 ends the session with a message.
 */
import { ApiError, type ApiClient } from '../api/client';
import type { Me } from '../api/types';

const STORAGE_KEY = 'observatoires.session';

export type Identity = Me;

export interface SessionState {
  identity: Identity | null;
  /** Why the session ended, shown once to the user (a refused key), or a confirmation (signed out). */
  notice: { kind: 'expired' | 'signedOut'; message: string } | null;
}

export const ROLE_LABELS: Record<string, string> = {
  partner_reader: 'partenaire (lecture)',
  partner_editor: 'partenaire éditeur',
  agency_editor: 'agence (éditeur)',
  admin: 'administrateur',
};

export const EXPIRED_MESSAGE =
  'Votre clé API n’est plus acceptée (révoquée, expirée ou inconnue) : vous avez été déconnecté. Reconnectez-vous avec une clé valide.';

/** What a key looks like: obs_ + 8 characters + 32 characters. */
export const KEY_PATTERN = /^obs_[A-Za-z0-9]{8}_?[A-Za-z0-9]{20,64}$/;

function isIdentity(value: unknown): value is Identity {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['name'] === 'string' && typeof v['role'] === 'string' && Array.isArray(v['scope']) && Array.isArray(v['scopeCommunes']);
}

export class Session {
  #key: string | null = null;
  #identity: Identity | null = null;
  #notice: SessionState['notice'] = null;
  readonly #storage: Storage | null;
  readonly #listeners = new Set<(state: SessionState) => void>();

  constructor(storage: Storage | null) {
    this.#storage = storage;
    try {
      const saved = storage?.getItem(STORAGE_KEY);
      if (saved) {
        const parsed = JSON.parse(saved) as { key?: unknown; identity?: unknown };
        if (typeof parsed.key === 'string' && isIdentity(parsed.identity)) {
          this.#key = parsed.key;
          this.#identity = parsed.identity;
        }
      }
    } catch {
      storage?.removeItem(STORAGE_KEY);
    }
  }

  /** The key to send, or null (anonymous). */
  key(): string | null {
    return this.#key;
  }

  identity(): Identity | null {
    return this.#identity;
  }

  state(): SessionState {
    return { identity: this.#identity, notice: this.#notice };
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(): void {
    for (const listener of [...this.#listeners]) listener(this.state());
  }

  /**
   * Checks a key with GET /api/v1/me and, if the API accepts it, opens the session. Throws an ApiError (401: the
   * key is refused) otherwise; nothing is kept then.
   */
  async signIn(key: string, check: (key: string) => Promise<Identity>): Promise<Identity> {
    const trimmed = key.trim();
    const identity = await check(trimmed);
    this.#key = trimmed;
    this.#identity = identity;
    this.#notice = null;
    this.#storage?.setItem(STORAGE_KEY, JSON.stringify({ key: trimmed, identity }));
    this.#emit();
    return identity;
  }

  signOut(): void {
    this.#end({ kind: 'signedOut', message: 'Vous êtes déconnecté : la clé a été oubliée par ce navigateur.' });
  }

  /** The API refused the key (401): the session ends, and the user is told why. */
  expire(): void {
    if (this.#key === null) return;
    this.#end({ kind: 'expired', message: EXPIRED_MESSAGE });
  }

  /** Forgets the notice once shown. */
  clearNotice(): void {
    if (this.#notice === null) return;
    this.#notice = null;
    this.#emit();
  }

  #end(notice: SessionState['notice']): void {
    this.#key = null;
    this.#identity = null;
    this.#notice = notice;
    this.#storage?.removeItem(STORAGE_KEY);
    this.#emit();
  }
}

/** GET /api/v1/me with this key only (not the session's): is the key accepted, and whose is it. */
export function checkKey(client: ApiClient, key: string): Promise<Identity> {
  return client.withApiKey(key).getJson<Identity>('/api/v1/me', { validate: isIdentity });
}

/** Where a park lies, for the scope check. */
export interface Located {
  communeId: string;
  epciId: string | null;
}

/** Whether the signed-in key is the agency's (imports, settings such as peer groups): the API's RoleNames.Agency. */
export function isAgency(identity: Identity | null): boolean {
  return identity?.role === 'agency_editor' || identity?.role === 'admin';
}

/**
 * Whether the signed-in key may edit objects of this park: an editor role, and the park's commune in the scope
 * (or no scope limit). The same rule as the API's Caller.CanWrite; the API still decides (403 otherwise).
 */
export function canEdit(identity: Identity | null, park: Located): boolean {
  if (!identity?.editor) return false;
  if (isAgency(identity)) return true;
  if (identity.scope.length === 0) return true;
  return (
    identity.scope.includes(park.communeId) || (park.epciId !== null && identity.scope.includes(park.epciId)) || identity.scopeCommunes.includes(park.communeId)
  );
}

/** "CA de Béthune-Bruay, service économique — partenaire éditeur". */
export function describeIdentity(identity: Identity): string {
  return `${identity.name} — ${ROLE_LABELS[identity.role] ?? identity.role}`;
}

/** A refused key (401), for the sign-in form's message. */
export function isRefusedKey(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
