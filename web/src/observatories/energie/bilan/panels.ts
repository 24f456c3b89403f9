/**
 * The dashboard's chart panels: each draws its chart at the width of its slot (charts.ts, loaded on demand; the
 * Sankey is SVG of its own) followed by its table, with data- attributes carrying the API's numbers for the tests.
 */
import { apiUrl } from '../../../platform/api/client';
import { formatDecimal } from '../../../platform/format';
import { apiAddress, tableAlternative } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import { balancePoints, balanceSentence, codesUsed, percent, stackRows, targetPoints, termsOf, type Breakdown } from './accounts';
import type { AccountLabels, TerritoryAccounts } from './api';
import { loadCharts, type ChartPanelDeps } from './chartPanel';
import { CARRIER_COLOURS, colourOf, SECTOR_COLOURS, SOURCE_COLOURS } from './palette';
import { sankeyLayout, sankeySvg, sankeyTable } from './sankey';

const COLOURS: Record<Breakdown, Record<string, string>> = { sector: SECTOR_COLOURS, carrier: CARRIER_COLOURS, source: SOURCE_COLOURS };

function legendOf(codes: readonly string[], labels: Map<string, string>, colours: Record<string, string>): HTMLElement {
  return h(
    'ul',
    { class: 'energie-legend', 'aria-hidden': 'true' },
    ...codes.map((code) => h('li', {}, h('span', { class: 'swatch', style: `background:${colourOf(colours, code)}` }), labels.get(code) ?? code)),
  );
}

/** Consumption by sector or carrier, or production by source: stacked bars per year and their table. */
export async function renderStack(
  slot: HTMLElement,
  accounts: TerritoryAccounts,
  labels: AccountLabels,
  breakdown: Breakdown,
  deps: ChartPanelDeps,
): Promise<void> {
  const charts = await loadCharts(slot, deps);
  if (!charts) return;
  const rows = stackRows(accounts.years, labels, breakdown);
  const codes = codesUsed(rows);
  const names = new Map(termsOf(labels, breakdown).map((t) => [t.code, t.label]));
  if (codes.length === 0) {
    replaceContent(slot, h('p', {}, `Pas de ${breakdown === 'source' ? 'production' : 'consommation'} enregistrée ${accounts.nameOf}.`));
    return;
  }
  const what =
    breakdown === 'sector'
      ? 'Consommation d’énergie finale par secteur'
      : breakdown === 'carrier'
        ? 'Consommation d’énergie finale par énergie'
        : 'Production renouvelable et de récupération par filière';
  const title = `${what} ${accounts.nameOf} (GWh)`;
  const years = [...new Set(rows.map((r) => r.year))];
  const value = (year: number, code: string): number => rows.find((r) => r.year === year && r.code === code)?.value ?? 0;
  const table = h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': title },
    h(
      'table',
      { class: 'table', 'data-testid': `${breakdown}-table` },
      h('caption', {}, title),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Année'),
          ...codes.map((c) => h('th', { scope: 'col', class: 'num' }, names.get(c) ?? c)),
          h('th', { scope: 'col', class: 'num' }, 'Total'),
        ),
      ),
      h(
        'tbody',
        {},
        ...years.map((year) => {
          const total = codes.reduce((sum, c) => sum + value(year, c), 0);
          return h(
            'tr',
            { 'data-year': year },
            h('th', { scope: 'row' }, String(year)),
            ...codes.map((c) => h('td', { class: 'num', 'data-code': c, 'data-value': value(year, c) }, formatDecimal(value(year, c), 1))),
            h('td', { class: 'num', 'data-total': Math.round(total * 1000) / 1000 }, h('strong', {}, formatDecimal(total, 1))),
          );
        }),
      ),
    ),
  );
  const last = accounts.years.filter((y) => (breakdown === 'source' ? y.production : y.consumption)).at(-1);
  const excluded =
    breakdown === 'source' && last?.production && last.production.nonRenewableThermalGwh > 0
      ? h(
          'p',
          { class: 'note' },
          `La production thermique non renouvelable (${formatDecimal(last.production.nonRenewableThermalGwh, 1)} GWh en ${last.year}) n’est pas comptée dans le bilan décarboné.`,
        )
      : null;
  const installations =
    breakdown === 'source' && last?.production?.rooftopPvInstallations != null
      ? h('p', {}, `${formatDecimal(last.production.rooftopPvInstallations, 0)} installations photovoltaïques en toiture en ${last.year}.`)
      : null;
  const figure = h('figure', { class: 'chart__figure' });
  replaceContent(
    slot,
    legendOf(codes, names, COLOURS[breakdown]),
    figure,
    installations,
    excluded,
    tableAlternative('Afficher les valeurs sous forme de tableau', table),
  );
  deps.redraws.draw(slot, figure, (width) =>
    charts.stackedChart(rows, { codes, colours: codes.map((c) => colourOf(COLOURS[breakdown], c)) }, { width, title, unit: 'GWh' }),
  );
}

