/**
 * The Donut chart (Kate Raworth's doughnut) in SVG: a green ring between the social foundation (inner circle) and the
 * ecological ceiling (outer circle); each social dimension a wedge going inwards from the inner circle by its
 * shortfall, each ecological one a wedge going outwards from the outer circle by its overshoot. The social dimensions
 * share the circle among themselves, and so do the ecological ones. A wedge's length grows with the gap and saturates
 * (gap ÷ (1 + gap) of the room available: 1 = twice the bound is drawn at half the room), so that one large overshoot
 * does not hide the others. A figure without data or réservé is a dotted outline on its circle. The chart is an image
 * named by a summary; its table alternative carries every figure.
 */
import { s } from '../../platform/ui/dom';
import type { DonutReading } from './api';

export const SIZE = 400;
const CENTRE = SIZE / 2;
/** The social foundation's circle, the ecological ceiling's, and the room for wedges inside and outside. */
export const INNER = 95;
export const OUTER = 145;
const INWARD_ROOM = 70;
const OUTWARD_ROOM = 50;

/** How far a wedge reaches beyond its circle, in pixels: the gap, saturating. */
export function wedgeLength(gap: number, room: number): number {
  return gap <= 0 ? 0 : (room * gap) / (1 + gap);
}

function point(radius: number, angle: number): string {
  // Angle 0 at the top, clockwise.
  const x = CENTRE + radius * Math.sin(angle);
  const y = CENTRE - radius * Math.cos(angle);
  return `${x.toFixed(2)} ${y.toFixed(2)}`;
}

/** An annular sector between two radii and two angles. */
export function sectorPath(r1: number, r2: number, a1: number, a2: number): string {
  const large = a2 - a1 > Math.PI ? 1 : 0;
  return `M ${point(r1, a1)} L ${point(r2, a1)} A ${r2} ${r2} 0 ${large} 1 ${point(r2, a2)} L ${point(r1, a2)} A ${r1} ${r1} 0 ${large} 0 ${point(r1, a1)} Z`;
}

function ring(readings: readonly DonutReading[], social: boolean): SVGElement[] {
  const gapAngle = readings.length > 1 ? 0.04 : 0;
  const step = (2 * Math.PI) / Math.max(1, readings.length);
  return readings.map((reading, i) => {
    const a1 = i * step + gapAngle;
    const a2 = (i + 1) * step - gapAngle;
    const base = social ? INNER : OUTER;
    const measured = reading.gap !== null && reading.gap !== undefined;
    const length = measured ? wedgeLength(reading.gap!, social ? INWARD_ROOM : OUTWARD_ROOM) : 6;
    const [r1, r2] = social ? [base - length, base] : [base, base + length];
    const cls = !measured ? 'donut-wedge donut-wedge--unknown' : reading.gap! > 0 ? 'donut-wedge donut-wedge--beyond' : 'donut-wedge donut-wedge--within';
    // Numbers inside the green ring, by their circle: clear of the wedges and of the other ring's numbers.
    const labelRadius = social ? INNER + 11 : OUTER - 11;
    const mid = (a1 + a2) / 2;
    const [x, y] = point(labelRadius, mid).split(' ');
    return s(
      'g',
      { 'data-code': reading.code },
      length > 0 ? s('path', { d: sectorPath(r1, r2, a1, a2), class: cls }) : null,
      s('text', { x: x!, y: y!, class: 'donut-number', 'text-anchor': 'middle', 'dominant-baseline': 'middle' }, String(i + 1)),
    );
  });
}

/** The chart; `label` names it (role img), the numbers match the table's rows. */
export function donutChart(readings: readonly DonutReading[], label: string): SVGSVGElement {
  const social = readings.filter((r) => r.ring === 'social');
  const ecological = readings.filter((r) => r.ring === 'ecological');
  const numbered = [...social, ...ecological];
  const svg = s(
    'svg',
    { viewBox: `0 0 ${SIZE} ${SIZE}`, role: 'img', 'aria-label': label, class: 'donut-chart' },
    s('path', { d: sectorPath(INNER, OUTER, 0, Math.PI) + sectorPath(INNER, OUTER, Math.PI, 2 * Math.PI), class: 'donut-safe' }),
    s('circle', { cx: CENTRE, cy: CENTRE, r: INNER, class: 'donut-boundary' }),
    s('circle', { cx: CENTRE, cy: CENTRE, r: OUTER, class: 'donut-boundary' }),
    ...ring(social, true),
    ...ring(ecological, false),
  );
  // The numbers follow the table's order: social first, then ecological.
  svg.querySelectorAll('text.donut-number').forEach((text, i) => (text.textContent = String(i + 1)));
  svg.dataset['dimensions'] = String(numbered.length);
  return svg;
}
