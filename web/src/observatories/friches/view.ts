/**
 * Carte des friches: the brownfields on a map (coloured by mutability score or by status) with its table, filters by
 * territory, status, area and score; a site's characterisation sheet with the breakdown of its score and its
 * vocations; and the weights of the score as sliders that rescore every site through the what-if endpoint (a
 * simulation: nothing is written, the stored scores stay as they are). Loaded on demand. Every choice is in the URL.
 *
 * This module wires the page: it keeps its state (state.ts), loads it (data.ts), and tells each part of the page (a
 * component of its own file: filters, map panel, legend, list, sheet, sliders, simulation, downloads) what changed.
 */
import './friches.css';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { loading, showError } from '../../platform/ui/components';
import { replaceContent } from '../../platform/ui/dom';
import { filtersKey, frichesData } from './data';
import { renderDownloads } from './downloads';
import { mountFilters } from './filters';
import { latest } from './latest';
import { frichesLayout } from './layout';
import { renderLegend } from './legend';
import { mountMapPanel } from './mapPanel';
import { isFrichesRoute, type FrichesRoute } from './route';
import { mountSheet } from './sheet';
import { renderSimulationResults } from './simulationResults';
import { initialState, onlyMapMoved, routeChanges, simulatedScores } from './state';
import { markSelected, renderSitesTable } from './sitesTable';
import { renderSummary } from './summary';
import { mountWeights } from './weights';
import { createWhatIf } from './whatIf';

export function mountFriches(container: HTMLElement, initial: FrichesRoute, ctx: Context): View {
  ctx.setTitle('Carte des friches');
  const { nodes, slots } = frichesLayout();
  container.append(...nodes);
  const data = frichesData(ctx.client);
  const state = initialState(initial);
  const lists = latest();
  let left = false;

  const go = (changes: Partial<FrichesRoute>, replace = false): void => ctx.navigate({ ...state.route, ...changes }, { replace });
  /** A site chosen on the map or in a table: its sheet gets the focus (keyboard and screen-reader users land on it). */
  const choose = (id: number | null): void => {
    if (id !== null) sheet.focusNext();
    go({ site: id });
  };

  const filters = mountFilters(slots.controls, { document: ctx.document, communes: data.communes, onChange: (changes) => go(changes) });
  filters.update(initial, []); // drawn at once, the EPCIs to come: the form has its height before they do
  const map = mountMapPanel(slots.mapElement, slots.mapStatus, {
    position: initial.map,
    loadContext: data.mapContext,
    onMove: (position) => go({ map: position }, true),
    onSelect: (id) => {
      if (id !== state.route.site) choose(id);
    },
  });
  const sheet = mountSheet(slots.sheet, {
    load: data.site,
    epciName: (id) => state.choices?.epcis.find((e) => e.id === id)?.name ?? null,
    onClose: () => go({ site: null }),
    onShown: (detail) => {
      state.labels = new Map(detail.score.breakdown.map((l) => [l.criterion, l.label]));
      showWeights();
    },
  });
  const weights = mountWeights(slots.weights, {
    document: ctx.document,
    onChange: (moved) => go({ weights: moved }, true),
    onReset: () => go({ weights: {} }),
  });
  const whatIf = createWhatIf(data.simulate, {
    started: (moved) => {
      showWeights();
      if (Object.keys(moved).length > 0) slots.results.setAttribute('aria-busy', 'true');
    },
    answered: (answer) => {
      state.simulation = answer;
      showResults();
      sheet.simulate(simulatedScores(state));
      showList();
    },
    failed: (error) => showError(slots.results, error, simulate),
  });

  // --- loading ---------------------------------------------------------------------------------------------------------
  async function start(): Promise<void> {
    void loadWeights();
    try {
      state.choices = await ctx.territoryChoices();
    } catch {
      state.choices = null;
    }
    if (!left) apply(null);
  }

  async function loadWeights(): Promise<void> {
    try {
      const defaults = await data.weightsInForce();
      if (left) return;
      state.defaults = defaults;
      showWeights();
      simulate();
    } catch (error) {
      if (!left) showError(slots.weights, error, () => void loadWeights());
    }
  }

  async function loadList(): Promise<void> {
    const current = lists.take();
    const key = state.listKey;
    replaceContent(slots.summary, loading('Chargement des friches…'));
    slots.summary.setAttribute('aria-busy', 'true');
    try {
      const answer = await data.sites(state.route);
      if (!current()) return;
      state.sites = answer;
      state.sitesKey = key;
      replaceContent(slots.summary, ...renderSummary(answer));
      showLegend();
      showList();
      drawMap();
      showResults();
    } catch (error) {
      if (!current()) return;
      showError(slots.summary, error, () => {
        state.listKey = '';
        apply(null);
      });
      replaceContent(slots.list);
    }
  }

  function simulate(): void {
    if (state.defaults) whatIf.run(state.route.weights);
  }

  /** Applies the route, redrawing only what changed since `previous` (the list keeps its sort when a site is chosen). */
  function apply(previous: FrichesRoute | null): void {
    const route = state.route;
    const changes = routeChanges(previous, route, state.listKey);
    if (changes.filters) {
      filters.update(route, state.choices?.epcis ?? []);
      replaceContent(slots.downloads, ...renderDownloads(route, ctx.window.location.origin));
    }
    if (changes.list === 'load') {
      state.listKey = filtersKey(route);
      void loadList();
    } else if (changes.list === 'recolour') {
      showLegend();
      drawMap();
      showList();
    }
    if (changes.site) {
      sheet.show(route.site);
      markSelected(container, route.site);
    }
    simulate();
    map.select(route.site);
  }

  // --- rendering -------------------------------------------------------------------------------------------------------
  function showLegend(): void {
    if (state.sites) replaceContent(slots.legend, renderLegend(state.sites.items, state.route.colour));
  }

  function drawMap(): void {
    if (state.sites) map.draw({ sites: state.sites, colour: state.route.colour, listKey: state.sitesKey });
  }

  function showList(): void {
    if (!state.sites) return;
    replaceContent(
      slots.list,
      renderSitesTable(state.sites, {
        selected: state.route.site,
        simulated: simulatedScores(state),
        onChoose: (id) => choose(id === state.route.site ? null : id),
      }),
    );
  }

  function showWeights(): void {
    if (state.defaults) weights.update({ defaults: state.defaults, weights: state.route.weights, labels: state.labels });
  }

  function showResults(): void {
    slots.results.removeAttribute('aria-busy');
    replaceContent(
      slots.results,
      ...renderSimulationResults({
        simulation: state.simulation,
        weights: state.route.weights,
        defaults: state.defaults,
        labels: state.labels,
        sites: state.sites,
        selected: state.route.site,
        onChoose: choose,
      }),
    );
  }

  void start();

  return {
    update(next: Route) {
      if (!isFrichesRoute(next)) return;
      const previous = state.route;
      state.route = next;
      map.follow(next.map);
      if (!onlyMapMoved(previous, next)) apply(previous);
    },
    destroy() {
      left = true;
      lists.stop();
      filters.destroy();
      sheet.destroy();
      weights.destroy();
      whatIf.stop();
      map.destroy();
    },
  };
}