/** The balance per year against the comparison and the objectives, with its sentence and table. */
export async function renderBalance(slot: HTMLElement, accounts: TerritoryAccounts, comparison: TerritoryAccounts | null, deps: ChartPanelDeps): Promise<void> {
  const charts = await loadCharts(slot, deps);
  if (!charts) return;
  const points = balancePoints(accounts, comparison);
  const targets = targetPoints(accounts);
  const title = `Bilan décarboné ${accounts.nameOf}${comparison && comparison.id !== accounts.id ? ` et ${comparison.nameOf}` : ''}, en % de la consommation`;
  const byYear = new Map<number, { own?: number; other?: number }>();
  for (const p of points) byYear.set(p.year, { ...byYear.get(p.year), [p.series === accounts.name ? 'own' : 'other']: p.percent });
  const table = h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': title },
    h(
      'table',
      { class: 'table', 'data-testid': 'balance-table' },
      h('caption', {}, title),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Année'),
          h('th', { scope: 'col', class: 'num' }, accounts.name),
          h('th', { scope: 'col', class: 'num' }, comparison?.name ?? '—'),
        ),
      ),
      h(
        'tbody',
        {},
        ...[...byYear.entries()]
          .sort(([a], [b]) => a - b)
          .map(([year, v]) =>
            h(
              'tr',
              { 'data-year': year },
              h('th', { scope: 'row' }, String(year)),
              h('td', { class: 'num', 'data-value': v.own ?? '' }, v.own == null ? '—' : `${formatDecimal(v.own, 1)}\u00a0%`),
              h('td', { class: 'num' }, v.other == null ? '—' : `${formatDecimal(v.other, 1)}\u00a0%`),
            ),
          ),
        ...targets.map((t) =>
          h(
            'tr',
            { class: 'is-target' },
            h('th', { scope: 'row' }, `Objectif ${t.year}`),
            h('td', { class: 'num' }, percent(t.percent / 100, 0)),
            h('td', {}, t.document),
          ),
        ),
      ),
    ),
  );
  if (points.length === 0) {
    replaceContent(slot, h('p', { 'data-testid': 'balance-sentence' }, balanceSentence(accounts, comparison)));
    return;
  }
  const figure = h('figure', { class: 'chart__figure' });
  const legend = h(
    'ul',
    { class: 'energie-legend', 'aria-hidden': 'true' },
    h('li', {}, h('span', { class: 'line-swatch' }), accounts.name),
    comparison && comparison.id !== accounts.id ? h('li', {}, h('span', { class: 'line-swatch line-swatch--dashed' }), comparison.name) : null,
    targets.length > 0 ? h('li', {}, '★ objectifs') : null,
  );
  replaceContent(
    slot,
    h('p', { 'data-testid': 'balance-sentence' }, balanceSentence(accounts, comparison)),
    legend,
    figure,
    tableAlternative('Afficher le bilan sous forme de tableau', table),
  );
  deps.redraws.draw(slot, figure, (width) => charts.balanceChart(points, targets, { width, title }));
}

/** The Sankey of the latest consumption year, from carriers to sectors, and its table. */
export function renderSankey(slot: HTMLElement, accounts: TerritoryAccounts, labels: AccountLabels, deps: ChartPanelDeps): void {
  const year = accounts.years.filter((y) => y.consumption).at(-1);
  if (!year?.consumption) {
    replaceContent(slot, h('p', {}, `Pas de consommation enregistrée ${accounts.nameOf}.`));
    return;
  }
  const title = `Flux de consommation ${year.year} ${accounts.nameOf}, des énergies vers les secteurs (GWh)`;
  const figure = h('figure', { class: 'chart__figure energie-sankey', 'data-year': year.year });
  const layout = sankeyLayout(year.consumption.bySectorAndCarrier, termsOf(labels, 'carrier'), termsOf(labels, 'sector'), 360);
  const colour = (node: { side: string; code: string }): string => colourOf(node.side === 'carrier' ? CARRIER_COLOURS : SECTOR_COLOURS, node.code);
  replaceContent(
    slot,
    h(
      'p',
      {},
      `En ${year.year}, ${formatDecimal(year.consumption.totalGwh, 0)} GWh consommés ${accounts.nameOf}. Chaque bande relie une énergie à un secteur ; son épaisseur est proportionnelle à l’énergie consommée.`,
    ),
    figure,
    tableAlternative('Afficher les flux sous forme de tableau', sankeyTable(layout, title)),
  );
  deps.redraws.draw(slot, figure, (width) => sankeySvg(layout, width, title, colour));
}

/** The CSV and XLSX of the accounts and the API's address. */
export function renderDownloads(slot: HTMLElement, territory: string, origin: string): void {
  const csv = apiUrl({ path: '/api/v1/energie/accounts', query: { territory, format: 'csv' } });
  replaceContent(
    slot,
    h(
      'p',
      { class: 'downloads__buttons' },
      h('a', { class: 'button', href: csv, download: `energie_${territory.replace(':', '-')}.csv`, 'data-download': 'csv' }, 'Télécharger les comptes (CSV)'),
      h(
        'a',
        {
          class: 'button button--secondary',
          href: apiUrl({ path: '/api/v1/energie/accounts', query: { territory, format: 'xlsx' } }),
          download: `energie_${territory.replace(':', '-')}.xlsx`,
          'data-download': 'xlsx',
        },
        'Tableur (XLSX)',
      ),
    ),
    h(
      'p',
      { class: 'note' },
      'Une ligne par année, nature (consommation, production, émissions), secteur et énergie ou filière, en GWh (kt CO₂e pour les émissions) : le format que l’agence importe.',
    ),
    h('p', { class: 'label' }, 'Les comptes dans l’API'),
    ...apiAddress(apiUrl({ path: '/api/v1/energie/accounts', query: { territory } }), origin),
  );
}
