/**
 * The key figures of a profile, one section per observatory: each figure's value, period and status, its change over
 * one and five years, the references' values (with their coverage when they sum only part of their communes), a
 * trend line with its table, and the link to the observatory.
 */
import type { KeyFigure, ProfileResponse, Series, TerritoryDetail } from '../../api/types';
import type { Context } from '../../context';
import { coverageNote, formatFigure, formatPeriod, formatValue, statusLabel } from '../../format';
import { simpleTable, tableAlternative } from '../../ui/components';
import { h } from '../../ui/dom';
import { changeText, figureDashboardUrl, referenceText } from './model';

type Charts = Promise<typeof import('../../charts/seriesChart')>;

/** The figure's trend over its last twelve periods, drawn into `slot` once its series and Plot come. */
async function showSpark(
  slot: HTMLElement,
  ctx: Pick<Context, 'client'>,
  territory: string,
  figure: KeyFigure,
  charts: Charts,
  left: () => boolean,
): Promise<void> {
  const ind = figure.indicator;
  try {
    const [answer, module] = await Promise.all([
      ctx.client.get({ path: '/api/v1/indicators/{code}/series', params: { code: ind.code }, query: { territories: territory } }),
      charts,
    ]);
    if (left()) return;
    const series: Series | undefined = answer.series[0];
    if (!series || series.points.length === 0) return;
    const recent = { ...series, points: series.points.slice(-12) };
    slot.replaceChildren(
      module.sparkline(recent, { width: 220, decimals: ind.decimals, indicator: ind.label, unit: ind.unit }),
      tableAlternative(
        'Valeurs de la série',
        simpleTable(
          `${ind.label} (${ind.unit})`,
          ['Période', 'Valeur'],
          recent.points.map((p) => [formatPeriod(p.period), p.status === 'secret' ? 'secret' : formatValue(p.value, ind.decimals)]),
        ),
      ),
    );
  } catch {
    slot.replaceChildren(h('p', { class: 'note' }, 'Série indisponible.'));
  }
}

export interface FiguresProps {
  ctx: Pick<Context, 'client'>;
  /** The territory of the URL (its series are asked by this id). */
  territory: string;
  detail: TerritoryDetail;
  profile: ProfileResponse;
  left(): boolean;
}

function figureCard(f: KeyFigure, slug: string, refNames: Map<string, string>, charts: Charts, { ctx, territory, detail, left }: FiguresProps): HTMLElement {
  const ind = f.indicator;
  const spark = h('div', { class: 'figure-card__spark' });
  void showSpark(spark, ctx, territory, f, charts, left);
  const c1 = changeText(f, 'changeOver1');
  const c5 = changeText(f, 'changeOver5');
  const own = coverageNote(f.coverage);
  return h(
    'li',
    { class: 'figure-card', 'data-indicator': ind.code },
    h('h3', { class: 'figure-card__label' }, ind.label),
    h('p', { class: 'figure-card__value', 'data-value': f.value ?? '' }, formatFigure(f.value, f.status, ind.decimals, ind.unit)),
    h('p', { class: 'figure-card__period' }, `${formatPeriod(f.period)} · ${statusLabel(f.status)}${own ? ` · ${own}` : ''}`),
    h(
      'ul',
      { class: 'figure-card__facts' },
      c1 ? h('li', {}, `Sur un an : ${c1}`) : null,
      c5 ? h('li', {}, `Sur cinq ans : ${c5}`) : null,
      ...f.references.map((r) => h('li', { 'data-territory': r.territoryId }, referenceText(refNames.get(r.territoryId) ?? r.territoryId, r, ind))),
    ),
    spark,
    h('p', {}, h('a', { href: figureDashboardUrl(slug, ind.code, detail), 'data-nav': '' }, 'Ouvrir dans l’observatoire')),
  );
}

/** The sections of the figures; their trend lines are loaded meanwhile. */
export function figureSections(props: FiguresProps): HTMLElement[] {
  const refNames = new Map(props.profile.references.map((r) => [r.id, r.name]));
  const charts: Charts = import('../../charts/seriesChart');
  return props.profile.observatories.map((o) =>
    h(
      'section',
      { class: 'block', 'aria-labelledby': `obs-${o.slug}` },
      h('h2', { id: `obs-${o.slug}` }, o.name),
      o.figures.length === 0
        ? h('p', {}, 'Pas de chiffre clé pour ce territoire.')
        : h('ul', { class: 'figure-cards' }, ...o.figures.map((f) => figureCard(f, o.slug, refNames, charts, props))),
    ),
  );
}
