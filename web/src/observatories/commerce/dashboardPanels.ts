/**
 * The dashboard's panels, each drawn from the API's answers: the key figures with their change, the outlets by
 * activity (chart and table), the centralities ranked by vacancy and the comparison of the two latest surveys.
 * data-testid and data-value carry the API's numbers for the tests.
 */
import { formatPeriod } from '../../platform/format';
import { selectField, simpleTable, sortableTable, tableAlternative, type Column } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { CellChange, CentralityItem, SurveyComparison } from './api';
import { changeText, formatFigure, type KeyFigure } from './figures';
import { centraliteRoute, centraliteUrl, type CommerceRoute } from './route';
import { ACTIVITIES, ACTIVITY_LABELS, CHANGE_KINDS, CHANGE_LABELS, changeLabel, count, percent, plural, points, stateText } from './words';

/** The cards of the key figures; `waiting`: their values are still to come (the cards keep their size). */
export function renderKeyFigures(slot: HTMLElement, figures: readonly KeyFigure[], waiting = false): void {
  replaceContent(
    slot,
    h(
      'ul',
      { class: 'figure-cards' },
      ...figures.map((f) =>
        h(
          'li',
          { class: 'figure-card' },
          h('h3', { class: 'figure-card__label' }, f.definition.label),
          waiting
            ? h('p', { class: 'figure-card__value' }, '…')
            : h(
                'p',
                { class: 'figure-card__value', 'data-testid': f.definition.testId, 'data-value': f.value ?? '' },
                formatFigure(f.definition.kind, f.value),
              ),
          h('p', { class: 'figure-card__period' }, waiting ? 'chargement…' : f.period ? `relevé ${formatPeriod(f.period)}` : 'pas de relevé'),
          h('ul', { class: 'figure-card__facts' }, h('li', {}, waiting ? 'Évolution : …' : `Évolution : ${changeText(f)}`)),
        ),
      ),
    ),
  );
}

/** The centralities of the territory, the most vacant first; a name opens the centrality's sheet. */
export function centralitiesTable(items: CentralityItem[]): HTMLElement {
  const columns: Column<CentralityItem>[] = [
    {
      key: 'name',
      label: 'Centralité',
      cell: (c) => h('a', { href: centraliteUrl(centraliteRoute(c.id)), 'data-nav': '', 'data-centrality': c.id }, c.name),
      sort: (c) => c.name,
      rowHeader: true,
    },
    { key: 'kind', label: 'Type', cell: (c) => c.kindLabel, sort: (c) => c.kindLabel },
    { key: 'commune', label: 'Commune', cell: (c) => c.commune.name, sort: (c) => c.commune.name },
    { key: 'programmes', label: 'Programmes', cell: (c) => c.programmes.map((p) => p.label).join(', ') || '—' },
    { key: 'cells', label: 'Cellules', cell: (c) => count(c.latest?.cells), sort: (c) => c.latest?.cells ?? null, numeric: true },
    { key: 'vacant', label: 'Vacantes', cell: (c) => count(c.latest?.vacant), sort: (c) => c.latest?.vacant ?? null, numeric: true },
    {
      key: 'vacancy',
      label: 'Taux de vacance',
      cell: (c) => h('span', { 'data-value': c.latest?.vacancyRate ?? '' }, percent(c.latest?.vacancyRate)),
      sort: (c) => c.latest?.vacancyRate ?? null,
      numeric: true,
    },
    { key: 'food', label: 'Part de l’alimentaire', cell: (c) => percent(c.latest?.foodShare), sort: (c) => c.latest?.foodShare ?? null, numeric: true },
  ];
  const table = sortableTable('Les centralités du territoire, par taux de vacance décroissant', columns, items, { key: 'vacancy', direction: 'descending' });
  return h('div', { 'data-testid': 'centralities-table' }, table.element);
}

