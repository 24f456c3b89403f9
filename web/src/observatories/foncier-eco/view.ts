/**
 * Foncier économique: the land of the business parks (ZAE) and its availability, for the elected officials who ask
 * what land is still free and for the EPCIs' economic services who update their parks day by day.
 *
 * - a map of the parks and their lots coloured by status (legend; a table for each map), a territory filter, the
 *   figures of the territory and of the park, the park's lots, and the park as it stood on a past date (asOf);
 * - for a signed-in editor whose scope holds the park: a lot's status and occupant, retire, create (drawn outline),
 *   split (a cut line drawn across the lot, previewed by the API, then sent). Every write sends If-Match; a 412 shows
 *   the other editor's version and lets the user re-apply or discard, never overwrite silently.
 *
 * This module wires the page together: the route, the reads (store.ts) and when each part is drawn again. The parts
 * are in their own modules: layout, sessionNote, controls, figures, mapPanel, lotPanel, lotsTable, parksTable, and the
 * editor's side (editing.ts). Loaded on demand (dynamic import), with its MapLibre map.
 */
import './foncier-eco.css';
import { ApiError } from '../../platform/api/client';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { showError } from '../../platform/ui/components';
import { replaceContent } from '../../platform/ui/dom';
import { renderControls } from './controls';
import { createEditing } from './editing';
import { renderFigures } from './figures';
import { pageLayout, showLegend } from './layout';
import { renderLotPanel } from './lotPanel';
import { lotGone } from './lotSheet';
import { renderLotsTable } from './lotsTable';
import { mountMapPanel } from './mapPanel';
import { parksTable } from './parksTable';
import { isFoncierEcoRoute, type FoncierEcoRoute } from './route';
import { sessionNote } from './sessionNote';
import { parkOf, type PageState, type RouteChanges } from './state';
import { PageStore } from './store';

