/**
 * Le Donut du territoire (/transitions/donut?territory=…): the chart, its key figures and its table alternative
 * (every dimension with its indicator, year, value, bound, gap and situation in words). A figure the caller may not see
 * says « réservé ».
 */
import './transitions.css';
import { isAgency } from '../../platform/auth/session';
import type { Context, View } from '../../platform/context';
import { formatRate, formatWithUnit } from '../../platform/format';
import type { Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { apiAddress, loading, selectField, showError, simpleTable } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { Donut, DonutReading } from './api';
import type { createDonutEditor } from './donutEditor';
import { donutChart } from './donut';
import { isDonutRoute, risksRoute, risksUrl, type DonutRoute } from './route';

/** The dimension's gap in words: "24 % sous le plancher", "dans l'espace juste et sûr", "réservé". */
export function gapWords(r: DonutReading): string {
  if (r.status === 'restricted') return 'réservé';
  if (r.gap === null || r.gap === undefined) return 'sans donnée';
  if (r.gap <= 0) return `dans l’espace juste et sûr (marge ${formatRate(-(r.position ?? 0))})`;
  return r.ring === 'social' ? `${formatRate(r.gap)} sous le plancher social` : `${formatRate(r.gap)} au-delà du plafond écologique`;
}

function value(r: DonutReading): string {
  if (r.status === 'restricted') return 'réservé';
  return r.indicator ? formatWithUnit(r.value, r.indicator.decimals, r.indicator.unit) : '—';
}

function bound(r: DonutReading): string {
  const unit = r.indicator?.unit ?? '';
  return `${r.direction === 'up' ? 'au moins' : 'au plus'} ${formatWithUnit(r.bound, 2, unit)}`;
}

/** The table alternative: one row per dimension, numbered as the chart. */
export function donutTable(donut: Donut): HTMLElement {
  const ordered = [...donut.dimensions.filter((d) => d.ring === 'social'), ...donut.dimensions.filter((d) => d.ring === 'ecological')];
  return simpleTable(
    `Le Donut ${donut.territory.names.of} : chaque dimension, son seuil et l’écart`,
    ['Dimension', 'N°', 'Anneau', 'Indicateur', 'Année', 'Valeur', 'Seuil', 'Situation', 'Source du seuil'],
    ordered.map((d, i) => [
      d.label,
      String(i + 1),
      d.ring === 'social' ? 'plancher social' : 'plafond écologique',
      d.indicator?.label ?? 'réservé',
      d.period ?? '—',
      value(d),
      bound(d),
      h('span', { 'data-status': d.status }, gapWords(d)),
      d.source,
    ]),
    99,
  );
}

/** The chart's accessible name: how many dimensions are beyond their bounds. */
export function donutSummary(donut: Donut): string {
  const s = donut.summary;
  const parts = [`${s.shortfalls} sous le plancher social`, `${s.overshoots} au-delà du plafond écologique`, `${s.within} dans l’espace juste et sûr`];
  if (s.restricted > 0) parts.push(`${s.restricted} réservée${s.restricted > 1 ? 's' : ''}`);
  if (s.noData > 0) parts.push(`${s.noData} sans donnée`);
  return `Donut ${donut.territory.names.of}, ${s.dimensions} dimensions : ${parts.join(', ')}.`;
}

export function mountDonut(container: HTMLElement, initial: DonutRoute, ctx: Context): View {
  let route = initial;
  let generation = 0;
  const territorySlot = h('div', { class: 'transitions-control' }, loading('Chargement des territoires…'));
  const body = h('div', { class: 'transitions-donut', 'aria-live': 'polite' }, loading('Chargement du Donut…'));
  const risks = h('a', { href: risksUrl(risksRoute()), 'data-nav': '' }, 'La matrice des risques');
  container.append(
    observatoryBreadcrumb('transitions', 'Observatoire des transitions territoriales', 'Le Donut du territoire'),
    h('h1', { tabindex: '-1' }, 'Le Donut du territoire'),
    h(
      'p',
      { class: 'lead' },
      'D’après Kate Raworth : entre un plancher social (l’anneau intérieur) et un plafond écologique (l’anneau extérieur), l’espace juste et sûr. ' +
        'Chaque dimension est un indicateur du catalogue ; un secteur rouge montre de combien le territoire est sous le plancher ou au-delà du plafond, ' +
        'en part du seuil. ',
      risks,
      '.',
    ),
    territorySlot,
    body,
    h('section', { class: 'block', 'aria-labelledby': 'transitions-api' }, h('h2', { id: 'transitions-api' }, 'Les données'), ...apiAddresses()),
  );

  // The editing of the dimensions, for an agency key only: a visitor's page neither shows nor downloads it.
  let editor: Promise<ReturnType<typeof createDonutEditor>> | null = null;
  const editorFor = (): typeof editor => {
    if (!isAgency(ctx.session.identity())) return null;
    editor ??= import('./donutEditor').then((m) => m.createDonutEditor({ client: ctx.client, document: ctx.document, changed: () => void load() }));
    return editor;
  };
  const unsubscribe = ctx.session.subscribe(() => void load());

  function apiAddresses(): HTMLElement[] {
    return apiAddress(`/api/v1/transitions/donut/${route.territory}`, ctx.window.location.origin);
  }

  async function showTerritories(): Promise<void> {
    const choices = await ctx.territoryChoices().catch(() => null);
    const options = [
      ...(choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
      ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités (EPCI)' })),
    ];
    if (!options.some((o) => o.value === route.territory)) options.unshift({ value: route.territory, label: route.territory, group: 'Territoire demandé' });
    replaceContent(territorySlot, selectField('Territoire', 'territory', options, route.territory, (territory) => ctx.navigate({ ...route, territory })).field);
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    body.setAttribute('aria-busy', 'true');
    delete body.dataset['drawn'];
    void showTerritories();
    try {
      const donut = await ctx.client.getJson<Donut>(`/api/v1/transitions/donut/${route.territory}`);
      if (mine !== generation) return;
      ctx.setTitle(`Le Donut ${donut.territory.names.of}`);
      const summary = donutSummary(donut);
      replaceContent(
        body,
        h('p', { class: 'transitions-summary', 'data-testid': 'summary' }, summary),
        h(
          'figure',
          { class: 'transitions-figure' },
          donutChart(donut.dimensions, summary),
          h(
            'figcaption',
            {},
            'Anneau vert : l’espace juste et sûr. Secteurs rouges vers le centre : les manques sous le plancher social ; vers l’extérieur : ' +
              'les dépassements du plafond écologique (longueur croissante avec l’écart, bornée). Pointillés : sans donnée ou réservé. ' +
              'Les numéros renvoient au tableau.',
          ),
        ),
        donutTable(donut),
      );
      const editing = editorFor();
      if (editing) {
        const edit = await editing;
        if (mine !== generation) return;
        await edit.decorate(body, donut);
      }
      if (mine !== generation) return;
      body.removeAttribute('aria-busy');
      body.dataset['drawn'] = '1';
    } catch (error) {
      if (mine === generation) showError(body, error, () => void load());
    }
  }

  void load();
  return {
    update(next: Route) {
      if (!isDonutRoute(next)) return;
      route = next;
      void load();
    },
    destroy() {
      generation += 1;
      unsubscribe();
    },
  };
}
