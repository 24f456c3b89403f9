/**
 * The Sankey diagram of a year's consumption: from the energy carriers (left) to the sectors (right), hand-built SVG
 * (no charting package). Every node and band is as tall as its GWh; each node is labelled with its name and value on one line
 * at its side, so that it reads without colour; each band has a title; the table after it gives every flow.
 */
import { formatDecimal } from '../../../platform/format';
import { h, s } from '../../../platform/ui/dom';

export interface SankeyNode {
  code: string;
  label: string;
  side: 'carrier' | 'sector';
  gwh: number;
  y: number;
  height: number;
}

export interface SankeyLink {
  carrier: string;
  sector: string;
  gwh: number;
  /** Top of the band at the carrier's node and at the sector's node; its thickness. */
  y0: number;
  y1: number;
  thickness: number;
}

export interface SankeyLayout {
  nodes: SankeyNode[];
  links: SankeyLink[];
  /** Pixels per GWh. */
  scale: number;
  height: number;
}

export const NODE_GAP = 16;

/**
 * Lays out the flows (sector → carrier → GWh) in `height` pixels: nodes in the order given, separated by NODE_GAP;
 * bands leave a carrier in the order of the sectors and reach a sector in the order of the carriers, so that none
 * cross inside a node. Zero flows are left out.
 */
export function sankeyLayout(
  flows: Readonly<Record<string, Readonly<Record<string, number>>>>,
  carriers: readonly { code: string; label: string }[],
  sectors: readonly { code: string; label: string }[],
  height: number,
): SankeyLayout {
  const cell = (sector: string, carrier: string): number => Math.max(0, flows[sector]?.[carrier] ?? 0);
  const carrierTotals = carriers.map((c) => ({ ...c, gwh: sectors.reduce((sum, sector) => sum + cell(sector.code, c.code), 0) })).filter((c) => c.gwh > 0);
  const sectorTotals = sectors.map((sector) => ({ ...sector, gwh: carriers.reduce((sum, c) => sum + cell(sector.code, c.code), 0) })).filter((x) => x.gwh > 0);
  const total = carrierTotals.reduce((sum, c) => sum + c.gwh, 0);
  const gaps = Math.max(carrierTotals.length, sectorTotals.length) - 1;
  const scale = total > 0 ? Math.max(0, height - gaps * NODE_GAP) / total : 0;
  const place = (items: { code: string; label: string; gwh: number }[], side: SankeyNode['side']): SankeyNode[] => {
    let y = 0;
    return items.map((item) => {
      const node = { code: item.code, label: item.label, side, gwh: item.gwh, y, height: item.gwh * scale };
      y += node.height + NODE_GAP;
      return node;
    });
  };
  const left = place(carrierTotals, 'carrier');
  const right = place(sectorTotals, 'sector');
  const leftOffset = new Map(left.map((n) => [n.code, n.y]));
  const rightOffset = new Map(right.map((n) => [n.code, n.y]));
  const links: SankeyLink[] = [];
  for (const carrier of left) {
    for (const sector of right) {
      const gwh = cell(sector.code, carrier.code);
      if (gwh <= 0) continue;
      const thickness = gwh * scale;
      const y0 = leftOffset.get(carrier.code)!;
      const y1 = rightOffset.get(sector.code)!;
      leftOffset.set(carrier.code, y0 + thickness);
      rightOffset.set(sector.code, y1 + thickness);
      links.push({ carrier: carrier.code, sector: sector.code, gwh, y0, y1, thickness });
    }
  }
  return { nodes: [...left, ...right], links, scale, height };
}

const NODE_WIDTH = 14;

/** A label without its parenthesis ("Autres (biocarburants, charbon…)" → "Autres"): the table gives it whole. */
export function shortLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/, '');
}