export function mountFoncierEco(container: HTMLElement, initial: FoncierEcoRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  /** The latest apply(): an older one that comes back late draws nothing. */
  let generation = 0;
  const store = new PageStore(ctx);
  const layout = pageLayout();
  const { panel } = layout;
  const state = (): PageState => ({ route, data: store.data, identity: ctx.session.identity() });
  const go = (changes: RouteChanges): void => ctx.navigate({ ...route, ...changes });

  ctx.setTitle('Foncier économique — disponibilités');
  container.append(...layout.nodes);

  const map = mountMapPanel(layout.mapElement, layout.mapStatus, {
    parkName: (id) => parkOf(store.data, id)?.name ?? null,
    onSelectLot: (lot, park) => {
      if (!destroyed) go({ park, lot, asOf: park === route.park ? route.asOf : null });
    },
    onSelectPark: (park) => {
      if (!destroyed && park !== null && park !== route.park) go({ park, lot: null, asOf: null });
    },
    left: () => destroyed,
    onReady: () => map.draw(state()),
    onModeChange: (mode) => showLegend(layout.legend, mode),
  });
  const editing = createEditing({
    client: ctx.client,
    document: ctx.document,
    panel,
    toolBar: layout.toolBar,
    map,
    route: () => route,
    go,
    reload: () => refresh().then(renderPanel),
    renderPanel,
  });

  // --- drawing the parts from the state -------------------------------------------------------------------------
  function renderPanel(): void {
    if (editing.toolActive()) editing.showTool();
    else renderLotPanel(panel, state(), editing);
  }
  const renderLots = (): void => renderLotsTable({ section: layout.lotsSection, title: layout.lotsTitle, slot: layout.lotsSlot }, state());
  /** Everything that depends on the parks and the territory. */
  function renderParks(): void {
    renderControls(layout.controls, state(), { go, document: ctx.document });
    renderFigures(layout.territoryFigures, layout.parkFigures, state());
    replaceContent(layout.parksSlot, parksTable(state()));
  }

  // --- reading ---------------------------------------------------------------------------------------------------
  // A refused key fails the first start, and the session's end starts again anonymously: the latest start has the
  // last word, whichever answers last (the first's 401 must not replace the figures the second drew).
  let starts = 0;
  async function start(): Promise<void> {
    const mine = ++starts;
    try {
      await store.loadStart();
    } catch (error) {
      if (!destroyed && mine === starts) showError(layout.territoryFigures, error, () => void start());
      return;
    }
    if (destroyed || mine !== starts) return;
    void loadMapLayers();
    await apply();
  }

  async function loadMapLayers(): Promise<void> {
    try {
      await store.loadGeometries();
    } catch (error) {
      if (destroyed) return;
      layout.mapStatus.hidden = false;
      showError(layout.mapStatus, error, () => void loadMapLayers());
      return;
    }
    if (layout.mapStatus.querySelector('.alert')) {
      replaceContent(layout.mapStatus);
      layout.mapStatus.hidden = true;
    }
    map.draw(state());
    renderLots();
  }

  /** Applies the route: controls, figures, tables, map, panel; then the park's lots and the lot, and again. */
  async function apply(): Promise<void> {
    const mine = ++generation;
    replaceContent(layout.sessionNote, sessionNote(state()));
    try {
      await store.loadTerritory(route.territory);
    } catch (error) {
      if (mine === generation) showError(layout.territoryFigures, error, () => void apply());
      return;
    }
    if (mine !== generation || destroyed) return;
    renderParks();
    map.draw(state());
    renderPanel();
    if (route.park !== null && !parkOf(store.data, route.park)) {
      showError(panel, new ApiError(`Il n’y a pas de zone d’activités n° ${route.park}.`, { kind: 'http', url: '', status: 404 }));
    }
    try {
      await Promise.all([store.loadParkLots(route), store.loadLot(route)]);
    } catch (error) {
      if (mine !== generation || destroyed) return;
      if (error instanceof ApiError && error.status === 404 && route.lot !== null) {
        store.forgetLot();
        replaceContent(panel, lotGone(route));
      } else showError(panel, error, () => void apply());
      return;
    }
    if (mine !== generation || destroyed) return;
    renderFigures(layout.territoryFigures, layout.parkFigures, state());
    renderLots();
    map.draw(state());
    renderPanel();
  }

  /** After a write: the parks' figures, the map's lots, the park's lots and the lot, read again and drawn. */
  async function refresh(): Promise<void> {
    try {
      await store.refresh(route);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) store.forgetLot();
      else if (!destroyed) showError(panel, error, () => void refresh());
    }
    if (destroyed) return;
    renderParks();
    renderLots();
    map.draw(state());
  }

  // --- who is signed in --------------------------------------------------------------------------------------------
  // After the requests of the moment have settled (a refused key fails them all, and the shared caches drop them).
  const unsubscribe = ctx.session.subscribe(() => void ctx.window.setTimeout(onSession, 0));
  function onSession(): void {
    if (destroyed) return;
    if (editing.toolActive()) editing.leaveTool();
    // A refused key (401) may have failed the first reads: read them again, anonymously.
    if (!store.data.lotFeatures) void loadMapLayers();
    if (!store.data.parks) {
      void start();
      return;
    }
    // Occupants depend on who asks: read the park's lots and the lot again.
    void apply().then(() =>
      store
        .reloadLots(route)
        .then(() => {
          if (destroyed) return;
          renderLots();
          renderPanel();
        })
        .catch(() => undefined),
    );
  }

  void start();

  return {
    update(next: Route) {
      if (!isFoncierEcoRoute(next)) return;
      const lotChanged = next.lot !== route.lot || next.park !== route.park || next.asOf !== route.asOf;
      route = next;
      if (lotChanged) editing.endTool();
      void apply();
    },
    destroy() {
      destroyed = true;
      generation++;
      unsubscribe();
      editing.destroy();
      map.destroy();
    },
  };
}
