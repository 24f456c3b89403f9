/**
 * Observatory dashboard: choose indicator, period, level and zone; a choropleth map (legend from /breaks, method and
 * number of classes selectable, hover and click), the series with base 100 and the references, a sortable ranking,
 * the indicator's metadata, downloads and the API URL. Every choice is in the URL.
 *
 * This module holds the view's state (the route, the observatory, what is on screen) and applies each route to the
 * components: controls.ts, mapPanel.ts, chartPanel.ts, dataBlocks.ts (key figure, legend, ranking, selected territory)
 * and the render functions of metadata.ts, downloads.ts and layers.ts. The rules are plain functions in model.ts.
 */
import { ApiError } from '../../api/client';
import type { IndicatorDetail, IndicatorSummary, ObservatoryDetail } from '../../api/types';
import type { Context, TerritoryChoices, View } from '../../context';
import { observatoryLink, refreshObservatoryLink } from '../../observatoryLinks';
import type { DashboardRoute, Route } from '../../routes';
import { showError } from '../../ui/components';
import { replaceContent } from '../../ui/dom';
import { mountChartPanel } from './chartPanel';
import { mountControls } from './controls';
import { dashboardReads, projectionUrl, type DataQuery } from './data';
import { mountDataBlocks } from './dataBlocks';
import { downloadsContent } from './downloads';
import { dashboardLayout } from './layout';
import { layersFieldset, toggleLayer } from './layers';
import { mountMapPanel } from './mapPanel';
import { metadataContent } from './metadata';
import { mountProjectionPanel } from './projectionPanel';
import { baseHundred, choosePeriod, dataKey, describeTerritory, effectiveMethod, onlyMapMoved, seriesKey, seriesTerritories, zoneName } from './model';
import { showUnknownIndicator, showUnknownObservatory, unknownPeriodAlert } from './notices';

