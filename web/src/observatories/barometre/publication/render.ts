/**
 * The Baromètre économique's two-page A4 brief, recto-verso, from the barometer's answer: one rendering for the
 * screen page, the browser's print and the server's PDF (which runs this very code, bundled on its own: print.ts).
 * Recto: title, key figures, private employment and job seekers. Verso: business failures, Nota-PME, the agency's
 * brief, sources and date. Charts are drawn at the size they have on paper (publication.css sets the page).
 */
import './publication.css';
import { formatPeriod } from '../../../platform/format';
import { h } from '../../../platform/ui/dom';
import { AGENCY, briefBlock, indicatorBlock, keyFigures, riskClasses, sourcesBlock } from './blocks';
import type { Barometre, Indicator } from './contract';

/** Chart sizes in CSS pixels (96 per inch): the right-hand column of an indicator on a 186 mm wide page. */
export const CHART = { width: 420, height: 175 } as const;
/** The verso's charts give way to a long brief. */
const VERSO_CHART_HEIGHT = { short: 175, long: 150, 'very-long': 125 } as const;

/** The brief's type size steps down for a long text, so that the verso still holds it (the API allows 4,000 characters). */
export function briefLength(text: string | undefined): 'short' | 'long' | 'very-long' {
  const length = text?.length ?? 0;
  return length > 2600 ? 'very-long' : length > 1300 ? 'long' : 'short';
}

function indicatorOf(data: Barometre, key: string): Indicator | undefined {
  return data.indicators.find((i) => i.key === key);
}

function folio(data: Barometre, page: number): HTMLElement {
  return h('p', { class: 'bp-folio' }, `Baromètre économique — ${data.territory.name} — ${formatPeriod(data.quarter)}`, h('span', {}, `${page}/2`));
}

function notaBlock(indicator: Indicator, chart: { width: number; height: number }): HTMLElement {
  // Restricted, indicatorBlock shows the partners' box in place of everything; otherwise the risk classes follow.
  return indicatorBlock(indicator, chart, indicator.status === 'ok' && indicator.classes ? riskClasses(indicator.classes) : null);
}

export function renderPublication(data: Barometre): HTMLElement {
  const length = briefLength(data.brief?.text);
  const verso = { width: CHART.width, height: VERSO_CHART_HEIGHT[length] };
  const block = (key: string, chart: { width: number; height: number }): HTMLElement | null => {
    const indicator = indicatorOf(data, key);
    if (!indicator) return null;
    return key === 'nota_pme' ? notaBlock(indicator, chart) : indicatorBlock(indicator, chart);
  };
  const provisional = data.indicators.some((i) => i.provisional);
  return h(
    'article',
    { class: 'barometre-publication', lang: 'fr', 'data-territory': data.territory.id, 'data-quarter': data.quarter },
    h(
      'section',
      { class: 'bp-page bp-page--recto', 'aria-label': 'Recto' },
      h(
        'header',
        { class: 'bp-masthead' },
        h('p', { class: 'bp-agency' }, `${AGENCY} — AULA`),
        h('p', { class: 'bp-kicker' }, 'Baromètre économique'),
        h('h2', { class: 'bp-title' }, data.territory.name),
        h('p', { class: 'bp-quarter' }, formatPeriod(data.quarter), provisional ? ' — données provisoires pour le dernier trimestre' : ''),
      ),
      keyFigures(data),
      block('emploi_prive', CHART),
      block('demandeurs_emploi', CHART),
      folio(data, 1),
    ),
    h(
      'section',
      { class: 'bp-page bp-page--verso', 'aria-label': 'Verso' },
      block('defaillances', verso),
      block('nota_pme', verso),
      h('div', { class: `bp-brief-wrap bp-brief-wrap--${length}` }, briefBlock(data)),
      sourcesBlock(data),
      folio(data, 2),
    ),
  );
}