/** The changes the route's filters keep: one kind, and an activity before or after. */
export function filterChanges(changes: readonly CellChange[], route: Pick<CommerceRoute, 'change' | 'activity'>): CellChange[] {
  return changes.filter(
    (c) =>
      (route.change === null || c.kind === route.change) &&
      (route.activity === null || c.before?.activity === route.activity || c.after?.activity === route.activity),
  );
}

export function renderComparison(slot: HTMLElement, comparison: SurveyComparison, route: CommerceRoute, navigate: (route: CommerceRoute) => void): void {
  const s = comparison.summary;
  const shown = filterChanges(comparison.changes, route);
  const kind = selectField(
    'Type de changement',
    'changement',
    [{ value: '', label: 'Tous les changements' }, ...CHANGE_KINDS.map((k) => ({ value: k, label: CHANGE_LABELS[k] }))],
    route.change ?? '',
    (v) => navigate({ ...route, change: (CHANGE_KINDS as readonly string[]).includes(v) ? (v as CommerceRoute['change']) : null }),
  ).field;
  const activity = selectField(
    'Activité (avant ou après)',
    'activite',
    [{ value: '', label: 'Toutes les activités' }, ...ACTIVITIES.map((a) => ({ value: a, label: ACTIVITY_LABELS[a] }))],
    route.activity ?? '',
    (v) => navigate({ ...route, activity: (ACTIVITIES as readonly string[]).includes(v) ? (v as CommerceRoute['activity']) : null }),
  ).field;
  replaceContent(
    slot,
    h(
      'p',
      {},
      `${comparison.from.label} comparé au ${comparison.to.label.charAt(0).toLowerCase()}${comparison.to.label.slice(1)}, cellule par cellule (rapprochées par leur identifiant).`,
    ),
    h(
      'ul',
      { class: 'commerce-summary', 'data-testid': 'compare-summary' },
      h('li', {}, h('strong', { 'data-testid': 'openings', 'data-value': s.openings }, count(s.openings)), ' ouvertures'),
      h('li', {}, h('strong', { 'data-testid': 'closures', 'data-value': s.closures }, count(s.closures)), ' fermetures'),
      h('li', {}, h('strong', { 'data-testid': 'activity-changes', 'data-value': s.activityChanges }, count(s.activityChanges)), ' changements d’activité'),
      h('li', {}, h('strong', {}, count(s.newCells)), ' nouvelles cellules, ', h('strong', {}, count(s.removedCells)), ' disparues'),
      h('li', {}, h('strong', {}, count(s.unchanged)), ' cellules sans changement'),
      h(
        'li',
        {},
        'Vacance : ',
        h('strong', { 'data-testid': 'vacancy-change', 'data-value': s.vacancyChangePoints ?? '' }, points(s.vacancyChangePoints)),
        ` (${percent(s.vacancyRateFrom)} puis ${percent(s.vacancyRateTo)} ; ${count(s.cellsFrom)} puis ${count(s.cellsTo)} cellules)`,
      ),
    ),
    h('form', { class: 'controls commerce-change-filters', 'aria-label': 'Filtres des changements' }, kind, activity),
    h(
      'p',
      { role: 'status', 'data-testid': 'changes-count', 'data-value': shown.length },
      `${plural(shown.length, 'changement')} sur ${count(comparison.changes.length)}`,
    ),
    simpleTable(
      'Les changements de cellule entre les deux relevés',
      ['Cellule', 'Adresse', 'Changement', 'Avant', 'Après'],
      shown.map((c) => [c.name || c.cell, c.address ?? '—', changeLabel(c.kind), stateText(c.before), stateText(c.after)]),
      5,
    ),
  );
}

/** The outlets by activity as a table (the chart's alternative and its values). */
export function activitiesTable(rows: readonly { label: string; count: number }[], total: number): HTMLElement {
  return tableAlternative(
    'Voir les commerces par activité en tableau',
    simpleTable(
      'Commerces actifs par activité',
      ['Activité', 'Commerces actifs', 'Part'],
      rows.map((r) => [r.label, count(r.count), percent(total > 0 ? (100 * r.count) / total : null)]),
    ),
  );
}
