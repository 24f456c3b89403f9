import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { SERVICE_DOWN, userMessage } from './errors';

describe('userMessage', () => {
  it('says the service does not answer for network errors, timeouts and 5xx', () => {
    for (const error of [
      new ApiError('Failed to fetch', { kind: 'network', url: '/health' }),
      new ApiError('Pas de réponse', { kind: 'timeout', url: '/health' }),
      new ApiError('HTTP 502 Bad Gateway', { kind: 'http', status: 502, url: '/health' }),
      new ApiError('Erreur interne', { kind: 'http', status: 500, url: '/api/v1/territories' }),
    ]) {
      expect(userMessage(error)?.message).toBe(SERVICE_DOWN);
      expect(SERVICE_DOWN).toMatch(/^Le service de données ne répond pas/);
    }
  });

  it('keeps the problem detail as technical detail', () => {
    const error = new ApiError("Le niveau 'quartier' est inconnu.", {
      kind: 'http',
      status: 400,
      url: '/api/v1/territories?level=quartier',
    });
    expect(userMessage(error)).toEqual({
      message: 'La demande n’a pas pu être traitée par le service de données.',
      detail: "Le niveau 'quartier' est inconnu. (/api/v1/territories?level=quartier)",
    });
    expect(userMessage(new ApiError('Introuvable', { kind: 'http', status: 404, url: '/x' }))?.message).toBe('Les données demandées sont introuvables.');
  });

  it('has a message for unreadable answers and unexpected errors, none for cancellations', () => {
    expect(userMessage(new ApiError('JSON', { kind: 'parse', status: 200, url: '/x' }))?.message).toMatch(/réponse inattendue/);
    expect(userMessage(new TypeError('boom'))).toEqual({
      message: 'Une erreur inattendue est survenue lors de l’affichage des données.',
      detail: 'boom',
    });
    expect(userMessage(new ApiError('Requête annulée', { kind: 'aborted', url: '/x' }))).toBeNull();
  });
});
