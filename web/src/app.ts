/**
 * The portal page: fills the static skeleton of index.html (status line, EPCI
 * table, commune map). Each block loads and fails on its own, so one broken
 * request never leaves the page blank.
 */
import type { ApiClient } from './api/client';
import type { TerritorySummary } from './api/types';
import { parseState, stateToSearch, type ViewState } from './state';
import { renderCommuneMap, type CommuneMapView } from './ui/communeMap';
import { h, replaceContent, showLoading } from './ui/dom';
import { renderEpciTable } from './ui/epciTable';
import { userMessage } from './ui/errors';
import { renderHealth, renderHealthError } from './ui/health';

/** Communes asked for the map (the API caps a page; the agency has ~320). */
export const COMMUNE_LIMIT = 1000;

export interface AppOptions {
  document: Document;
  window: Window;
  client: ApiClient;
}

export interface App {
  /** Settles when every block has been drawn (or has shown its error). */
  readonly ready: Promise<void>;
  /** Loads everything again (the "Réessayer" buttons call it). */
  reload(): Promise<void>;
  /** Highlights an EPCI (or none) and records it in the URL. */
  select(epciId: string | null): void;
}

function requireElement(doc: Document, id: string): HTMLElement {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`Élément #${id} absent de la page`);
  return element;
}

export function startApp({ document: doc, window: win, client }: AppOptions): App {
  const statusEl = requireElement(doc, 'api-status');
  const epciEl = requireElement(doc, 'epci-content');
  const mapEl = requireElement(doc, 'map-content');

  let state: ViewState = parseState(win.location.search);
  let mapView: CommuneMapView | null = null;
  let controller: AbortController | null = null;

  function select(epciId: string | null): void {
    if (epciId === state.epci) return;
    state = { ...state, epci: epciId };
    const search = stateToSearch(state, win.location.search);
    win.history.pushState(null, '', `${win.location.pathname}${search}${win.location.hash}`);
    mapView?.setSelection(state.epci);
  }

  win.addEventListener('popstate', () => {
    state = parseState(win.location.search);
    mapView?.setSelection(state.epci);
  });

  function showError(container: HTMLElement, error: unknown): void {
    const message = userMessage(error);
    if (message === null) return; // cancelled on purpose, a newer load is under way
    const retry = h('button', { type: 'button', class: 'button button--secondary' }, 'Réessayer');
    retry.addEventListener('click', () => void load());
    replaceContent(
      container,
      h(
        'div',
        { class: 'alert alert--error', role: 'alert' },
        h('p', { class: 'alert__title' }, message.message),
        message.detail ? h('p', { class: 'alert__detail' }, `Détail technique : ${message.detail}`) : null,
        retry,
      ),
    );
  }

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    const signal = current.signal;
    const options = { signal };

    statusEl.dataset['state'] = 'loading';
    replaceContent(statusEl, 'Vérification du service de données…');
    showLoading(epciEl, 'Chargement des intercommunalités…');
    showLoading(mapEl, 'Chargement de la carte des communes…');
    mapView = null;

    const health = client.getHealth(options).then(
      (answer) => {
        if (!signal.aborted) renderHealth(statusEl, answer);
      },
      (error: unknown) => {
        const message = userMessage(error);
        if (message !== null && !signal.aborted) renderHealthError(statusEl, message);
      },
    );

    const epcisLoaded = client.listAllTerritories('epci', options);
    const communesLoaded = client.getTerritoryFeatures({ level: 'commune', limit: COMMUNE_LIMIT }, options);
    // One detail per EPCI, for its commune count; a failed detail leaves a gap, not an error.
    const detailsLoaded = epcisLoaded.then((epcis) =>
      Promise.all(epcis.map((epci) => client.getTerritory(epci.id, options).catch(() => null))),
    );

    const table = Promise.all([epcisLoaded, detailsLoaded])
      .then(([epcis, details]) => {
        if (signal.aborted) return;
        renderEpciTable(
          epciEl,
          epcis.map((epci, i) => ({ epci, detail: details[i] ?? null })),
        );
      })
      .catch((error: unknown) => {
        if (!signal.aborted) showError(epciEl, error);
      });

    const map = Promise.allSettled([epcisLoaded, communesLoaded]).then(async ([epcis, communes]) => {
      if (signal.aborted) return;
      if (communes.status === 'rejected') {
        showError(mapEl, communes.reason);
        return;
      }
      // Without the EPCI list the map is still drawn, its legend showing ids.
      const epciList: TerritorySummary[] | null = epcis.status === 'fulfilled' ? epcis.value : null;
      const view = renderCommuneMap(mapEl, {
        features: communes.value.features ?? [],
        numberMatched: communes.value.numberMatched,
        epcis: epciList,
        selected: state.epci,
        onSelect: select,
      });
      mapView = view;
      const details = await detailsLoaded.catch(() => null);
      if (details && !signal.aborted) {
        view.setSyntheticNote(details.some((detail) => detail?.geometrySource === 'synthetic'));
      }
    }).catch((error: unknown) => {
      if (!signal.aborted) showError(mapEl, error);
    });

    await Promise.all([health, table, map]);
  }

  const ready = load();
  return { ready, reload: load, select };
}
