import { describe, expect, it } from 'vitest';
import type { ParkFigures } from './api';
import { bboxOf, fieldMessage, mapLots, normaliseSiret, STATUS_COLOURS, statusLabel, today, totalsOf, totalsOfLots, versionOf, ABSENT_COLOUR } from './data';

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

describe('the figures of parks', () => {
  it('add up as the API does: available = free developed + being marketed, occupancy = Σ occupied / Σ total', () => {
    const totals = totalsOf([
      park(1, { totalHa: 10.25, occupiedHa: 6.5, availableHa: 1.2, marketedHa: 0.8, reserveHa: 1.75, establishments: 4 }),
      park(2, { totalHa: 4.75, occupiedHa: 1.5, brownfieldHa: 3.25, establishments: 1 }),
    ]);
    expect(totals).toEqual({
      parks: 2,
      totalHa: 15,
      occupiedHa: 8,
      availableHa: 2,
      reserveHa: 1.75,
      brownfieldHa: 3.25,
      occupancyRate: 53.3,
      establishments: 5,
    });
  });

  it('have no occupancy rate without land', () => {
    expect(totalsOf([]).occupancyRate).toBeNull();
    expect(totalsOf([]).parks).toBe(0);
  });

  it('of a park at a date come from its lots then', () => {
    const totals = totalsOfLots([
      { status: 'occupe', areaHa: 2 },
      { status: 'occupe', areaHa: 1 },
      { status: 'en_commercialisation', areaHa: 0.5 },
      { status: 'disponible_amenage', areaHa: 0.25 },
      { status: 'friche', areaHa: 0.25 },
    ]);
    expect(totals.occupiedHa).toBe(3);
    expect(totals.availableHa).toBe(0.75);
    expect(totals.brownfieldHa).toBe(0.25);
    expect(totals.occupancyRate).toBe(75);
    expect(totals.establishments).toBe(2);
  });
});

describe('the map’s lots', () => {
  const square = (x: number) => ({
    type: 'MultiPolygon' as const,
    coordinates: [
      [
        [
          [x, 50],
          [x + 1, 50],
          [x + 1, 51],
          [x, 51],
          [x, 50],
        ],
      ],
    ] as [number, number][][][],
  });
  const feature = (id: number, zae: number, status: string) => ({
    type: 'Feature' as const,
    id,
    geometry: square(id),
    properties: { zae, commune: 'commune:62119', status, area_ha: 1.5, updated_at: '2026-01-01' },
  });

  it('are coloured by today’s status', () => {
    const fc = mapLots([feature(101, 1, 'occupe'), feature(102, 1, 'friche')], null);
    expect(fc.features.map((f) => f.properties.colour)).toEqual([STATUS_COLOURS.occupe, STATUS_COLOURS.friche]);
    expect(fc.features[0]!.properties.label).toBe('Occupé');
  });

  it('of the park shown at a date take the status they had then; lots created since are blank', () => {
    const lots = [
      {
        id: 101,
        version: 1,
        status: 'reserve_non_amenagee',
        areaHa: 1.4,
        occupantName: null,
        occupantSiret: null,
        splitFrom: null,
        updatedAt: '2024-01-01',
        eTag: '"lot-101-v1"',
      },
    ];
    const fc = mapLots([feature(101, 1, 'occupe'), feature(105, 1, 'occupe'), feature(201, 2, 'occupe')], { park: 1, lots });
    const [then, created, elsewhere] = fc.features.map((f) => f.properties);
    expect(then).toMatchObject({ status: 'reserve_non_amenagee', colour: STATUS_COLOURS.reserve_non_amenagee, areaHa: 1.4, existed: true });
    expect(created).toMatchObject({ existed: false, colour: ABSENT_COLOUR, label: 'n’existait pas à cette date' });
    expect(elsewhere).toMatchObject({ status: 'occupe', existed: true });
  });

  it('have a bounding box', () => {
    expect(bboxOf([square(1), null, square(3)])).toEqual([1, 50, 4, 51]);
    expect(bboxOf([])).toBeNull();
  });
});

describe('the messages of the API, in French', () => {
  it('name what to fix in each field', () => {
    expect(fieldMessage('occupantName', "an occupied lot needs its occupant's name")).toBe('Un lot occupé doit avoir le nom de son occupant.');
    expect(fieldMessage('occupantSiret', 'occupantSiret is 14 digits')).toBe('Le SIRET compte 14 chiffres, sans espace.');
    expect(fieldMessage('cutLine', 'the cut line must cross the lot from one edge to the other (start and end outside the lot)')).toContain('de part en part');
    expect(fieldMessage('cutLine', 'the cut line does not meet the lot')).toContain('ne touche pas');
    expect(fieldMessage('geometry', 'the lot overlaps lot(s) 1101, 1102: split or retire them first')).toContain('(1101, 1102)');
    expect(fieldMessage('geometry', 'the lot must lie inside its park')).toContain('à l’intérieur de sa zone');
  });

  it('keep an unknown message as the API wrote it', () => {
    expect(fieldMessage('other', 'something new')).toBe('something new');
  });

  it('label statuses, and keep an unknown one as is', () => {
    expect(statusLabel('en_commercialisation')).toBe('En commercialisation');
    expect(statusLabel('autre')).toBe('autre');
  });
});

describe('small helpers', () => {
  it('read a SIRET typed with spaces', () => {
    expect(normaliseSiret('812 345 678 00012')).toBe('81234567800012');
    expect(normaliseSiret(' 1234 ')).toBe('1234');
  });

  it('read the version in a lot’s ETag', () => {
    expect(versionOf('"lot-1101-v3"')).toBe(3);
    expect(versionOf(null)).toBeNull();
  });

  it('give today as yyyy-mm-dd', () => {
    expect(today(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
