import { describe, expect, it } from 'vitest';
import type { Identity } from '../../platform/auth/session';
import type { PartPreview } from './api';
import { STATUS_COLOURS } from './data';
import {
  CUT_MIN_POINTS,
  cutLine,
  describeChange,
  hasOccupant,
  initialPartStatuses,
  lotChange,
  lotFieldValues,
  newLotBody,
  newLotFieldValues,
  OUTLINE_MIN_POINTS,
  outlinePolygon,
  panelMode,
  pointCount,
  previewParts,
  splitBody,
  splitMessage,
} from './lotRules';

const editor = (scope: string[] = []): Identity => ({ keyId: 7, name: 'CABBALR', role: 'partner_editor', scope, scopeCommunes: [], editor: true });
const reader: Identity = { keyId: 8, name: 'Partenaire', role: 'partner_reader', scope: ['epci:200072460'], scopeCommunes: [], editor: false };

describe('a lot’s status and occupant', () => {
  it('has an occupant only when occupied', () => {
    expect(hasOccupant('occupe')).toBe(true);
    for (const status of ['disponible_amenage', 'en_commercialisation', 'reserve_non_amenagee', 'friche']) expect(hasOccupant(status)).toBe(false);
  });

  it('fills the form with the lot’s status and occupant, empty fields for none', () => {
    expect(lotFieldValues({ status: 'occupe', occupantName: 'Transports Leclercq', occupantSiret: '81234567800012' })).toEqual({
      status: 'occupe',
      occupantName: 'Transports Leclercq',
      occupantSiret: '81234567800012',
    });
    expect(lotFieldValues({ status: 'friche', occupantName: null, occupantSiret: null })).toEqual({ status: 'friche', occupantName: '', occupantSiret: '' });
  });

  it('starts a new lot as free developed land, without an occupant', () => {
    expect(newLotFieldValues()).toEqual({ status: 'disponible_amenage', occupantName: '', occupantSiret: '' });
  });

  it('sends an occupied lot’s occupant trimmed, its SIRET without the spaces typed to read it', () => {
    expect(lotChange({ status: 'occupe', occupantName: '  Transports Leclercq ', occupantSiret: '812 345 678 00012' })).toEqual({
      status: 'occupe',
      occupantName: 'Transports Leclercq',
      occupantSiret: '81234567800012',
    });
  });

  it('sends empty occupant fields as none (the API says an occupied lot needs a name)', () => {
    expect(lotChange({ status: 'occupe', occupantName: '   ', occupantSiret: ' ' })).toEqual({ status: 'occupe', occupantName: null, occupantSiret: null });
  });

  it('sends a SIRET that is not 14 digits as typed, for the API to refuse', () => {
    expect(lotChange({ status: 'occupe', occupantName: 'X', occupantSiret: ' 1234 ' }).occupantSiret).toBe('1234');
  });

  it('erases the occupant of a lot that is no longer occupied', () => {
    expect(lotChange({ status: 'friche', occupantName: 'Transports Leclercq', occupantSiret: '81234567800012' })).toEqual({
      status: 'friche',
      occupantName: null,
      occupantSiret: null,
    });
  });

  it('says the change not saved in words', () => {
    expect(describeChange({ status: 'occupe', occupantName: 'Nouvel occupant', occupantSiret: null })).toBe('statut « Occupé », occupant « Nouvel occupant »');
    expect(describeChange({ status: 'friche', occupantName: null, occupantSiret: null })).toBe('statut « Friche »');
  });
});

describe('what the panel offers', () => {
  it('is read only for everyone at a past date', () => {
    expect(panelMode('2025-06-30', editor(), true)).toBe('past');
    expect(panelMode('2025-06-30', null, false)).toBe('past');
  });

  it('tells an editor whose key does not cover the park that it is read only', () => {
    expect(panelMode(null, editor(['epci:246200364']), false)).toBe('out-of-scope');
  });

  it('lets an editor whose key covers the park edit its lots today', () => {
    expect(panelMode(null, editor(), true)).toBe('editor');
  });

  it('offers visitors and partners who do not edit the sheets only, without a notice', () => {
    expect(panelMode(null, null, false)).toBe('reader');
    expect(panelMode(null, reader, false)).toBe('reader');
  });
});

describe('a new lot drawn', () => {
  it('needs three points, and closes its ring on the first', () => {
    expect(OUTLINE_MIN_POINTS).toBe(3);
    expect(
      outlinePolygon([
        [2.6, 50.5],
        [2.61, 50.5],
        [2.6, 50.51],
      ]),
    ).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [2.6, 50.5],
          [2.61, 50.5],
          [2.6, 50.51],
          [2.6, 50.5],
        ],
      ],
    });
  });

  it('is sent with its outline, its status and an occupant only if occupied', () => {
    const body = newLotBody(
      [
        [1, 1],
        [2, 1],
        [1, 2],
      ],
      { status: 'en_commercialisation', occupantName: 'Pas occupé', occupantSiret: '' },
    );
    expect(body).toEqual({
      geometry: outlinePolygon([
        [1, 1],
        [2, 1],
        [1, 2],
      ]),
      status: 'en_commercialisation',
      occupantName: null,
      occupantSiret: null,
    });
  });
});

describe('the split along a line', () => {
  const points: [number, number][] = [
    [2.6, 50.49],
    [2.605, 50.52],
  ];

  it('needs a line of two points at least, sent as a LineString', () => {
    expect(CUT_MIN_POINTS).toBe(2);
    expect(cutLine(points)).toEqual({ type: 'LineString', coordinates: points });
  });

  it('previews with the cut line alone, then splits with each part’s status in the preview’s order', () => {
    expect(splitBody(points, null)).toEqual({ cutLine: { type: 'LineString', coordinates: points } });
    expect(splitBody(points, ['occupe', 'en_commercialisation'])).toEqual({
      cutLine: { type: 'LineString', coordinates: points },
      parts: [{ status: 'occupe' }, { status: 'en_commercialisation' }],
    });
  });

  it('gives both parts the lot’s status to start with', () => {
    expect(initialPartStatuses({ status: 'reserve_non_amenagee' })).toEqual(['reserve_non_amenagee', 'reserve_non_amenagee']);
  });

  it('hatches the parts in the colour of the status chosen for each, named in order', () => {
    const square = { type: 'MultiPolygon', coordinates: [] };
    const parts: PartPreview[] = [
      { areaHa: 1.2, geometry: square, status: 'occupe' },
      { areaHa: 0.8, geometry: square, status: 'occupe' },
    ];
    expect(previewParts(parts, ['occupe', 'friche'])).toEqual([
      { geometry: square, colour: STATUS_COLOURS.occupe, label: 'Partie 1' },
      { geometry: square, colour: STATUS_COLOURS.friche, label: 'Partie 2' },
    ]);
    expect(previewParts(parts, [])[1]!.colour).toBe(STATUS_COLOURS.occupe);
  });

  it('announces the new lots', () => {
    expect(splitMessage(1101, [1201, 1202])).toBe('Lot n° 1101 découpé en lots n° 1201 et n° 1202.');
  });

  it('counts the points clicked', () => {
    expect(pointCount(0)).toBe('0 point');
    expect(pointCount(1)).toBe('1 point');
    expect(pointCount(2)).toBe('2 points');
  });
});
