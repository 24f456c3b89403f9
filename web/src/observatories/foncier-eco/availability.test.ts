import { describe, expect, it } from 'vitest';
import type { ParkFigures } from './api';
import {
  AVAILABILITY_CLASSES,
  availabilityClass,
  availableShare,
  centroidOf,
  describeSymbol,
  LOTS_ZOOM,
  mapMode,
  parkSymbols,
  shareLabel,
  symbolRadius,
} from './availability';
import type { LotGeometry } from './data';

const park = (id: number, f: Partial<ParkFigures>): ParkFigures => ({
  id,
  name: `Zone ${id}`,
  type: 'activites',
  communeId: 'commune:62119',
  epciId: 'epci:200072460',
  totalHa: 0,
  occupiedHa: 0,
  availableHa: 0,
  reserveHa: 0,
  brownfieldHa: 0,
  marketedHa: 0,
  establishments: 0,
  occupancyRate: null,
  ...f,
});

const square = (x: number, y: number, side: number): LotGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + side, y],
      [x + side, y + side],
      [x, y + side],
      [x, y],
    ],
  ],
});

describe('the availability of a park', () => {
  it('is the share of its land developed and free or being marketed', () => {
    expect(availableShare(park(1, { totalHa: 20, availableHa: 3, marketedHa: 2 }))).toBe(25);
    expect(availableShare(park(1, { totalHa: 0 }))).toBeNull();
  });

  it('falls in one class of the legend: none, under 15 %, 15 to 30 %, 30 % and more', () => {
    const key = (share: number | null): string => availabilityClass(share).key;
    expect([null, 0, 0.01, 14.99, 15, 29.9, 30, 100].map(key)).toEqual(['none', 'none', 'low', 'low', 'medium', 'medium', 'high', 'high']);
    expect(AVAILABILITY_CLASSES.map((c) => c.label)).toEqual(['Aucune surface disponible', 'Moins de 15\u00a0%', 'De 15 à 30\u00a0%', '30\u00a0% et plus']);
    // One colour per class, each told apart from the others.
    expect(new Set(AVAILABILITY_CLASSES.map((c) => c.colour)).size).toBe(AVAILABILITY_CLASSES.length);
  });

  it('is said in French, the unit kept with its number', () => {
    expect(shareLabel(27.4)).toBe('27\u00a0%');
    expect(shareLabel(null)).toBe('—');
    expect(describeSymbol({ name: 'ZA des Alouettes', availableHa: 1.5, totalHa: 10, share: 15 })).toBe(
      'ZA des Alouettes : 1,5\u00a0ha disponible sur 10\u00a0ha (15\u00a0%)',
    );
    expect(describeSymbol({ name: 'ZA des Alouettes', availableHa: 2.25, totalHa: 10, share: 22.5 })).toBe(
      'ZA des Alouettes : 2,25\u00a0ha disponibles sur 10\u00a0ha (23\u00a0%)',
    );
    expect(describeSymbol({ name: 'ZI Nord', availableHa: 0, totalHa: 8, share: 0 })).toBe('ZI Nord : aucune surface disponible sur 8\u00a0ha (0\u00a0%)');
  });
});

describe('the parks’ symbols', () => {
  it('sit at the centroid of the park’s largest polygon', () => {
    expect(centroidOf(square(2, 50, 0.02))).toEqual([2.01, 50.01].map((v) => expect.closeTo(v, 9)));
    const multi: LotGeometry = { type: 'MultiPolygon', coordinates: [square(0, 0, 1).coordinates, square(10, 10, 2).coordinates] as never };
    expect(centroidOf(multi)).toEqual([11, 11].map((v) => expect.closeTo(v, 9)));
    expect(centroidOf(null)).toBeNull();
  });

  it('have an area in proportion to the park’s, readable for the smallest', () => {
    expect(symbolRadius(50) / symbolRadius(12.5)).toBeCloseTo(2, 9);
    expect(symbolRadius(0)).toBe(3);
    expect(symbolRadius(3)).toBeGreaterThanOrEqual(3);
  });

  it('carry the class, colour and figures of each park that has a geometry, the small ones drawn over the large', () => {
    const symbols = parkSymbols(
      [
        { type: 'Feature', id: 1, geometry: square(2, 50, 0.01), properties: {} },
        { type: 'Feature', id: 2, geometry: square(2.1, 50, 0.01), properties: {} },
        { type: 'Feature', id: 3, geometry: null, properties: {} },
        { type: 'Feature', id: 9, geometry: square(2.2, 50, 0.01), properties: {} },
      ],
      [park(1, { totalHa: 40, occupiedHa: 40 }), park(2, { totalHa: 10, availableHa: 3, marketedHa: 1 }), park(3, { totalHa: 5 })],
    );
    expect(symbols.features.map((f) => f.id)).toEqual([1, 2]);
    const [full, free] = symbols.features.map((f) => f.properties);
    expect(full).toMatchObject({ availability: 'none', colour: AVAILABILITY_CLASSES[0]!.colour, share: 0, availableHa: 0 });
    expect(free).toMatchObject({ availability: 'high', colour: AVAILABILITY_CLASSES[3]!.colour, share: 40, availableHa: 4, totalHa: 10 });
    expect(free!.order).toBeGreaterThan(full!.order);
  });

  it('give way to the lots from LOTS_ZOOM on', () => {
    expect(mapMode(LOTS_ZOOM - 0.01)).toBe('parks');
    expect(mapMode(LOTS_ZOOM)).toBe('lots');
  });
});
