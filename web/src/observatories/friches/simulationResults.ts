/**
 * The simulation's results under the sliders: which weights moved, how many of the sites listed change rank, and
 * the table of their simulated and stored scores and ranks (a name opens the site's sheet).
 */
import { sortableTable, type Column } from '../../platform/ui/components';
import { h, type Child } from '../../platform/ui/dom';
import { formatDecimal, formatInteger, formatSigned } from '../../platform/format';
import type { SiteScore, SitesResponse, WhatIfResponse } from './api';
import { criterionLabel, plural, scoreChange } from './domain';

export interface SimulationProps {
  simulation: WhatIfResponse | null;
  /** The route's simulated weights (only those moved). */
  weights: Record<string, number>;
  defaults: Record<string, number> | null;
  labels: ReadonlyMap<string, string>;
  /** The list the filters keep (the table shows its sites only), or null while it loads. */
  sites: SitesResponse | null;
  selected: number | null;
  onChoose(id: number): void;
}

/** "Pollution des sols 3 → 6 ; Surface 1 → 0". */
export function changedWeightsText(weights: Record<string, number>, defaults: Record<string, number> | null, labels: ReadonlyMap<string, string>): string {
  return Object.entries(weights)
    .map(([k, v]) => `${criterionLabel(k, labels)} ${formatDecimal(defaults?.[k] ?? 0, 1)} → ${formatDecimal(v, 1)}`)
    .join(' ; ');
}

export function renderSimulationResults(props: SimulationProps): Child[] {
  const simulation = props.simulation;
  if (!simulation || Object.keys(props.weights).length === 0) {
    return [h('p', { class: 'note' }, 'Déplacez un curseur : les scores et le classement simulés s’afficheront ici, à côté des scores en vigueur.')];
  }
  const inList = props.sites ? new Set(props.sites.items.map((s) => s.id)) : null;
  const rows = simulation.sites.filter((s) => !inList || inList.has(s.id));
  const moved = rows.filter((s) => s.rankWhatIf !== s.rankNow).length;
  const columns: Column<SiteScore>[] = [
    { key: 'rankWhatIf', label: 'Rang simulé', numeric: true, cell: (s) => formatInteger(s.rankWhatIf), sort: (s) => s.rankWhatIf },
    { key: 'rankNow', label: 'Rang en vigueur', numeric: true, cell: (s) => formatInteger(s.rankNow), sort: (s) => s.rankNow },
    {
      key: 'name',
      label: 'Site',
      rowHeader: true,
      cell: (s) => {
        const button = h('button', { type: 'button', class: 'link-button' }, s.name);
        button.addEventListener('click', () => props.onChoose(s.id));
        return button;
      },
      sort: (s) => s.name,
    },
    { key: 'current', label: 'Score en vigueur', numeric: true, cell: (s) => formatDecimal(s.current, 1), sort: (s) => s.current },
    { key: 'whatIf', label: 'Score simulé', numeric: true, cell: (s) => h('span', { class: 'simulated' }, formatDecimal(s.whatIf, 1)), sort: (s) => s.whatIf },
    { key: 'delta', label: 'Écart', numeric: true, cell: (s) => formatSigned(scoreChange(s), 1), sort: (s) => s.whatIf - s.current },
  ];
  const table = sortableTable(
    `Simulation : ${plural(rows.length, 'friche')} classées avec les pondérations simulées (rangs sur l’ensemble des ${formatInteger(simulation.sites.length)} sites)`,
    columns,
    rows,
    { key: 'rankWhatIf', direction: 'ascending' },
    (s) => ({ 'data-site': String(s.id), class: s.id === props.selected ? 'is-selected' : '' }),
  );
  return [
    h(
      'p',
      { 'data-testid': 'simulation-summary' },
      h('span', { class: 'badge badge--simulation' }, 'Simulation'),
      ` ${changedWeightsText(props.weights, props.defaults, props.labels)}. ${plural(moved, 'site')} sur ${formatInteger(rows.length)} change${moved > 1 ? 'nt' : ''} de rang.`,
    ),
    table.element,
  ];
}
