import { describe, expect, it } from 'vitest';
import type { Identity } from '../../platform/auth/session';
import type { LotItem, ParkFigures } from './api';
import { asOfOfInput } from './controls';
import type { LotGeometry } from './data';
import { figureItems, parkTotals } from './figures';
import { lotRemark, showsOccupants } from './lotsTable';
import { mapContent } from './mapPanel';
import { foncierEcoRoute } from './route';
import { KNOWN_NAMES, namesOf } from '../../platform/testing/fakeApi';
import { canWrite, epciName, parksShown, selectedPark, territoryName, territoryOf, type PageData, type PageState } from './state';

const CABBALR = 'epci:200072460';
const CALL = 'epci:246200364';

const park = (id: number, epciId: string | null, f: Partial<ParkFigures> = {}): ParkFigures => ({
  id,
  name: `Zone ${id}`,
  type: 'activites',
  communeId: 'commune:62119',
  epciId,
  totalHa: 10,
  occupiedHa: 6,
  availableHa: 1,
  reserveHa: 2,
  brownfieldHa: 0.5,
  marketedHa: 0.5,
  establishments: 3,
  occupancyRate: 60,
  ...f,
});

const lotItem = (id: number, status: string, f: Partial<LotItem> = {}): LotItem =>
  ({ id, version: 1, status, areaHa: 1, occupantName: null, occupantSiret: null, splitFrom: null, updatedAt: '2026-11-20T10:00:00Z', ...f }) as LotItem;

const square = (x: number): LotGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 50],
      [x + 1, 50],
      [x + 1, 51],
      [x, 50],
    ],
  ],
});

const data = (f: Partial<PageData> = {}): PageData => ({
  choices: {
    groupements: [{ id: 'groupement:aula', name: 'Périmètre de l’AULA', names: KNOWN_NAMES['groupement:aula'] }],
    epcis: [
      { id: CABBALR, name: 'CA de Béthune-Bruay', names: namesOf('CA de Béthune-Bruay', 'de la CA de Béthune-Bruay') },
      { id: CALL, name: 'CA de Lens-Liévin', names: namesOf('CA de Lens-Liévin', 'de la CA de Lens-Liévin') },
    ],
    departements: [],
  } as unknown as PageData['choices'],
  parks: [park(11, CABBALR), park(12, CABBALR), park(21, CALL), park(31, null)],
  lotFeatures: null,
  parkFeatures: null,
  mapContext: null,
  territoryEpcis: null,
  parkLots: null,
  lotDetail: null,
  ...f,
});

const state = (route: Partial<Omit<PageState['route'], 'view'>>, f: Partial<PageData> = {}, identity: Identity | null = null): PageState => ({
  route: foncierEcoRoute(route),
  data: data(f),
  identity,
});

describe('the parks shown', () => {
  it('are all the parks without a territory, an EPCI’s own, or those of a groupement’s EPCIs', () => {
    expect(parksShown(state({})).map((p) => p.id)).toEqual([11, 12, 21, 31]);
    expect(parksShown(state({ territory: CABBALR })).map((p) => p.id)).toEqual([11, 12]);
    expect(parksShown(state({ territory: 'groupement:aula' }, { territoryEpcis: [CALL] })).map((p) => p.id)).toEqual([21]);
    expect(parksShown(state({ territory: 'groupement:aula' }))).toEqual([]);
    expect(parksShown(state({}, { parks: null }))).toEqual([]);
  });

  it('name their territory and EPCI from the selector’s lists', () => {
    expect(territoryName(state({}))).toBe('toutes les intercommunalités');
    expect(territoryName(state({ territory: 'groupement:aula' }))).toBe('Périmètre de l’AULA');
    expect(territoryName(state({ territory: 'epci:999' }))).toBe('epci:999');
    // After "de", as the API names them.
    expect(territoryOf(state({}))).toBe('de toutes les intercommunalités');
    expect(territoryOf(state({ territory: 'groupement:aula' }))).toBe('du périmètre de l’AULA');
    expect(territoryOf(state({ territory: CALL }))).toBe('de la CA de Lens-Liévin');
    expect(territoryOf(state({ territory: 'epci:999' }))).toBe('du territoire epci:999');
    expect(epciName(data(), CALL)).toBe('CA de Lens-Liévin');
    expect(epciName(data(), null)).toBe('—');
  });

  it('find the park chosen, or none when it does not exist', () => {
    expect(selectedPark(state({ park: 12 }))?.name).toBe('Zone 12');
    expect(selectedPark(state({ park: 99 }))).toBeNull();
  });

  it('are editable by an editor whose key covers them', () => {
    const editor: Identity = { keyId: 7, name: 'CABBALR', role: 'partner_editor', scope: [CABBALR], scopeCommunes: [], editor: true };
    const s = state({}, {}, editor);
    expect(canWrite(s, park(11, CABBALR))).toBe(true);
    expect(canWrite(s, park(21, CALL, { communeId: 'commune:62498' }))).toBe(false);
    expect(canWrite(s, null)).toBe(false);
    expect(canWrite(state({}), park(11, CABBALR))).toBe(false);
  });
});

