import { ApiError } from '../api/client';

export interface UserMessage {
  /** Plain French, for everyone. */
  message: string;
  /** Technical detail (problem detail, HTTP status, URL), shown smaller. */
  detail: string | null;
}

export const SERVICE_DOWN = 'Le service de données ne répond pas. Réessayez dans quelques instants.';

/**
 * What to tell the user about a failed request, or null when there is nothing
 * to say (the request was cancelled on purpose).
 */
export function userMessage(error: unknown): UserMessage | null {
  if (!(error instanceof ApiError)) {
    return {
      message: 'Une erreur inattendue est survenue lors de l’affichage des données.',
      detail: error instanceof Error ? error.message : null,
    };
  }
  switch (error.kind) {
    case 'aborted':
      return null;
    case 'network':
      return { message: SERVICE_DOWN, detail: `Pas de réponse (${error.url})` };
    case 'timeout':
      return { message: SERVICE_DOWN, detail: `Délai dépassé (${error.url})` };
    case 'parse':
      return {
        message: 'Le service de données a envoyé une réponse inattendue.',
        detail: `${error.message} (${error.url})`,
      };
    case 'http':
      if (error.status >= 500) {
        return { message: SERVICE_DOWN, detail: `${error.message} (${error.url})` };
      }
      if (error.status === 404) {
        return { message: 'Les données demandées sont introuvables.', detail: `${error.message} (${error.url})` };
      }
      return {
        message: 'La demande n’a pas pu être traitée par le service de données.',
        detail: `${error.message} (${error.url})`,
      };
  }
}
