import type { HealthResponse, TerritoryLevel } from '../api/types';
import { formatCount } from '../format';
import { h, replaceContent } from './dom';
import type { UserMessage } from './errors';

const LEVEL_NOUNS: Record<TerritoryLevel, [singular: string, plural: string]> = {
  commune: ['commune', 'communes'],
  epci: ['EPCI', 'EPCI'],
  groupement: ['groupement', 'groupements'],
  departement: ['département', 'départements'],
  region: ['région', 'régions'],
};
const LEVEL_ORDER: TerritoryLevel[] = ['commune', 'epci', 'groupement', 'departement', 'region'];

/** "319 communes, 5 EPCI, 3 groupements…", or null when there is no count. */
export function describeCounts(counts: HealthResponse['counts']): string | null {
  if (!counts) return null;
  const parts: string[] = [];
  for (const level of LEVEL_ORDER) {
    const count = counts[level];
    if (typeof count !== 'number') continue;
    const [singular, plural] = LEVEL_NOUNS[level];
    parts.push(formatCount(count, singular, plural));
  }
  return parts.length === 0 ? null : parts.join(', ');
}

/** Fills the status line (a role="status" element) from a /health answer. */
export function renderHealth(container: HTMLElement, health: HealthResponse): void {
  const ok = health.status === 'ok' && health.database === 'reachable';
  container.dataset['state'] = ok ? 'ok' : 'degraded';
  const counts = ok ? describeCounts(health.counts) : null;
  replaceContent(
    container,
    h('span', { class: 'status__dot', 'aria-hidden': 'true' }),
    ok
      ? h('strong', {}, 'Service de données disponible')
      : h('strong', {}, 'Service de données dégradé'),
    ' — ',
    ok ? 'base de données joignable' : 'la base de données est injoignable, les données peuvent être indisponibles',
    health.schemaVersion ? h('span', { class: 'status__meta' }, ` · schéma ${health.schemaVersion}`) : null,
    counts ? h('span', { class: 'status__meta' }, ` · référentiel : ${counts}`) : null,
    '.',
  );
}

export function renderHealthError(container: HTMLElement, error: UserMessage): void {
  container.dataset['state'] = 'error';
  replaceContent(
    container,
    h('span', { class: 'status__dot', 'aria-hidden': 'true' }),
    h('strong', {}, error.message),
    error.detail ? h('span', { class: 'status__meta' }, ` (${error.detail})`) : null,
  );
}
