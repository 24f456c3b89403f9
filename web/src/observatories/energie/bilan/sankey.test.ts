// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { NODE_GAP, sankeyLayout, sankeySvg } from './sankey';

const carriers = [
  { code: 'electricite', label: 'Électricité' },
  { code: 'gaz', label: 'Gaz naturel' },
  { code: 'bois', label: 'Bois-énergie' },
];
const sectors = [
  { code: 'residentiel', label: 'Résidentiel' },
  { code: 'industrie', label: 'Industrie' },
];

describe('the Sankey layout', () => {
  // Residential: 30 gas + 10 electricity; industry: 20 gas + 40 electricity; no wood: 100 GWh in all.
  const flows = { residentiel: { gaz: 30, electricite: 10 }, industrie: { gaz: 20, electricite: 40, bois: 0 } };
  const layout = sankeyLayout(flows, carriers, sectors, 100 + NODE_GAP);

  it('gives every node and band a height in proportion to its GWh, and leaves empty carriers out', () => {
    expect(layout.scale).toBe(1);
    expect(layout.nodes.map((n) => [n.code, n.gwh, n.height])).toEqual([
      ['electricite', 50, 50],
      ['gaz', 50, 50],
      ['residentiel', 40, 40],
      ['industrie', 60, 60],
    ]);
    expect(layout.links.map((l) => [l.carrier, l.sector, l.thickness])).toEqual([
      ['electricite', 'residentiel', 10],
      ['electricite', 'industrie', 40],
      ['gaz', 'residentiel', 30],
      ['gaz', 'industrie', 20],
    ]);
  });

  it('stacks the bands inside each node without overlap', () => {
    const gasIntoIndustry = layout.links.find((l) => l.carrier === 'gaz' && l.sector === 'industrie')!;
    expect(gasIntoIndustry.y0).toBe(50 + NODE_GAP + 30); // below gas → residential in the gas node
    expect(gasIntoIndustry.y1).toBe(40 + NODE_GAP + 40); // below electricity → industry in the industry node
  });

  it('draws a labelled image whose bands carry their values, readable without colour', () => {
    const svg = sankeySvg(layout, 800, 'Flux 2022', () => '#000');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Flux 2022');
    expect([...svg.querySelectorAll('path')].map((p) => p.getAttribute('data-gwh'))).toEqual(['10', '40', '30', '20']);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
      'Électricité 50 GWh',
      'Gaz naturel 50 GWh',
      'Résidentiel 40 GWh',
      'Industrie 60 GWh',
    ]);
  });
});