export function mountDashboard(container: HTMLElement, initial: DashboardRoute, ctx: Context): View {
  let route = initial;
  let left = false;
  let observatory: ObservatoryDetail | null = null;
  let choices: TerritoryChoices | null = null;
  let layerTitles: Map<string, string> | null = null;
  /** The indicator on screen (the map's tooltips say its values). */
  let shown: IndicatorSummary | null = null;
  /** What the data blocks and the chart show, to reload only what a change needs. */
  const keys = { data: '', series: '', projection: '' };

  const reads = dashboardReads(ctx);
  const go = (changes: Partial<DashboardRoute>): void => ctx.navigate({ ...route, ...changes });
  const controls = mountControls(ctx.document, go);
  const map = mountMapPanel({
    position: route.map,
    describe: (p) => describeTerritory(p, shown),
    onMove: (position) => ctx.navigate({ ...route, map: position }, { replace: true }),
    onSelect: (id) => {
      if (id !== route.selected) go({ selected: id });
    },
    left: () => left,
  });
  const chart = mountChartPanel((checked) => go({ index: checked }));
  const projection = mountProjectionPanel((method) => go({ projection: method }));
  const layout = dashboardLayout(container, { controls: controls.element, map: map.element, chart: chart.element, projection: projection.element });
  const blocks = mountDataBlocks({ reads, keyFigure: layout.keyFigure, ranking: layout.ranking, map, route: () => route, navigate: go });

  async function start(): Promise<void> {
    try {
      [observatory, choices] = await Promise.all([reads.observatory(route.observatory), ctx.territoryChoices()]);
    } catch (error) {
      if (left) return;
      if (error instanceof ApiError && error.status === 404) {
        layout.showUnknown();
        ctx.setTitle('Observatoire introuvable');
        showUnknownObservatory(layout.notice, route.observatory, error);
        return;
      }
      showError(layout.notice, error, () => void start());
      return;
    }
    if (left) return;
    layout.showObservatory(observatory, observatoryLink(ctx.observatory(observatory.slug), route.zone, 'dashboard'));
    if (observatory.layers.length > 0) {
      void reads.layerTitles().then((titles) => {
        layerTitles = titles;
        if (!left) renderLayers();
      });
    }
    await apply();
  }

  function renderLayers(): void {
    const layers = (observatory?.layers ?? []).map((id) => ({ id, title: layerTitles?.get(id) ?? id }));
    replaceContent(
      map.layersSlot,
      layersFieldset(layers, route.layers, (id, checked) => go({ layers: toggleLayer(route.layers, id, checked) })),
    );
  }

  /** Applies the route: controls, then whatever data the change needs. */
  async function apply(): Promise<void> {
    if (!observatory) return;
    const indicators = observatory.themes.flatMap((t) => t.indicators);
    const code = route.indicator ?? indicators[0]?.code ?? null;
    const summary = indicators.find((i) => i.code === code);
    replaceContent(layout.notice);
    if (!code || !summary) return showUnknownIndicator(layout.notice, code, indicators[0], route);
    let detail: IndicatorDetail;
    try {
      detail = await reads.indicator(code);
    } catch (error) {
      layout.showBlocks();
      showError(layout.metadata, error, () => void apply());
      showError(layout.keyFigure, error, () => void apply());
      return;
    }
    if (left) return;
    const { period, unknown } = choosePeriod(detail.periods, route.period);
    if (unknown) layout.notice.append(unknownPeriodAlert(route.period!, period));
    const ind = detail.indicator;
    shown = ind;
    const query: DataQuery = { code, period, level: route.level, zone: route.zone, method: effectiveMethod(route.method, ind), classes: route.classes };
    const index = baseHundred(route.index, ind);
    refreshObservatoryLink(container, ctx.observatory(observatory.slug), route.zone);
    ctx.setTitle(`${summary.label} — ${observatory.name}`);
    controls.update({ observatory, detail, period, route, choices });
    layout.showBlocks();
    replaceContent(layout.metadata, ...metadataContent(detail, period));
    replaceContent(layout.downloads, ...downloadsContent(query, ind, ctx.window.location.origin));
    renderLayers();
    chart.show(ind, index);

    const data = dataKey(code, period, route);
    if (data !== keys.data) {
      keys.data = data;
      void blocks.load(query, ind, zoneName(choices, route.zone), reloadData);
    } else {
      blocks.showSelected();
    }
    const series = seriesKey(code, route, index);
    if (series !== keys.series) {
      keys.series = series;
      const territories = seriesTerritories(route.zone, route.selected);
      const indexPeriod = index ? (detail.periods[0] ?? null) : null;
      void chart.load(reads.series(code, territories, indexPeriod), ind, route.zone, () => {
        keys.series = '';
        void apply();
      });
    }
    const projectionKey = `${code}|${route.zone}|${route.projection ?? ''}`;
    if (projectionKey !== keys.projection) {
      keys.projection = projectionKey;
      const method = route.projection;
      void projection.load(
        () => reads.projection(code, route.zone, method),
        projectionUrl(code, route.zone, method, 'csv'),
        { method, share: ind.unit === '%' },
        () => {
          keys.projection = '';
          void apply();
        },
      );
    }
    void map.ready.then((m) => {
      if (!m || left) return;
      m.setSelected(route.selected);
      if (observatory)
        m.setOverlays(
          observatory.layers.map((id) => ({ id, title: layerTitles?.get(id) ?? id })),
          route.layers,
        );
    });
  }

  function reloadData(): void {
    keys.data = '';
    void apply();
  }

  void start();

  return {
    update(next: Route) {
      if (next.view !== 'dashboard') return;
      const previous = route;
      route = next;
      map.follow(previous.map, next.map);
      // Zoomed in: finer contours if needed; any other change reloads the data, at the contours for its zoom.
      if (!onlyMapMoved(previous, next)) void apply();
      else if (next.map) blocks.refine(next.map.zoom);
    },
    destroy() {
      left = true;
      blocks.cancel();
      chart.destroy();
      projection.destroy();
      map.destroy();
    },
  };
}
