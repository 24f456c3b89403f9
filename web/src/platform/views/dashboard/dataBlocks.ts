/**
 * The blocks that show an indicator at a period in a zone: the key figure, the legend, the ranking, the map's data and
 * the selected territory. Each block on its own: one failure never blanks the others; answers to an older load are
 * dropped.
 */
import type { IndicatorSummary, Legend, MapFeatureCollection, ValueItem } from '../../api/types';
import { formatPeriod, levelLabel } from '../../format';
import type { DashboardRoute } from '../../routes';
import { loading, showError } from '../../ui/components';
import { replaceContent } from '../../ui/dom';
import { explain, resolutionFor, type DashboardReads, type DataQuery, type Resolution } from './data';
import { keyFigureContent } from './keyFigure';
import { legendFigure } from './legend';
import type { MapPanel } from './mapPanel';
import { fitKey } from './model';
import { markSelected, rankingContent } from './ranking';
import { selectedPanel } from './selected';

export interface DataBlocksProps {
  reads: DashboardReads;
  keyFigure: HTMLElement;
  ranking: HTMLElement;
  map: MapPanel;
  /** The route now (read when the answers come and when the user acts). */
  route(): DashboardRoute;
  navigate(changes: Partial<DashboardRoute>): void;
}

export interface DataBlocks {
  /** Loads and shows the indicator's data; `retry` is offered with each block's failure. */
  load(query: DataQuery, ind: IndicatorSummary, zoneWords: string, retry: () => void): Promise<void>;
  /** Shows the route's selected territory (under the map, and its row in the ranking). */
  showSelected(): void;
  /** The map is at this zoom now: finer contours if it needs them (never coarser, those drawn serve when zooming out). */
  refine(zoom: number): void;
  /** Drops the answers of the load under way (the view is left). */
  cancel(): void;
}

export function mountDataBlocks({ reads, keyFigure, ranking, map, route, navigate }: DataBlocksProps): DataBlocks {
  let generation = 0;
  let shown: IndicatorSummary | null = null;
  let rows: ValueItem[] = [];
  let legend: Legend | null = null;
  /** The map of the latest load: what it shows, and the contours drawn or asked for. */
  let mapped: { q: DataQuery; ind: IndicatorSummary; zoneWords: string; retry: () => void; current: () => boolean; resolution: Resolution } | null = null;

  function showSelected(): void {
    const selected = route().selected;
    const row = selected ? rows.find((r) => r.territory.id === selected) : undefined;
    if (!shown || !row) {
      replaceContent(map.selectedSlot);
      return;
    }
    markSelected(ranking, selected);
    replaceContent(map.selectedSlot, selectedPanel({ row, total: rows.length, ind: shown, onClear: () => navigate({ selected: null }) }));
  }

  /** Asks for the map's GeoJSON and draws it, unless a newer load or finer contours were asked for meanwhile. */
  async function drawMap(m: NonNullable<typeof mapped>, resolution: Resolution): Promise<void> {
    const { q, ind, zoneWords, retry } = m;
    const current = (): boolean => m.current() && m.resolution === resolution;
    let answer: MapFeatureCollection;
    try {
      answer = await reads.map(q, resolution);
    } catch (error) {
      if (current()) map.failed(explain(error, q.zone), retry);
      return;
    }
    await map.draw(
      answer,
      () => ({
        extent: fitKey(q),
        positionInUrl: route().map !== null,
        selected: route().selected,
        label: `Carte choroplèthe : ${ind.label} par ${levelLabel(q.level)}, ${zoneWords}, ${formatPeriod(q.period)}. Les valeurs sont dans le tableau de classement.`,
        drawn: `${q.code}|${q.period}|${q.level}|${q.zone}|${q.method}|${q.classes}`,
      }),
      current,
    );
  }

  async function load(q: DataQuery, ind: IndicatorSummary, zoneWords: string, retry: () => void): Promise<void> {
    const mine = ++generation;
    const current = (): boolean => mine === generation;
    const fail = (slot: HTMLElement) => (error: unknown) => {
      if (current()) showError(slot, explain(error, q.zone), retry);
    };
    shown = ind;
    map.loading(`Carte : ${ind.label} par ${levelLabel(q.level)}, ${formatPeriod(q.period)}`);
    replaceContent(ranking, loading('Chargement du classement…'));
    replaceContent(keyFigure, loading('Chargement du chiffre clé…'));

    const breaks = reads.breaks(q);
    const values = reads.values(q);
    const compare = reads.compare(q);
    // The map's GeoJSON only once the map nears the screen (mapPanel.ts), and only for the latest load; its contours
    // for the zoom in the URL, if any (the first view is fitted to the zone: medium).
    const m = { q, ind, zoneWords, retry, current, resolution: resolutionFor(route().map?.zoom) };
    mapped = m;
    void map.near.then(() => (current() ? drawMap(m, m.resolution) : undefined));

    void compare.then((answer) => current() && replaceContent(keyFigure, ...keyFigureContent(answer, ind)), fail(keyFigure));
    await Promise.allSettled([
      breaks.then((answer) => {
        if (!current()) return;
        legend = answer.legend;
        replaceContent(map.legendSlot, legendFigure(answer.legend, ind, levelLabel(q.level, true)));
      }, fail(map.legendSlot)),
      Promise.allSettled([values, breaks]).then(([answer]) => {
        if (!current()) return;
        if (answer.status === 'rejected') return fail(ranking)(answer.reason);
        rows = answer.value.items;
        const toggle = (id: string): void => navigate({ selected: id === route().selected ? null : id });
        replaceContent(
          ranking,
          ...rankingContent({ answer: answer.value, ind, level: q.level, zoneWords, legend, selected: () => route().selected, onToggle: toggle }),
        );
      }),
    ]);
    if (current()) showSelected();
  }

  return {
    load,
    showSelected,
    refine(zoom) {
      const m = mapped;
      if (!m || !m.current() || resolutionFor(zoom) !== 'full' || m.resolution === 'full') return;
      m.resolution = 'full';
      void map.near.then(() => drawMap(m, 'full'));
    },
    cancel: () => void generation++,
  };
}
