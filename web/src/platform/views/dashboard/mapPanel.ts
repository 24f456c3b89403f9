/**
 * The map panel: the choropleth (map/choropleth.ts, loaded on demand with MapLibre), its status line, the slots of the
 * legend, the layers and the selected territory, and the note that points to the ranking (the map's table).
 *
 * MapLibre (about 350 kB compressed with its worker) and the map's GeoJSON load only when the map nears the screen:
 * on a phone, below the controls and the key figure, not before the reader scrolls towards it. The map's box has its
 * final size from the start (style.css), so nothing moves when it comes.
 */
import type { MapFeatureCollection, MapProperties } from '../../api/types';
import type { ChoroplethMap } from '../../map/choropleth';
import type { MapPosition } from '../../routes';
import { loading, mountMap, showError } from '../../ui/components';
import { h, replaceContent } from '../../ui/dom';
import { nearViewport } from '../../ui/nearViewport';
import { samePosition, shouldFit } from './model';

export interface MapPanelOptions {
  /** The position in the URL, if any (else the map fits its first data). */
  position: MapPosition | null;
  describe(properties: MapProperties): string;
  /** The user moved the map. */
  onMove(position: MapPosition): void;
  /** The user clicked a territory (null: outside them). */
  onSelect(id: string | null): void;
  /** Whether the view was left. */
  left(): boolean;
}

/** What a drawing needs, read once the map is ready. */
export interface Drawing {
  /** The data's extent ("level|zone"): the map fits the data when it changes. */
  extent: string;
  positionInUrl: boolean;
  selected: string | null;
  label: string;
  /** Set as data-drawn on the map once drawn (the end-to-end tests wait for it). */
  drawn: string;
}

export interface MapPanel {
  readonly element: HTMLElement;
  readonly legendSlot: HTMLElement;
  readonly layersSlot: HTMLElement;
  readonly selectedSlot: HTMLElement;
  /** Resolves when the map nears the screen: its data is asked for then. */
  readonly near: Promise<void>;
  /** The map once loaded; null when it could not load or the view was left. */
  readonly ready: Promise<ChoroplethMap | null>;
  /** New data coming: the title, and the loading state. */
  loading(title: string): void;
  /** Draws the data, then marks the map drawn, unless `current()` says that newer data came meanwhile. */
  draw(data: MapFeatureCollection, drawing: () => Drawing, current: () => boolean): Promise<void>;
  failed(error: unknown, retry: () => void): void;
  /** The route's position changed: the map follows, unless the move was its own. */
  follow(previous: MapPosition | null, next: MapPosition | null): void;
  destroy(): void;
}

export function mountMapPanel(options: MapPanelOptions): MapPanel {
  const title = h('h2', { id: 'map-title' }, 'Carte');
  const legendSlot = h('div', { class: 'legend-slot' }, loading('Chargement de la légende…'));
  const layersSlot = h('div', { class: 'layers-slot' });
  const mapElement = h('div', { class: 'map', id: 'dashboard-map' });
  const status = h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…');
  const selectedSlot = h('div', { class: 'selected-slot', 'aria-live': 'polite' });
  const element = h(
    'section',
    { class: 'block block--map', 'aria-labelledby': 'map-title' },
    title,
    h('div', { class: 'map-layout' }, h('div', { class: 'map-frame' }, mapElement, status), h('div', { class: 'map-side' }, legendSlot, layersSlot)),
    h(
      'p',
      { class: 'note' },
      'Survolez ou cliquez un territoire pour sa valeur. Au clavier : flèches pour déplacer la carte, + et − pour zoomer ; ',
      h('a', { href: '#classement' }, 'les données de la carte sont aussi dans le tableau de classement'),
      '.',
    ),
    selectedSlot,
  );

  let map: ChoroplethMap | null = null;
  let movedByMap = false;
  let fitted = '';
  const nearness = nearViewport(mapElement);
  const ready = mountMap(
    nearness.near
      .then(() => import('../../map/choropleth'))
      .then(({ createChoroplethMap }) =>
        createChoroplethMap(mapElement, {
          position: options.position,
          label: 'Carte de l’indicateur',
          describe: (p) => options.describe(p),
          onMove: (position) => {
            if (options.left()) return;
            movedByMap = true;
            options.onMove(position);
          },
          onSelect: (id) => {
            if (!options.left()) options.onSelect(id);
          },
        }),
      ),
    mapElement,
    status,
    options.left,
  ).then((created) => (map = created));

  return {
    element,
    legendSlot,
    layersSlot,
    selectedSlot,
    near: nearness.near,
    ready,
    loading(text) {
      title.textContent = text;
      replaceContent(legendSlot, loading('Chargement de la légende…'));
      status.hidden = false;
      status.textContent = 'Chargement de la carte…';
      mapElement.setAttribute('aria-busy', 'true');
    },
    async draw(data, drawing, current) {
      const m = await ready;
      if (!current() || !m) return;
      const { extent, positionInUrl, selected, label, drawn } = drawing();
      const fit = shouldFit(fitted, extent, positionInUrl);
      fitted = extent;
      m.setData(data, fit);
      m.setSelected(selected);
      m.setLabel(label);
      await m.idle();
      if (!current()) return;
      status.hidden = true;
      mapElement.removeAttribute('aria-busy');
      mapElement.dataset['drawn'] = drawn;
    },
    failed(error, retry) {
      status.hidden = false;
      showError(status, error, retry);
    },
    follow(previous, next) {
      const own = movedByMap;
      movedByMap = false;
      // Back/forward (or a shared URL) to another position: the map follows; its own moves are already there.
      if (next && map && !samePosition(previous, next) && !own) map.jumpTo(next);
    },
    destroy() {
      nearness.cancel();
      map?.destroy();
    },
  };
}
