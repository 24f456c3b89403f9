/**
 * "Face aux territoires similaires": the territory's 5-year survival rate against each EPCI of its peer group and
 * the group's own rate (recomputed by the API from its members' sums), each bar in the report's class. The reference
 * EPCIs have no contours in the referential: this ranked chart stands where the report draws its map.
 */
import type { components } from '../../../platform/api/schema';
import type { JsonResponse } from '../../../platform/api/types';
import { formatDecimal, formatInteger, MISSING } from '../../../platform/format';
import { h, replaceContent } from '../../../platform/ui/dom';
import type { Survival } from './api';

export type PeerGroup = components['schemas']['PeerGroup'];
export type Comparison = JsonResponse<'/api/v1/indicators/{code}/compare'>;

export interface PeerRow {
  id: string;
  name: string;
  value: number | null;
  kind: 'subject' | 'group' | 'member';
  /** The report's class (1–4), null without a value. */
  class: number | null;
}

/** The class of a rate: the first whose upper bound holds it (the last has none). */
export function classOf(value: number | null, classes: Survival['classes']): number | null {
  if (value == null) return null;
  const rounded = Math.round(value * 10) / 10;
  return classes.find((c) => c.upTo == null || rounded <= c.upTo)?.number ?? null;
}

/** The subject, its group and the group's members, highest rate first (no value last). */
export function peerRows(comparison: Comparison, group: PeerGroup, classes: Survival['classes']): PeerRow[] {
  const reference = comparison.references.find((r) => r.territory.id === group.id);
  const row = (id: string, name: string, value: number | null | undefined, kind: PeerRow['kind']): PeerRow => ({
    id,
    name,
    value: value ?? null,
    kind,
    class: classOf(value ?? null, classes),
  });
  const rows = [
    row(comparison.territory.territory.id, comparison.territory.territory.name, comparison.territory.value, 'subject'),
    row(group.id, 'Moyenne des territoires similaires', reference?.value, 'group'),
    ...(reference?.members ?? []).map((m) => row(m.territory.id, m.territory.name, m.value, 'member')),
  ];
  return rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
}

/** "CA Douaisis Agglo, CA Maubeuge Val de Sambre et CU d'Arras". */
export function namesSentence(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

/** Where a bar ends, in % of its track: the chart starts at 60 % so that differences of a point show. */
export function barWidth(value: number | null): number {
  if (value == null) return 0;
  return Math.max(2, Math.min(100, ((value - 60) / 25) * 100));
}

export interface PeersPanel {
  group: PeerGroup;
  comparison: Comparison;
  classes: Survival['classes'];
  year: number;
  /** The agency's "Modifier les territoires similaires" button, or null for anyone else. */
  editButton: HTMLElement | null;
}

export function renderPeers(slot: HTMLElement, panel: PeersPanel | string): void {
  if (typeof panel === 'string') {
    replaceContent(slot, h('p', { class: 'note' }, panel));
    return;
  }
  const { group, comparison, classes, year } = panel;
  const rows = peerRows(comparison, group, classes);
  const classLabel = (n: number | null): string => classes.find((c) => c.number === n)?.label ?? MISSING;
  replaceContent(
    slot,
    h(
      'p',
      { 'data-testid': 'peer-group-members' },
      `${group.name} : ${namesSentence(group.members.map((m) => m.name))} (${formatInteger(group.members.length)} EPCI des Hauts-de-France). ` +
        'Le taux du groupe est recalculé sur la somme de leurs entreprises, pas comme une moyenne de leurs taux.',
    ),
    panel.editButton,
    h(
      'table',
      { class: 'table peers-table' },
      h('caption', {}, `Pérennité à 5 ans en ${year} : le territoire, ses territoires similaires et leur moyenne, dans les classes du rapport d’activité`),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, 'Territoire'), h('th', { scope: 'col', class: 'numeric' }, 'Taux'), h('th', { scope: 'col' }, 'Classe')),
      ),
      h(
        'tbody',
        {},
        ...rows.map((r) =>
          h(
            'tr',
            { class: `peers-row peers-row--${r.kind}`, 'data-territory': r.id, 'data-value': r.value ?? '' },
            h('th', { scope: 'row' }, r.kind === 'subject' ? h('strong', {}, r.name) : r.name),
            h(
              'td',
              { class: 'numeric' },
              h(
                'span',
                { class: 'peers-bar', 'aria-hidden': 'true' },
                h('span', { class: `peers-bar__fill peers-bar__fill--class-${r.class ?? 0}`, style: `width: ${barWidth(r.value)}%` }),
              ),
              r.value == null ? MISSING : `${formatDecimal(r.value, 1)}\u00a0%`,
            ),
            h('td', {}, classLabel(r.class)),
          ),
        ),
      ),
    ),
  );
}
