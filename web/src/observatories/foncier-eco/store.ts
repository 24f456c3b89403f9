/**
 * The page's reads: the territories and parks, the map's layers, the EPCIs of a groupement, the lots of the park at
 * the date chosen, the lot chosen with its version. Each read keeps its answer in `data` (a PageData); the park's
 * lots and the lot are read again only when the route asks for others (or when forced, after a write or a sign-in),
 * and an answer that comes back after the route moved on is dropped.
 */
import { apiUrl, type ApiClient } from '../../platform/api/client';
import type { Context } from '../../platform/context';
import type { TerritoryFeatureCollection } from '../../platform/api/types';
import type { Lot } from './api';
import type { MapContext } from './lotsMap';
import type { FoncierEcoRoute } from './route';
import type { LotFeatures, PageData, ParkFeatures } from './state';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class PageStore {
  readonly #client: ApiClient;
  readonly #territoryChoices: () => Promise<NonNullable<PageData['choices']>>;
  readonly #data: Mutable<PageData> = {
    choices: null,
    parks: null,
    lotFeatures: null,
    parkFeatures: null,
    mapContext: null,
    territoryEpcis: null,
    parkLots: null,
    lotDetail: null,
  };
  readonly #groupementEpcis = new Map<string, Promise<string[]>>();
  #parkLotsKey = '';
  #lotKey = '';

  constructor(ctx: Pick<Context, 'client' | 'territoryChoices'>) {
    this.#client = ctx.client;
    this.#territoryChoices = () => ctx.territoryChoices();
  }

  get data(): PageData {
    return this.#data;
  }

  /** The first reads: the selector's territories and the parks. */
  async loadStart(): Promise<void> {
    [this.#data.choices] = await Promise.all([this.#territoryChoices(), this.loadParks()]);
  }

  async loadParks(): Promise<void> {
    const answer = await this.#client.get({ path: '/api/v1/foncier-eco/parks' });
    this.#data.parks = answer.items;
  }

  /** The map's layers: every lot and every park, today; the first time, the communes and EPCIs around them. */
  async loadGeometries(): Promise<void> {
    const [lots, zae, context] = await Promise.all([
      this.#client.getFeatureCollection<LotFeatures>('/ogc/collections/foncier-eco-lots/items?limit=10000'),
      this.#client.getFeatureCollection<ParkFeatures>('/ogc/collections/foncier-eco-zae/items?limit=10000'),
      this.#data.mapContext ?? this.#loadMapContext(),
    ]);
    this.#data.lotFeatures = lots;
    this.#data.parkFeatures = zae;
    this.#data.mapContext = context;
  }

  /**
   * The communes and EPCIs the API knows (the agency's and their neighbours': parks lie outside the agency's
   * perimeter too), their contours simplified at 100 m: enough at every zoom the map shows them at.
   */
  async #loadMapContext(): Promise<MapContext> {
    const contours = (level: 'commune' | 'epci'): Promise<TerritoryFeatureCollection> =>
      this.#client.getFeatureCollection<TerritoryFeatureCollection>(
        apiUrl({ path: '/api/v1/territories', query: { level, format: 'geojson', resolution: 'medium', limit: 1000 } }),
      );
    const [communes, epcis] = await Promise.all([contours('commune'), contours('epci')]);
    return { communes, epcis };
  }

  /** The EPCIs of the territory chosen (a groupement's are read once). */
  async loadTerritory(territory: string | null): Promise<void> {
    this.#data.territoryEpcis = territory ? await this.#epcisOf(territory) : null;
  }

  async #epcisOf(territory: string): Promise<string[]> {
    if (territory.startsWith('epci:')) return [territory];
    let answer = this.#groupementEpcis.get(territory);
    if (!answer) {
      answer = this.#client
        .get({ path: '/api/v1/territories', query: { level: 'epci', within: territory, limit: 100 } })
        .then((page) => page.items.map((t) => t.id));
      this.#groupementEpcis.set(territory, answer);
      answer.catch(() => this.#groupementEpcis.delete(territory));
    }
    return answer;
  }

  /** The lots of the route's park at its date (none without a park). */
  async loadParkLots(route: FoncierEcoRoute, force = false): Promise<void> {
    const key = route.park === null ? '' : `${route.park}|${route.asOf ?? ''}`;
    if (!force && key === this.#parkLotsKey) return;
    this.#parkLotsKey = key;
    this.#data.parkLots = null;
    if (route.park === null) return;
    const answer = await this.#client.get({
      path: '/api/v1/foncier-eco/parks/{id}/lots',
      params: { id: route.park },
      query: { asOf: route.asOf },
    });
    if (key === this.#parkLotsKey) this.#data.parkLots = answer;
  }

  /** The route's lot with its version, today (at a past date the sheet comes from the park's lots). */
  async loadLot(route: FoncierEcoRoute, force = false): Promise<void> {
    const key = route.lot === null || route.asOf !== null ? '' : String(route.lot);
    if (!force && key === this.#lotKey) return;
    this.#lotKey = key;
    this.#data.lotDetail = null;
    if (key === '') return;
    const answer = await this.#client.getVersioned<Lot>(apiUrl({ path: '/api/v1/foncier-eco/lots/{id}', params: { id: route.lot! } }));
    if (key === this.#lotKey) this.#data.lotDetail = { lot: answer.body, etag: answer.etag ?? answer.body.eTag };
  }

  /** The park's lots and the lot, read again (their occupants depend on who asks). */
  reloadLots(route: FoncierEcoRoute): Promise<unknown> {
    return Promise.all([this.loadParkLots(route, true), this.loadLot(route, true)]);
  }

  /** After a write: the parks' figures, the map's lots, the park's lots and the lot, read again. */
  refresh(route: FoncierEcoRoute): Promise<unknown> {
    return Promise.all([this.loadParks(), this.loadGeometries(), this.loadParkLots(route, true), this.loadLot(route, true)]);
  }

  /** The lot is gone (404): no sheet. */
  forgetLot(): void {
    this.#data.lotDetail = null;
  }
}
