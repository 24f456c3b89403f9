/**
 * The gauge of the 2021–2030 envelope: an SVG bar (consumed, what is left or the overflow, a steady-pace marker), the
 * figures as a list (data-testid and data-value for the tests) and the same figures in plain French sentences.
 */
import type { ZanCounter } from './api';
import { replaceContent, h, s } from '../../platform/ui/dom';
import { counterSentences, elapsedShare } from './counter';
import { ha, percent } from './words';

/**
 * The gauge: the envelope as a bar, the part consumed, what is left, and where a steady pace would be by now. It is
 * drawn `width` units wide, the width it gets on the screen (see drawingWidth), so that its labels keep their size on
 * a phone; under 480 the two labels above the bar take a row each.
 */
export function gaugeSvg(c: ZanCounter, width = 640): SVGSVGElement {
  const narrow = width < 480;
  const bar = { x: 8, y: narrow ? 54 : 34, w: width - 16, h: 34 };
  const over = Math.max(0, c.usedShare - 1);
  const scale = 1 / (1 + Math.min(over, 1)); // an exceeded envelope shrinks so that the overflow fits
  const envelopeWidth = bar.w * scale;
  const used = Math.min(c.usedShare, 1) * envelopeWidth;
  const overflow = Math.min(over, 1) * envelopeWidth;
  const expected = elapsedShare(c.latestYear) * envelopeWidth;
  const label = `Jauge : ${ha(c.consumedHa)} consommés sur une enveloppe de ${ha(c.envelopeHa)} (${percent.format(c.usedShare)})${
    c.exceeded ? ', enveloppe dépassée' : `, il reste ${ha(c.remainingHa)}`
  }.`;
  return s(
    'svg',
    { viewBox: `0 0 ${width} ${bar.y + 70}`, role: 'img', 'aria-label': label, class: 'gauge__svg' },
    s('text', { x: bar.x, y: 20, 'font-size': 14, fill: '#161616', 'font-weight': 700 }, `Consommé : ${ha(c.consumedHa)} (${percent.format(c.usedShare)})`),
    s(
      'text',
      narrow
        ? { x: bar.x, y: 40, 'font-size': 14, fill: '#161616' }
        : { x: bar.x + envelopeWidth, y: 20, 'font-size': 14, fill: '#161616', 'text-anchor': 'end' },
      `Enveloppe 2021–2030 : ${ha(c.envelopeHa)}`,
    ),
    s('rect', { x: bar.x, y: bar.y, width: envelopeWidth, height: bar.h, fill: '#e3e3fd', stroke: '#000091', 'stroke-width': 1.5 }),
    s('rect', { x: bar.x, y: bar.y, width: used, height: bar.h, fill: '#000091', 'data-part': 'consumed' }),
    overflow > 0 ? s('rect', { x: bar.x + envelopeWidth, y: bar.y, width: overflow, height: bar.h, fill: '#ce0500', 'data-part': 'overflow' }) : null,
    s('line', {
      x1: bar.x + expected,
      x2: bar.x + expected,
      y1: bar.y - 6,
      y2: bar.y + bar.h + 6,
      stroke: '#b34000',
      'stroke-width': 2.5,
      'stroke-dasharray': '4 2',
    }),
    s(
      'text',
      { x: Math.min(Math.max(bar.x + expected, 110), width - 110), y: bar.y + bar.h + 24, 'font-size': 13, fill: '#7a3000', 'text-anchor': 'middle' },
      `Rythme régulier fin ${c.latestYear} : ${percent.format(elapsedShare(c.latestYear))}`,
    ),
    !c.exceeded
      ? s(
          'text',
          { x: bar.x + envelopeWidth - 6, y: bar.y + bar.h / 2 + 5, 'font-size': 13, fill: '#000091', 'text-anchor': 'end', 'font-weight': 700 },
          `reste ${ha(c.remainingHa)}`,
        )
      : null,
  );
}

/** One figure of the list beside the bar; alert marks it (an exceeded envelope, an exhaustion before 2030). */
function figure(label: string, value: string, attrs: Record<string, string | number> = {}, alert = false): HTMLElement {
  return h(
    'li',
    { class: `gauge__figure${alert ? ' gauge__figure--alert' : ''}` },
    h('p', { class: 'gauge__figure-label' }, label),
    h('p', { class: 'gauge__figure-value', ...attrs }, value),
  );
}

/** The gauge's drawing width for a box `pixels` wide: one unit a pixel from 320 to 640 (640 where not laid out). */
export function drawingWidth(pixels: number): number {
  return pixels > 0 ? Math.round(Math.min(640, Math.max(320, pixels))) : 640;
}

/** Shows the counter in the gauge's slot; `where` is the territory's `names.in` ("dans la CA de Lens"). */
export function renderGauge(slot: HTMLElement, c: ZanCounter, where: string): void {
  const bar = h('div', { class: 'gauge__bar' });
  replaceContent(
    slot,
    h(
      'div',
      { class: 'gauge', 'data-territory': c.territory },
      h(
        'div',
        {},
        bar,
        h(
          'ul',
          { class: 'gauge__figures' },
          figure('Consommé depuis 2021', ha(c.consumedHa), { 'data-testid': 'consumed', 'data-value': c.consumedHa }),
          figure('Enveloppe 2021–2030', ha(c.envelopeHa), { 'data-testid': 'envelope', 'data-value': c.envelopeHa }),
          figure(c.exceeded ? 'Dépassement' : 'Reste', ha(Math.abs(c.remainingHa)), { 'data-testid': 'remaining', 'data-value': c.remainingHa }, c.exceeded),
          figure('Rythme (3 dernières années)', `${ha(c.pacePerYearHa)}/an`, { 'data-testid': 'pace', 'data-value': c.pacePerYearHa }),
          figure(
            c.exceeded ? 'Enveloppe épuisée en' : 'Épuisement projeté',
            c.exhaustionYear === null ? 'non atteint' : String(c.exhaustionYear),
            { 'data-testid': 'exhaustion', 'data-value': c.exhaustionYear ?? '' },
            c.exceeded || (c.exhaustionYear !== null && c.exhaustionYear <= 2030),
          ),
        ),
      ),
      h('ul', { class: 'gauge__sentences', 'data-testid': 'sentences' }, ...counterSentences(c, where).map((t) => h('li', {}, t))),
    ),
    h(
      'p',
      { class: 'note' },
      `Consommation connue jusqu’en ${c.latestYear} ; référence 2011–2020 : ${ha(c.referenceHa)}. Source : fichiers fonciers du Cerema (données de démonstration).`,
    ),
  );
  bar.append(gaugeSvg(c, drawingWidth(bar.clientWidth)));
}
