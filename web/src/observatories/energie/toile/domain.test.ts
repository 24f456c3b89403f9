import { describe, expect, it } from 'vitest';
import { drawnVolume, lineWidth, shareSentence, spreadPositions, volumeText, withheldFlowsSentence } from './domain';
import { TOILE } from './fixtures';

const NBSP = /[\u00a0\u202f]/g;

describe('the Toile’s figures', () => {
  it('says a flow’s volume exactly, or its class when the reader may not see it', () => {
    expect(volumeText(TOILE.edges[1]!).replace(NBSP, ' ')).toBe('25 GWh/an');
    expect(volumeText(TOILE.edges[0]!)).toBe('25 à 50 GWh/an');
    expect(drawnVolume(TOILE.edges[0]!)).toBe(37.5);
    expect(drawnVolume({ gwh: null, volumeClass: { min: 250, max: null, label: '' } })).toBe(250);
  });

  it('draws wider lines for larger volumes, within 1.5 and 12 px', () => {
    expect(lineWidth(0)).toBe(1.5);
    expect(lineWidth(100)).toBe(6.5);
    expect(lineWidth(100_000)).toBe(12);
    expect(lineWidth(25)).toBeLessThan(lineWidth(50));
  });

  it('says the large sites’ share as the report does, or why it is missing', () => {
    expect(shareSentence(TOILE.totals).replace(NBSP, ' ')).toBe(
      'Les 35 sites de plus de 10 GWh par an consomment 3 003 GWh, soit 78 % de la consommation industrielle (2022).',
    );
    expect(shareSentence({ ...TOILE.totals, withheld: true, largeSitesGwh: null, largeSitesShare: null })).toContain('révélerait');
    expect(shareSentence({ ...TOILE.totals, largeSitesShare: null, industrialConsumptionYear: null })).toContain('pas calculable');
  });

  it('says why a substation’s supply of an anonymised site is missing, and nothing when none is', () => {
    expect(withheldFlowsSentence({ ...TOILE.totals, withheldFlows: 0 })).toBeNull();
    expect(withheldFlowsSentence(TOILE.totals)).toMatch(/^35 flux d’alimentation électrique .* ne sont pas affichés : .*poste source le plus proche/);
    expect(withheldFlowsSentence({ ...TOILE.totals, withheldFlows: 1 })).toContain('n’est pas affiché');
  });

  it('spreads the nodes that share a point on a small circle, and leaves the others', () => {
    const nodes = [
      { id: 1, longitude: 2.5, latitude: 50.5 },
      { id: 2, longitude: 2.5, latitude: 50.5 },
      { id: 3, longitude: 2.7, latitude: 50.4 },
    ];
    const spread = spreadPositions(nodes, 0.02);
    expect(spread.get(3)).toEqual([2.7, 50.4]);
    expect(spread.get(1)).not.toEqual(spread.get(2));
    for (const id of [1, 2]) expect(Math.abs(spread.get(id)![1] - 50.5)).toBeLessThanOrEqual(0.02 + 1e-9);
  });
});