/** The diagram as an <svg> image of `width` pixels, named by `title`, its colours from `colourOf`. */
export function sankeySvg(layout: SankeyLayout, width: number, title: string, colourOf: (node: SankeyNode) => string): SVGSVGElement {
  // Labels sit outside the nodes: room for them on both sides.
  const labelRoom = Math.min(190, Math.max(110, Math.round(width * 0.26)));
  const x0 = labelRoom;
  const x1 = width - labelRoom;
  const top = 8;
  const nodes = new Map(layout.nodes.map((n) => [`${n.side}:${n.code}`, n]));
  const fontSize = width < 520 ? 11 : 13;
  const band = (link: SankeyLink): string => {
    const [a, b] = [x0 + NODE_WIDTH, x1];
    const mid = (a + b) / 2;
    const [t0, t1] = [top + link.y0, top + link.y1];
    return `M${a},${t0} C${mid},${t0} ${mid},${t1} ${b},${t1} L${b},${t1 + link.thickness} C${mid},${t1 + link.thickness} ${mid},${t0 + link.thickness} ${a},${t0 + link.thickness} Z`;
  };
  return s(
    'svg',
    {
      viewBox: `0 0 ${width} ${layout.height + top * 2}`,
      width,
      height: layout.height + top * 2,
      role: 'img',
      'aria-label': title,
      'aria-description':
        'Flux d’énergie des énergies (à gauche) vers les secteurs (à droite), épaisseur proportionnelle aux GWh. Les valeurs sont dans le tableau qui suit.',
      class: 'sankey',
    },
    s(
      'g',
      { 'aria-hidden': 'true' },
      ...layout.links.map((link) =>
        s(
          'path',
          {
            d: band(link),
            fill: colourOf(nodes.get(`carrier:${link.carrier}`)!),
            'fill-opacity': 0.45,
            stroke: '#fff',
            'stroke-width': 0.5,
            'data-carrier': link.carrier,
            'data-sector': link.sector,
            'data-gwh': link.gwh,
          },
          s('title', {}, `${nodes.get(`carrier:${link.carrier}`)!.label} → ${nodes.get(`sector:${link.sector}`)!.label} : ${formatDecimal(link.gwh, 1)} GWh`),
        ),
      ),
      ...layout.nodes.map((node) => {
        const x = node.side === 'carrier' ? x0 : x1;
        const textX = node.side === 'carrier' ? x0 - 6 : x1 + NODE_WIDTH + 6;
        const y = top + node.y + node.height / 2;
        return s(
          'g',
          { 'data-node': `${node.side}:${node.code}` },
          s('rect', { x, y: top + node.y, width: NODE_WIDTH, height: Math.max(1, node.height), fill: colourOf(node), stroke: '#161616', 'stroke-width': 0.5 }),
          s(
            'text',
            { x: textX, y, 'text-anchor': node.side === 'carrier' ? 'end' : 'start', 'dominant-baseline': 'middle', 'font-size': fontSize, fill: '#161616' },
            s('tspan', { 'font-weight': 700 }, shortLabel(node.label)),
            ` ${formatDecimal(node.gwh, 0)} GWh`,
          ),
        );
      }),
    ),
  );
}

/** The table alternative: one row per flow, carrier then sector, with its GWh. */
export function sankeyTable(layout: SankeyLayout, caption: string): HTMLElement {
  const label = new Map(layout.nodes.map((n) => [`${n.side}:${n.code}`, n.label]));
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'table', 'data-testid': 'sankey-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Énergie'), h('th', { scope: 'col' }, 'Secteur'), h('th', { scope: 'col', class: 'num' }, 'GWh'))),
      h(
        'tbody',
        {},
        ...layout.links.map((link) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, label.get(`carrier:${link.carrier}`)),
            h('td', {}, label.get(`sector:${link.sector}`)),
            h('td', { class: 'num', 'data-gwh': link.gwh }, formatDecimal(link.gwh, 1)),
          ),
        ),
      ),
    ),
  );
}
