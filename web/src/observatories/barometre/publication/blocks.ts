/**
 * The blocks of the brief: an indicator (headline figure, its changes, its revision, its chart, its secondary
 * figures, its source), the Nota-PME risk classes or the partners' box, the key figures, the written brief, the
 * sources. Pure: data in, elements out.
 */
import { formatDate, formatPeriod, formatRate, formatSigned, formatValue, formatWithUnit } from '../../../platform/format';
import { h, type Child } from '../../../platform/ui/dom';
import { indicatorChart } from './chart';
import type { Barometre, Change, Detail, FigureStatus, Indicator, RiskClass } from './contract';

export const AGENCY = 'Agence d’urbanisme de l’Artois';
export const RESTRICTED_TITLE = 'Données réservées aux partenaires';

/** A figure that is not shown, in words. */
function statusText(status: FigureStatus): string {
  if (status === 'secret') return 'Secret statistique';
  if (status === 'restricted') return RESTRICTED_TITLE;
  return 'Donnée non disponible';
}

/** "+1 340 (+0,7 %)": a change and its rate; the API gives the rate in percent. */
export function changeText(change: Change | null, decimals: number): string {
  if (!change || change.change === null) return 'non disponible';
  const rate = change.changePercent === null ? '' : ` (${formatRate(change.changePercent / 100)})`;
  return `${formatSigned(change.change, decimals)}${rate}`;
}

function headline(indicator: Indicator): HTMLElement {
  if (indicator.status !== 'ok' || indicator.value === null) {
    return h('p', { class: 'bp-value bp-value--hidden' }, statusText(indicator.status));
  }
  return h(
    'p',
    { class: 'bp-value' },
    formatWithUnit(indicator.value, indicator.decimals, indicator.unit),
    indicator.provisional ? h('span', { class: 'bp-flag', title: 'provisoire' }, 'p', h('span', { class: 'bp-flag__word' }, ' provisoire')) : null,
  );
}

function changes(indicator: Indicator): HTMLElement | null {
  if (indicator.status !== 'ok') return null;
  const item = (label: string, change: Change | null): HTMLElement =>
    h('li', {}, `${label}${change ? ` (${formatPeriod(change.period)})` : ''} : `, h('strong', {}, changeText(change, indicator.decimals)));
  return h('ul', { class: 'bp-changes' }, item('Sur un trimestre', indicator.quarterOnQuarter), item('Sur un an', indicator.yearOnYear));
}

/** "Révisé : 181 900 salariés à la première publication, révisé le 14 mars 2025." */
export function revisionText(indicator: Indicator): string | null {
  if (!indicator.revision) return null;
  return `Révisé : ${formatWithUnit(indicator.revision.previousValue, indicator.decimals, indicator.unit)} à la publication précédente, révisé le ${formatDate(indicator.revision.revisedAt)}.`;
}

function detailItem(detail: Detail): HTMLElement {
  const value = detail.status === 'ok' && detail.value !== null ? formatWithUnit(detail.value, detail.decimals, detail.unit) : statusText(detail.status);
  const yoy = detail.status === 'ok' && detail.yearOnYear ? ` (${changeText(detail.yearOnYear, detail.decimals)} sur un an)` : '';
  return h('li', {}, `${detail.label} : `, h('strong', {}, value), yoy);
}

/** The box a caller sees in place of a figure reserved to the partners of the territory. */
export function restrictedBox(): HTMLElement {
  return h(
    'div',
    { class: 'bp-restricted', role: 'note' },
    h('p', { class: 'bp-restricted__title' }, RESTRICTED_TITLE),
    h('p', {}, 'Le score financier Nota-PME est une donnée sous licence : il n’est visible que des partenaires de l’agence sur leur territoire.'),
  );
}

function chartFigure(indicator: Indicator, width: number, height: number): HTMLElement {
  const hasValues = indicator.series.some((p) => p.status === 'ok' && p.value !== null);
  return h(
    'figure',
    { class: 'bp-chart' },
    hasValues ? indicatorChart(indicator, { width, height }) : h('p', { class: 'bp-chart__empty' }, 'Pas de série à représenter.'),
    h('figcaption', {}, `${indicator.unit}, 20 derniers trimestres`),
  );
}