describe('the figures', () => {
  it('are said in French: hectares, a rate with one decimal, a dash without land', () => {
    const items = Object.fromEntries(
      figureItems({
        parks: 2,
        totalHa: 1234.5,
        occupiedHa: 6,
        availableHa: 1.25,
        reserveHa: 0,
        brownfieldHa: 0,
        occupancyRate: 48.6,
        establishments: 1200,
      }).map(([key, , value]) => [key, value.replace(/\s/g, ' ')]),
    );
    expect(items).toMatchObject({ total: '1 234,5 ha', available: '1,25 ha', rate: '48,6 %', establishments: '1 200' });
    expect(
      figureItems({ parks: 0, totalHa: 0, occupiedHa: 0, availableHa: 0, reserveHa: 0, brownfieldHa: 0, occupancyRate: null, establishments: 0 })[5]![2],
    ).toBe('—');
  });

  it('of the park are today’s from the park list, a past date’s from its lots then, none before they are read', () => {
    expect(parkTotals(state({ park: 11 }))?.availableHa).toBe(1.5);
    expect(parkTotals(state({ park: 11, asOf: '2025-06-30' }))).toBeNull();
    const lots = { park: 11, asOf: '2025-06-30', items: [lotItem(1, 'occupe', { areaHa: 3 }), lotItem(2, 'friche', { areaHa: 1 })] };
    expect(parkTotals(state({ park: 11, asOf: '2025-06-30' }, { parkLots: lots as PageData['parkLots'] }))).toMatchObject({
      totalHa: 4,
      occupiedHa: 3,
      brownfieldHa: 1,
      occupancyRate: 75,
      establishments: 1,
    });
    expect(parkTotals(state({}))).toBeNull();
  });
});

describe('the lots’ table', () => {
  it('shows occupants only when the API gave some', () => {
    expect(showsOccupants([lotItem(1, 'occupe')])).toBe(false);
    expect(showsOccupants([lotItem(1, 'occupe', { occupantName: 'Transports Leclercq' })])).toBe(true);
  });

  it('says where a lot came from and, at a past date, that it has no outline today', () => {
    const drawn = new Set([1]);
    expect(lotRemark(lotItem(2, 'occupe', { splitFrom: 1 }), null, drawn)).toBe('issu du lot n° 1');
    expect(lotRemark(lotItem(2, 'occupe'), '2025-06-30', drawn)).toBe('découpé ou retiré depuis (pas de tracé aujourd’hui)');
    expect(lotRemark(lotItem(1, 'occupe'), '2025-06-30', drawn)).toBe('');
    expect(lotRemark(lotItem(2, 'occupe'), '2025-06-30', null)).toBe('');
  });
});

describe('the date chosen', () => {
  it('is a past day, or today (null) for today, a later day or nothing', () => {
    expect(asOfOfInput('2025-06-30', '2026-01-15')).toBe('2025-06-30');
    expect(asOfOfInput('2026-01-15', '2026-01-15')).toBeNull();
    expect(asOfOfInput('2027-01-01', '2026-01-15')).toBeNull();
    expect(asOfOfInput('', '2026-01-15')).toBeNull();
    expect(asOfOfInput('30/06/2025', '2026-01-15')).toBeUndefined();
  });
});

describe('the map', () => {
  const lotFeatures = {
    type: 'FeatureCollection' as const,
    features: [
      { type: 'Feature' as const, id: 1, geometry: square(0), properties: { zae: 11, commune: 'c', status: 'occupe', area_ha: 1, updated_at: '' } },
      { type: 'Feature' as const, id: 2, geometry: square(5), properties: { zae: 21, commune: 'c', status: 'friche', area_ha: 1, updated_at: '' } },
    ],
  };
  const parkFeatures = {
    type: 'FeatureCollection' as const,
    features: [
      { type: 'Feature' as const, id: 11, geometry: square(0), properties: { name: 'Zone 11', type: 'activites', commune: 'c' } },
      { type: 'Feature' as const, id: 21, geometry: square(5), properties: { name: 'Zone 21', type: 'activites', commune: 'c' } },
    ],
  };

  it('draws nothing before its layers are read', () => {
    expect(mapContent(state({}))).toBeNull();
  });

  it('draws the territory’s parks and lots, and focuses on the park chosen', () => {
    const content = mapContent(state({ territory: CABBALR }, { lotFeatures, parkFeatures }))!;
    expect(content.lots.features.map((f) => f.id)).toEqual([1]);
    expect(content.parks.features.map((f) => f.id)).toEqual([11]);
    // Each park shown also as a symbol, coloured by the share of its land available (1.5 of 10 ha).
    expect(content.symbols.features.map((f) => [f.id, f.properties.availability])).toEqual([[11, 'medium']]);
    const chosen = mapContent(state({ park: 21 }, { lotFeatures, parkFeatures }))!;
    expect(chosen.focus.map((f) => f.id)).toEqual([21]);
  });

  it('colours the park chosen at a past date by its lots then', () => {
    const parkLots = { park: 11, asOf: '2025-06-30', items: [lotItem(1, 'reserve_non_amenagee')] } as PageData['parkLots'];
    const content = mapContent(state({ park: 11, asOf: '2025-06-30' }, { lotFeatures, parkFeatures, parkLots }))!;
    expect(content.lots.features.find((f) => f.id === 1)?.properties.status).toBe('reserve_non_amenagee');
    expect(content.lots.features.find((f) => f.id === 2)?.properties.status).toBe('friche');
  });
});
