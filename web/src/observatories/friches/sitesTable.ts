/**
 * The list of the sites the filters keep (the map's table alternative), sortable, best score first, with the
 * simulated score beside the stored one while a simulation is shown. A site's name opens (or closes) its sheet.
 */
import { sortableTable, type Column } from '../../platform/ui/components';
import { h } from '../../platform/ui/dom';
import { formatDecimal, MISSING } from '../../platform/format';
import type { SiteItem, SiteScore, SitesResponse } from './api';
import { plural, statusLabel, statusRank, vocationLabel } from './domain';

export interface SitesTableProps {
  /** The site whose sheet is open. */
  selected: number | null;
  /** The simulated scores by site, or null when no simulation is shown. */
  simulated: ReadonlyMap<number, SiteScore> | null;
  /** A site's name was clicked. */
  onChoose(id: number): void;
}

export function renderSitesTable(sites: SitesResponse, props: SitesTableProps): HTMLElement {
  if (sites.items.length === 0) return h('p', {}, 'Aucune friche ne correspond à ces filtres.');
  const simulated = props.simulated;
  const columns: Column<SiteItem>[] = [
    {
      key: 'name',
      label: 'Site',
      rowHeader: true,
      cell: (s) => {
        const button = h('button', { type: 'button', class: 'link-button', 'aria-pressed': String(s.id === props.selected) }, s.name);
        button.addEventListener('click', () => props.onChoose(s.id));
        return button;
      },
      sort: (s) => s.name,
    },
    { key: 'commune', label: 'Commune', cell: (s) => s.communeName, sort: (s) => s.communeName },
    { key: 'status', label: 'Statut', cell: (s) => statusLabel(s.status), sort: (s) => statusRank(s.status) },
    { key: 'area', label: 'Surface (ha)', numeric: true, cell: (s) => formatDecimal(s.areaHa, 2), sort: (s) => s.areaHa },
    { key: 'score', label: 'Score', numeric: true, cell: (s) => formatDecimal(s.score, 1), sort: (s) => s.score },
    { key: 'vocation', label: 'Meilleure vocation', cell: (s) => vocationLabel(s.bestVocation), sort: (s) => vocationLabel(s.bestVocation) },
  ];
  if (simulated) {
    columns.push({
      key: 'whatIf',
      label: 'Score simulé',
      numeric: true,
      cell: (s) => {
        const x = simulated.get(s.id);
        return x ? h('span', { class: 'simulated' }, formatDecimal(x.whatIf, 1)) : MISSING;
      },
      sort: (s) => simulated.get(s.id)?.whatIf ?? null,
    });
  }
  return sortableTable(
    `${plural(sites.total, 'friche')}, du meilleur score au moins bon`,
    columns,
    sites.items,
    { key: 'score', direction: 'descending' },
    (s) => ({ 'data-site': String(s.id), class: s.id === props.selected ? 'is-selected' : '' }),
  ).element;
}

/** The chosen site highlighted in the page's tables (list and simulation), without redrawing them. */
export function markSelected(root: ParentNode, site: number | null): void {
  for (const row of root.querySelectorAll<HTMLElement>('tr[data-site]')) {
    const chosen = row.dataset['site'] === String(site);
    row.classList.toggle('is-selected', chosen);
    const button = row.querySelector('button.link-button');
    if (button && row.closest('#friches-liste')) button.setAttribute('aria-pressed', String(chosen));
  }
}
