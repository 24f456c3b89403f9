/**
 * The availability map (lotsMap.ts, loaded on demand with MapLibre): mounted in its element, drawn from the page's
 * state (the communes for context, the territory's parks as symbols and their lots, the park at a past date, the
 * selection), fitted to the territory or the park when they change. The element says what was drawn (data-drawn when
 * the map is idle, data-pending before; data-mode, parks or lots; the availability classes of the symbols, the
 * number of lots and the selected lot's status) for the tests and anyone inspecting the page.
 */
import type { FeatureCollection } from '../../platform/api/types';
import { mountMap } from '../../platform/ui/components';
import { nearViewport } from '../../platform/ui/nearViewport';
import { AVAILABILITY_CLASSES, describeSymbol, parkSymbols, type MapMode, type ParkSymbols } from './availability';
import { bboxOf, mapLots, type LotGeometry, type MapLotProperties } from './data';
import { ha } from './figures';
import type { LotsMap, MapContext, ParkProperties } from './lotsMap';
import { parksShown, type PageState, type ParkFeatures } from './state';

export interface MapPanelProps {
  /** A park's name (for the lots' tooltips), when known. */
  parkName(id: number): string | null;
  onSelectLot(lot: number, park: number): void;
  onSelectPark(park: number | null): void;
  /** True once the view is left: a map that comes after is destroyed. */
  left(): boolean;
  /** The map is there: draw it. */
  onReady(): void;
  /** The map now shows the parks' symbols or the lots (the legend follows). */
  onModeChange(mode: MapMode): void;
}

/** The map as the drawing tools use it. */
export interface MapSurface {
  /** The map once created (null: it could not be, or the view was left). */
  readonly ready: Promise<LotsMap | null>;
  /** The map if created already. */
  current(): LotsMap | null;
}

export interface MapPanel extends MapSurface {
  draw(state: PageState): void;
  destroy(): void;
}

export interface MapContent {
  parks: ParkFeatures;
  symbols: ParkSymbols;
  lots: FeatureCollection<LotGeometry, MapLotProperties>;
  focus: ParkFeatures['features'];
  context: MapContext | null;
}

/**
 * What the map shows for a state: the parks of the territory (and the park chosen) as outlines and as symbols, their
 * lots, what to fit the map to, and the communes for context.
 */
export function mapContent(state: PageState): MapContent | null {
  const { route, data } = state;
  if (!data.lotFeatures || !data.parkFeatures) return null;
  const shownParks = parksShown(state);
  const shown = new Set(shownParks.map((p) => p.id));
  const past = route.park !== null && route.asOf !== null && data.parkLots ? { park: route.park, lots: data.parkLots.items } : null;
  const lots = mapLots(
    data.lotFeatures.features.filter((f) => shown.has(f.properties.zae) || f.properties.zae === route.park),
    past,
  );
  const parks: ParkFeatures = {
    type: 'FeatureCollection',
    features: data.parkFeatures.features.filter((f) => shown.has(Number(f.id)) || Number(f.id) === route.park),
  };
  const focus = route.park !== null ? parks.features.filter((f) => Number(f.id) === route.park) : parks.features;
  const symbols = parkSymbols(parks.features, data.parks ?? []);
  return { parks, symbols, lots, focus, context: data.mapContext };
}

/** The availability classes among the symbols, in the legend's order ("none,low,high"). */
export function classesDrawn(symbols: ParkSymbols): string {
  const present = new Set(symbols.features.map((f) => f.properties.availability));
  return AVAILABILITY_CLASSES.filter((c) => present.has(c.key))
    .map((c) => c.key)
    .join(',');
}

export function mountMapPanel(element: HTMLElement, status: HTMLElement, props: MapPanelProps): MapPanel {
  let map: LotsMap | null = null;
  let fittedKey = '';
  let drawCount = 0;
  let contextDrawn: MapContext | null = null;

  // On a phone the map is under the controls and the figures: MapLibre loads when the reader nears it.
  const nearness = nearViewport(element);
  const ready = mountMap(
    nearness.near
      .then(() => import('./lotsMap'))
      .then(({ createLotsMap }) =>
        createLotsMap(element, {
          label: 'Carte des lots des zones d’activités par statut',
          describeLot: (p) => {
            const park = props.parkName(p.zae);
            return `Lot ${p.id} : ${p.label}, ${ha(p.areaHa)}${park ? ` — ${park}` : ''}`;
          },
          describePark: (p: ParkProperties) => p.name,
          describeSymbol,
          onSelectLot: (lot, park) => props.onSelectLot(lot, park),
          onSelectPark: (park) => props.onSelectPark(park),
          onModeChange: (mode) => props.onModeChange(mode),
        }),
      ),
    element,
    status,
    props.left,
  ).then((created) => {
    map = created;
    if (created) {
      // An empty status line would still show its white background over the map's corner.
      status.textContent = '';
      status.hidden = true;
      props.onReady();
    }
    return created;
  });

  function draw(state: PageState): void {
    const content = mapContent(state);
    if (!map || !content) return;
    const { route } = state;
    if (content.context && content.context !== contextDrawn) {
      map.setContext(content.context);
      contextDrawn = content.context;
    }
    map.setParks(content.parks);
    map.setParkSymbols(content.symbols);
    map.setLots(content.lots);
    map.setSelected(route.park, route.lot);
    const fitKey = `${route.territory}|${route.park}`;
    if (fitKey !== fittedKey) {
      const bbox = bboxOf(content.focus.map((f) => f.geometry));
      if (bbox) {
        map.fitTo(bbox);
        fittedKey = fitKey;
      }
    }
    const selected = content.lots.features.find((f) => f.properties.id === route.lot);
    const key = `${route.territory ?? ''}|${route.park ?? ''}|${route.asOf ?? ''}|${++drawCount}`;
    void map.idle().then(() => {
      if (props.left()) return;
      element.dataset['drawn'] = key;
      element.dataset['lots'] = String(content.lots.features.length);
      element.dataset['parks'] = String(content.symbols.features.length);
      element.dataset['classes'] = classesDrawn(content.symbols);
      if (selected) element.dataset['selectedStatus'] = selected.properties.status;
      else delete element.dataset['selectedStatus'];
    });
    element.dataset['pending'] = key;
  }

  return {
    ready,
    current: () => map,
    draw,
    destroy() {
      nearness.cancel();
      void ready.then((m) => m?.destroy());
    },
  };
}
