/** A kind's symbol as SVG (legend, table, sheet): the same shape and letter as on the map. */
import { s } from '../../../platform/ui/dom';
import { shapePoints, symbolOf } from './domain';

export function symbolSvg(kind: string, size = 22): SVGSVGElement {
  const symbol = symbolOf(kind);
  const points = shapePoints(symbol.shape)
    .map(([x, y]) => `${((x + 1) * 11).toFixed(2)},${((y + 1) * 11).toFixed(2)}`)
    .join(' ');
  return s(
    'svg',
    { width: size, height: size, viewBox: '-1 -1 24 24', class: 'site-symbol', 'aria-hidden': 'true', focusable: 'false' },
    s('polygon', { points, fill: symbol.colour, stroke: '#161616', 'stroke-width': 1 }),
    s('text', { x: 11, y: 15, 'text-anchor': 'middle', 'font-size': 10, 'font-weight': 700, fill: '#ffffff' }, symbol.letter),
  );
}
