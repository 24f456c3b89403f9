/**
 * The outlets map's panels, drawn from the route and the cells: the checkboxes of activities and statuses, the
 * count of what is shown, the legend of what the filters keep, the panel of the cell chosen and the table of the
 * cells shown (the map's alternative for keyboard and screen-reader users).
 */
import { formatDate } from '../../platform/format';
import { checkboxField, sortableTable, type Column } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { CellFeature, CellProperties, Survey } from './api';
import type { LegendEntry } from './cells';
import { centraliteRoute, centraliteUrl, toggle, type CarteRoute } from './route';
import { ACTIVITIES, ACTIVITY_LABELS, STATUS_LABELS, STATUSES, activityLabel, plural, statusLabel } from './words';

export type CarteChanges = Partial<Pick<CarteRoute, 'activities' | 'statuses' | 'cell'>>;

/** The checkboxes; the focus stays on the box the reader was using once the form is drawn again. */
export function renderFilters(form: HTMLFormElement, route: CarteRoute, onChange: (changes: CarteChanges) => void, document: Document): void {
  const focused = (document.activeElement as HTMLInputElement | null)?.name ?? null;
  const checked = <T extends string>(list: readonly T[] | null, value: T): boolean => list === null || list.includes(value);
  replaceContent(
    form,
    h(
      'fieldset',
      { class: 'controls__group' },
      h('legend', {}, 'Statut de la cellule'),
      ...STATUSES.map((s) =>
        checkboxField(STATUS_LABELS[s], `statut-${s}`, checked(route.statuses, s), (on) => onChange({ statuses: toggle(route.statuses, s, on, STATUSES) })),
      ),
    ),
    h(
      'fieldset',
      { class: 'controls__group' },
      h('legend', {}, 'Activité (des cellules actives ou en travaux)'),
      ...ACTIVITIES.map((a) =>
        checkboxField(ACTIVITY_LABELS[a], `activite-${a}`, checked(route.activities, a), (on) =>
          onChange({ activities: toggle(route.activities, a, on, ACTIVITIES) }),
        ),
      ),
    ),
  );
  if (focused && !form.contains(document.activeElement)) (form.querySelector(`[name="${focused}"]`) as HTMLElement | null)?.focus();
}

export function renderCount(slot: HTMLElement, shown: number, total: number, survey: Survey | null): void {
  replaceContent(
    slot,
    h(
      'p',
      { id: 'commerce-count', 'data-shown': String(shown), 'data-total': String(total) },
      shown === total
        ? `${plural(total, 'cellule')} affichée${total > 1 ? 's' : ''}`
        : `${plural(shown, 'cellule')} affichée${shown > 1 ? 's' : ''} sur ${plural(total, 'cellule')}`,
      survey ? ` — ${survey.label} (du ${formatDate(survey.surveyedFrom)} au ${formatDate(survey.surveyedTo)}).` : '.',
    ),
  );
}

export function renderLegend(slot: HTMLElement, entries: readonly LegendEntry[]): void {
  if (entries.length === 0) {
    replaceContent(slot, h('p', { class: 'legend__title' }, 'Légende'), h('p', { class: 'note' }, 'Aucune cellule ne correspond à ces filtres.'));
    return;
  }
  replaceContent(
    slot,
    h('p', { class: 'legend__title' }, 'Légende'),
    h(
      'ul',
      { class: 'legend__list', 'data-testid': 'legend' },
      ...entries.map((e) =>
        h(
          'li',
          { 'data-key': e.key },
          h('span', {
            class: `commerce-key commerce-key--${e.symbol}`,
            style: e.symbol === 'activity' ? `background-color: ${e.colour}` : null,
            'aria-hidden': 'true',
          }),
          h('span', {}, e.label, ' ', h('span', { class: 'legend__count' }, `(${plural(e.count, 'cellule')})`)),
        ),
      ),
    ),
    h(
      'p',
      { class: 'note' },
      'Point plein : cellule active, de la couleur de son activité ; anneau gris creux : vacante ; point gris cerclé épais : en travaux.',
    ),
  );
}

function centralityLink(id: string | null, names: ReadonlyMap<string, string>): HTMLElement | string {
  if (!id) return 'hors centralité';
  return h('a', { href: centraliteUrl(centraliteRoute(id)), 'data-nav': '' }, names.get(id) ?? id);
}

/** The panel of the cell chosen on the map or in the table; its heading takes the focus when it opens. */
export function renderCellPanel(slot: HTMLElement, cell: CellProperties | null, names: ReadonlyMap<string, string>, close: string): void {
  if (!cell) {
    replaceContent(slot, h('p', { class: 'note' }, 'Choisissez une cellule sur la carte ou dans le tableau pour voir sa fiche.'));
    return;
  }
  replaceContent(
    slot,
    h('h3', { id: 'commerce-cellule-titre', tabindex: '-1' }, cell.name || `Cellule ${cell.cell}`),
    h(
      'dl',
      { class: 'commerce-cell' },
      h('dt', {}, 'Adresse'),
      h('dd', {}, cell.address ?? '—'),
      h('dt', {}, 'Statut'),
      h('dd', { 'data-testid': 'cell-status' }, cell.status_label || statusLabel(cell.status)),
      h('dt', {}, 'Activité'),
      h(
        'dd',
        {},
        cell.activity
          ? cell.activity_label || activityLabel(cell.activity)
          : `aucune${cell.previous_activity ? ` (dernière connue : ${activityLabel(cell.previous_activity).toLowerCase()})` : ''}`,
      ),
      h('dt', {}, 'Centralité'),
      h('dd', {}, centralityLink(cell.centrality, names)),
      h('dt', {}, 'Relevée le'),
      h('dd', {}, cell.surveyed_on ? formatDate(cell.surveyed_on) : '—'),
      h('dt', {}, 'Identifiant'),
      h('dd', {}, cell.cell),
    ),
    h('p', {}, h('a', { href: close, 'data-nav': '' }, 'Fermer la fiche')),
  );
}

/** The cells shown, as a sortable table, 50 rows at a time; a cell's name opens its panel. */
export function cellsTable(cells: CellFeature[], names: ReadonlyMap<string, string>, href: (cell: string) => string): HTMLElement {
  const columns: Column<CellFeature>[] = [
    {
      key: 'name',
      label: 'Cellule',
      cell: (c) => h('a', { href: href(c.properties.cell), 'data-nav': '', 'data-cell': c.properties.cell }, c.properties.name || c.properties.cell),
      sort: (c) => c.properties.name ?? c.properties.cell,
      rowHeader: true,
    },
    { key: 'address', label: 'Adresse', cell: (c) => c.properties.address ?? '—', sort: (c) => c.properties.address },
    { key: 'status', label: 'Statut', cell: (c) => c.properties.status_label || statusLabel(c.properties.status), sort: (c) => c.properties.status },
    {
      key: 'activity',
      label: 'Activité',
      cell: (c) => (c.properties.activity ? c.properties.activity_label || activityLabel(c.properties.activity) : '—'),
      sort: (c) => c.properties.activity,
    },
    {
      key: 'centrality',
      label: 'Centralité',
      cell: (c) => centralityLink(c.properties.centrality, names),
      sort: (c) => (c.properties.centrality ? (names.get(c.properties.centrality) ?? c.properties.centrality) : null),
    },
  ];
  const table = sortableTable(
    `Les cellules affichées par les filtres (${plural(cells.length, 'cellule')})`,
    columns,
    cells,
    { key: 'name', direction: 'ascending' },
    () => ({}),
    {
      size: 50,
    },
  );
  return h('div', { 'data-testid': 'cells-table' }, table.element);
}
