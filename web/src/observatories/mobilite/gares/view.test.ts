// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import indexHtml from '../../../../index.html?raw';
import { ApiClient } from '../../../platform/api/client';
import { startApp, type App } from '../../../platform/shell';
import { fakeApi, json, waitFor } from '../../../platform/testing/fakeApi';
import { mobilite } from '..';
import type { StationFigures, StationItem, Stations } from './api';
import { passengersChange } from './sheet';

const figures = (period: string, passengers: number, parkingOccupancy: number): StationFigures => ({
  period,
  stations: 1,
  passengers,
  trainsPerWeekday: 12,
  parkingPlaces: 100,
  parkingOccupied: parkingOccupancy,
  parkingOccupancy,
  bikePlaces: 40,
  bikeOccupied: 10,
  bikeOccupancy: 25,
});

const station = (id: string, name: string, series: StationFigures[], service = true): StationItem => ({
  id,
  uic: null,
  name,
  commune: 'commune:62119',
  communeName: 'Béthune',
  lines: service ? ['Arras – Lens – Béthune – Hazebrouck'] : [],
  passengerService: service,
  longitude: 2.64,
  latitude: 50.52,
  demo: true,
  latest: series.at(-1) ?? null,
  previous: series.at(-2) ?? null,
  change:
    series.length > 1
      ? {
          period: series.at(-1)!.period,
          previousPeriod: series.at(-2)!.period,
          passengers: series.at(-1)!.passengers! - series.at(-2)!.passengers!,
          passengersPercent: -20,
          trainsPerWeekday: 0,
          parkingPlaces: 0,
          parkingOccupancyPoints: 15,
          bikePlaces: 0,
          bikeOccupancyPoints: 0,
        }
      : null,
  series,
});

const STATIONS: Stations = {
  territory: 'epci:246200299',
  name: 'CA d’Hénin-Carvin',
  totals: [figures('2023', 1500, 80), figures('2024', 1200, 95)],
  totalsChange: {
    period: '2024',
    previousPeriod: '2023',
    passengers: -300,
    passengersPercent: -20,
    trainsPerWeekday: 0,
    parkingPlaces: 0,
    parkingOccupancyPoints: 15,
    bikePlaces: 0,
    bikeOccupancyPoints: 0,
  },
  stations: [
    station('bethune', 'Béthune', [figures('2023', 1500, 80), figures('2024', 1200, 95)]),
    station('bruay-la-buissiere', 'Bruay-la-Buissière', [], false),
  ],
};

let app: App | null = null;

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

describe('the stations page', () => {
  it('asks for the territory of the URL, shows its figures with their change, the table by passengers and the sheet of the station chosen', async () => {
    const fetchMock = fakeApi({
      '/api/v1/mobilite/stations': () => json(STATIONS),
    });
    document.documentElement.innerHTML = indexHtml.replace(/^<!doctype html>/i, '');
    window.history.replaceState(null, '', '/mobilite/gares?territory=epci:246200299&gare=bethune');
    app = startApp({ document, window, client: new ApiClient({ fetch: fetchMock }), observatories: [mobilite] });
    await waitFor(() => document.querySelector('[data-testid="passengers"]') !== null && document.querySelector('#gares-fiche-titre') !== null);

    expect(fetchMock.mock.calls.map(([u]) => String(u))).toContain('/api/v1/mobilite/stations?territory=epci:246200299');
    expect(document.querySelector('[data-testid="passengers"]')?.textContent).toBe('1\u202f200');
    expect(document.querySelector('.gares-change')?.textContent).toMatch(/^Évolution : [-−]20\u00a0% \(1\u202f500 en 2023\), en baisse$/);
    const rows = [...document.querySelectorAll('[data-testid="stations-table"] tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['Béthune', 'Bruay-la-Buissière']);
    expect(rows[1]?.textContent).toContain('sans desserte voyageurs');
    expect(document.querySelector('#gares-fiche-titre')?.textContent).toBe('Gare de Béthune (Béthune)');
    expect(document.querySelectorAll('.gares-chart')).toHaveLength(4);
    expect(document.querySelector('.gares-chart')?.getAttribute('aria-label')).toBe('Voyageurs par an : 2023 1\u202f500, 2024 1\u202f200');

    // Another station from the table: a new URL, its sheet, no new request.
    const asked = fetchMock.mock.calls.length;
    document.querySelector<HTMLAnchorElement>('a[data-station="bruay-la-buissiere"]')!.click();
    await waitFor(() => window.location.search.includes('gare=bruay-la-buissiere') && document.querySelector('[data-testid="no-service"]') !== null);
    expect(fetchMock.mock.calls.length).toBe(asked);
  });

  it('says a change with its sign and the value it compares with', () => {
    expect(passengersChange(STATIONS.totalsChange, STATIONS.totals[0])).toMatch(/^[-−]20\u00a0% \(1\u202f500 en 2023\), en baisse$/);
    expect(passengersChange(null, null)).toBe('—');
  });
});