export function indicatorBlock(indicator: Indicator, chartSize: { width: number; height: number }, extra: Child = null): HTMLElement {
  const restricted = indicator.status === 'restricted';
  const revision = revisionText(indicator);
  return h(
    'section',
    { class: `bp-indicator bp-indicator--${indicator.key}`, 'data-indicator': indicator.key },
    h('h3', {}, indicator.title),
    restricted
      ? restrictedBox()
      : h(
          'div',
          { class: 'bp-indicator__body' },
          h(
            'div',
            { class: 'bp-indicator__figures' },
            headline(indicator),
            changes(indicator),
            revision ? h('p', { class: 'bp-revision' }, h('span', { class: 'bp-flag bp-flag--revised' }, 'r'), ` ${revision}`) : null,
            indicator.details.length > 0 ? h('ul', { class: 'bp-details' }, ...indicator.details.map(detailItem)) : null,
            extra,
          ),
          chartFigure(indicator, chartSize.width, chartSize.height),
        ),
    h('p', { class: 'bp-source' }, `Source : ${indicator.source}`),
  );
}

/** The Nota-PME companies by risk class, as labelled bars (a table: readable aloud, and in black and white). */
export function riskClasses(classes: readonly RiskClass[]): HTMLElement {
  const widest = Math.max(1, ...classes.map((c) => c.share ?? 0));
  return h(
    'table',
    { class: 'bp-classes' },
    h('caption', {}, 'Entreprises par classe de risque'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Classe'), h('th', { scope: 'col' }, 'Part'), h('th', { scope: 'col' }, 'Entreprises'))),
    h(
      'tbody',
      {},
      ...classes.map((c) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${c.class}. ${c.label}`),
          h(
            'td',
            {},
            h('span', { class: 'bp-bar', style: `width: ${(((c.share ?? 0) / widest) * 100).toFixed(1)}%`, 'aria-hidden': 'true' }),
            h('span', { class: 'bp-bar__value' }, c.share === null ? '—' : `${formatValue(c.share, 1)} %`),
          ),
          h('td', {}, c.companies === null ? '—' : formatValue(c.companies, 0)),
        ),
      ),
    ),
  );
}

export function keyFigures(data: Barometre): HTMLElement {
  return h(
    'section',
    { class: 'bp-keys' },
    h('h3', {}, 'Les chiffres à retenir'),
    data.keyFigures.length === 0
      ? h('p', {}, 'Pas de chiffre clé pour ce trimestre.')
      : h(
          'ul',
          {},
          ...data.keyFigures.map((k) => h('li', {}, h('strong', { class: 'bp-keys__value' }, k.value), h('span', { class: 'bp-keys__label' }, k.label))),
        ),
  );
}

/** The agency's text, one paragraph per block separated by a blank line. */
export function briefParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

export function briefBlock(data: Barometre): HTMLElement {
  return h(
    'section',
    { class: 'bp-brief' },
    h('h3', {}, 'L’analyse de l’agence'),
    ...(data.brief
      ? briefParagraphs(data.brief.text).map((p) => h('p', {}, p))
      : [h('p', { class: 'bp-brief__none' }, 'Pas d’analyse rédigée pour ce trimestre.')]),
  );
}

export function sourcesBlock(data: Barometre): HTMLElement {
  return h(
    'section',
    { class: 'bp-sources' },
    h('h3', {}, 'Sources et lecture'),
    h('ul', {}, ...data.sources.map((s) => h('li', {}, s))),
    h(
      'p',
      {},
      h('span', { class: 'bp-flag' }, 'p'),
      ' valeur provisoire (dernier trimestre publié par la source) ; ',
      h('span', { class: 'bp-flag bp-flag--revised' }, 'r'),
      ' valeur révisée depuis sa première publication.',
    ),
    h('p', { class: 'bp-generated' }, `Baromètre généré le ${formatDate(data.generatedAt)} par l’${AGENCY} (AULA).`),
  );
}
