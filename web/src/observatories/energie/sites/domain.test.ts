import { describe, expect, it } from 'vitest';
import { formatCapacity, layerId, shapePoints, sheetLines, siteLabel, sitesUrl, SYMBOLS, totalLine } from './domain';
import { CONFIDENTIAL, PUBLIC_FEATURES } from './fixtures';

describe('the sites’ symbols and words', () => {
  it('tells every kind apart by its shape and its letter, not by colour alone', () => {
    const symbols = Object.values(SYMBOLS);
    expect(new Set(symbols.map((s) => s.shape)).size).toBe(symbols.length);
    expect(new Set(symbols.map((s) => s.letter)).size).toBe(symbols.length);
    for (const symbol of symbols) for (const [x, y] of shapePoints(symbol.shape)) expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('writes figures in French with their unit', () => {
    expect(formatCapacity(4.3, 'MWc')).toBe('4,3 MWc');
    expect(formatCapacity(0.125, 'MW')).toBe('0,125 MW');
    expect(formatCapacity(null, 'MW')).toBe('—');
    expect(siteLabel(PUBLIC_FEATURES[0]!.properties)).toBe('Centrale photovoltaïque de Labourse (Labourse) : 5,9 GWh par an');
    expect(siteLabel(CONFIDENTIAL.properties)).toContain('projet confidentiel');
  });

  it('lists a heat network’s creation year and delivery points in its sheet, and leaves out what it lacks', () => {
    const lines = new Map(sheetLines(PUBLIC_FEATURES[2]!.properties));
    expect(lines.get('Année de création')).toBe('1972');
    expect(lines.get('Points de livraison')).toBe('127');
    expect(lines.get('Chaleur livrée par an')).toBe('16 GWh');
    expect(lines.has('Exploitant')).toBe(false);
    expect(lines.has('Capacité réservée (S3RENR)')).toBe(false);
  });

  it('sums a kind in one sentence', () => {
    expect(
      totalLine({
        kind: 'eolien',
        label: 'Parc éolien',
        count: 16,
        capacity: 234.3,
        capacityUnit: 'MW',
        productionGwh: 492,
        deliveryPoints: null,
        s3renrCapacityMw: null,
      }),
    ).toBe('16 sites, 234,3 MW, 492 GWh par an');
  });

  it('gives the downloads’ addresses with the filters, and the layer a partner may read', () => {
    expect(sitesUrl({ kind: 'eolien', territory: 'epci:200069672' })).toBe('/api/v1/energie/sites?kind=eolien&territory=epci:200069672');
    expect(sitesUrl({ kind: null, territory: null }, 'csv')).toBe('/api/v1/energie/sites?format=csv');
    expect(sitesUrl({ kind: null, territory: null }, 'xlsx')).toBe('/api/v1/energie/sites?format=xlsx');
    expect(layerId('public')).toBe('energie-sites');
    expect(layerId('partner')).toBe('energie-sites-partenaires');
  });
});
