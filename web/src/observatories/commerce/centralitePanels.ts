/**
 * The centrality sheet's panels: its facts and latest figures, and the tables that follow its charts (vacancy over
 * the surveys, outlets by activity, its programme's centralities, its changes), plus the list of the centralities
 * when none is chosen.
 */
import { simpleTable, sortableTable, tableAlternative, type Column } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { CentralityDetail, CentralityItem, SurveyComparison } from './api';
import { centraliteRoute, centraliteUrl } from './route';
import { changeLabel, count, percent, points, stateText } from './words';

/** Its kind, commune, programmes and latest figures; null: the same lines, their values to come (no layout shift). */
export function renderFacts(slot: HTMLElement, c: CentralityDetail | null): void {
  const l = c?.latest;
  const fact = (testId: string, label: string, value: string, raw: number | null | undefined) =>
    h('div', { class: 'figure' }, h('dt', {}, label), c ? h('dd', { 'data-testid': testId, 'data-value': raw ?? '' }, value) : h('dd', {}, '…'));
  replaceContent(
    slot,
    h(
      'p',
      { class: 'commerce-sheet-lead' },
      c
        ? `${c.kindLabel} — ${c.commune.name}. ${
            c.programmes.length > 0
              ? `Programme${c.programmes.length > 1 ? 's' : ''} : ${c.programmes.map((p) => p.label).join(', ')}.`
              : 'Hors programme national.'
          }`
        : 'Chargement de la centralité…',
    ),
    h(
      'dl',
      { class: 'commerce-facts' },
      fact('sheet-cells', 'Cellules', count(l?.cells), l?.cells),
      fact('sheet-active', 'Actives', count(l?.active), l?.active),
      fact('sheet-vacant', 'Vacantes', count(l?.vacant), l?.vacant),
      fact('sheet-works', 'En travaux', count(l?.works), l?.works),
      fact('sheet-vacancy', 'Taux de vacance', percent(l?.vacancyRate), l?.vacancyRate),
      fact('sheet-food', 'Part de l’alimentaire', percent(l?.foodShare), l?.foodShare),
    ),
  );
}

export function historyTable(c: CentralityDetail): HTMLElement {
  return tableAlternative(
    'Voir la vacance par relevé en tableau',
    simpleTable(
      `Vacance de la centralité « ${c.name} » par relevé`,
      ['Relevé', 'Cellules', 'Vacantes', 'Taux de vacance', 'Part de l’alimentaire'],
      c.history.map((p) => [p.label, count(p.cells), count(p.vacant), percent(p.vacancyRate), percent(p.foodShare)]),
    ),
  );
}

export function byActivityTable(c: CentralityDetail): HTMLElement {
  const total = c.byActivity.reduce((sum, a) => sum + a.count, 0);
  return tableAlternative(
    'Voir les commerces par activité en tableau',
    simpleTable(
      `Commerces actifs par activité — ${c.name}`,
      ['Activité', 'Commerces actifs', 'Part'],
      c.byActivity.map((a) => [a.label, count(a.count), percent(total > 0 ? (100 * a.count) / total : null)]),
    ),
  );
}

/** The programme's centralities by vacancy, this one marked (in words, not by colour alone). */
export function peersTable(c: CentralityDetail): HTMLElement {
  const rows = [...c.peers.filter((p) => p.id !== c.id), { id: c.id, name: c.name, vacancyRate: c.latest?.vacancyRate ?? null }].sort(
    (a, b) => (b.vacancyRate ?? -1) - (a.vacancyRate ?? -1),
  );
  return h(
    'div',
    { 'data-testid': 'peers-table' },
    simpleTable(
      `Taux de vacance des centralités des mêmes programmes (${c.programmes.map((p) => p.label).join(', ')})`,
      ['Centralité', 'Taux de vacance'],
      rows.map((p) => [
        p.id === c.id
          ? h('strong', { 'data-peer': p.id }, `${p.name} (cette centralité)`)
          : h('a', { href: centraliteUrl(centraliteRoute(p.id)), 'data-nav': '', 'data-peer': p.id }, p.name),
        percent(p.vacancyRate),
      ]),
    ),
  );
}

export function renderChanges(slot: HTMLElement, comparison: SurveyComparison): void {
  const s = comparison.summary;
  replaceContent(
    slot,
    h(
      'p',
      { 'data-testid': 'sheet-compare' },
      `${comparison.from.label} comparé au ${comparison.to.label.charAt(0).toLowerCase()}${comparison.to.label.slice(1)} : ${count(s.openings)} ouvertures, ${count(s.closures)} fermetures, ${count(s.activityChanges)} changements d’activité ; vacance ${points(s.vacancyChangePoints)} (${percent(s.vacancyRateFrom)} puis ${percent(s.vacancyRateTo)}).`,
    ),
    comparison.changes.length === 0
      ? h('p', { class: 'note' }, 'Aucune cellule n’a changé.')
      : simpleTable(
          'Les changements de cellule entre les deux relevés',
          ['Cellule', 'Adresse', 'Changement', 'Avant', 'Après'],
          comparison.changes.map((c) => [c.name || c.cell, c.address ?? '—', changeLabel(c.kind), stateText(c.before), stateText(c.after)]),
          5,
        ),
  );
}

/** Every centrality, the most vacant first; a name opens its sheet. */
export function centralitiesList(items: CentralityItem[]): HTMLElement {
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
    { key: 'vacancy', label: 'Taux de vacance', cell: (c) => percent(c.latest?.vacancyRate), sort: (c) => c.latest?.vacancyRate ?? null, numeric: true },
  ];
  return h(
    'div',
    { 'data-testid': 'centralities-list' },
    sortableTable('Les centralités, par taux de vacance décroissant', columns, items, { key: 'vacancy', direction: 'descending' }).element,
  );
}
