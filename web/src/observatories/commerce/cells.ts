/**
 * What the map shows of the cells, as pure functions: the filters of the route applied to the survey's cells, the
 * legend of what the filters keep (with their counts), the points drawn by MapLibre, and the counts by activity.
 * A cell without activity (vacant, or under works without one) is kept or not by its status alone.
 */
import type { CellFeature, CellProperties } from './api';
import type { CarteRoute } from './route';
import { ACTIVITIES, ACTIVITY_COLOURS, ACTIVITY_LABELS, STATUS_LABELS, STATUSES, activityLabel, statusLabel, type Activity, type Status } from './words';

export function isShown(cell: CellProperties, route: Pick<CarteRoute, 'activities' | 'statuses'>): boolean {
  if (route.statuses !== null && !route.statuses.includes(cell.status as Status)) return false;
  if (route.activities !== null && cell.activity !== null && !route.activities.includes(cell.activity as Activity)) return false;
  return true;
}

export function shownCells(cells: readonly CellFeature[], route: Pick<CarteRoute, 'activities' | 'statuses'>): CellFeature[] {
  return cells.filter((c) => isShown(c.properties, route));
}

/** How a cell is drawn: an active one filled with its activity's colour, a vacant one a hollow grey ring, one under works a grey dot in a thick dark ring. */
export type Symbol = 'activity' | 'vacant' | 'travaux';

export function symbolOf(cell: CellProperties): Symbol {
  return cell.status === 'vacant' ? 'vacant' : cell.status === 'travaux' ? 'travaux' : 'activity';
}

export interface LegendEntry {
  key: string;
  label: string;
  symbol: Symbol;
  colour: string;
  count: number;
}

/**
 * The legend of what is shown: one entry per activity of the active cells kept, then the vacant and works entries
 * if their status is kept, each with its count among the cells shown. An entry with no cell is left out.
 */
export function legendEntries(shown: readonly CellFeature[]): LegendEntry[] {
  const byActivity = new Map<string, number>();
  const byStatus = new Map<string, number>();
  for (const { properties: p } of shown) {
    const symbol = symbolOf(p);
    if (symbol === 'activity') byActivity.set(p.activity ?? 'autre', (byActivity.get(p.activity ?? 'autre') ?? 0) + 1);
    else byStatus.set(symbol, (byStatus.get(symbol) ?? 0) + 1);
  }
  const entries: LegendEntry[] = ACTIVITIES.filter((a) => byActivity.has(a)).map((a) => ({
    key: a,
    label: ACTIVITY_LABELS[a],
    symbol: 'activity',
    colour: ACTIVITY_COLOURS[a],
    count: byActivity.get(a)!,
  }));
  for (const status of STATUSES.filter((s): s is 'vacant' | 'travaux' => s !== 'active' && byStatus.has(s))) {
    entries.push({ key: status, label: STATUS_LABELS[status], symbol: status, colour: '#7b7b7b', count: byStatus.get(status)! });
  }
  return entries;
}

export interface CellPoint {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { cell: string; symbol: Symbol; colour: string; chosen: boolean; label: string };
}

/** One line for a cell: "Boulangerie Martin, 12 rue d’Arras — Active, Alimentaire". */
export function cellLabel(p: CellProperties): string {
  const where = [p.name, p.address].filter((s) => s).join(', ') || p.cell;
  return `${where} — ${p.status_label || statusLabel(p.status)}${p.activity ? `, ${p.activity_label || activityLabel(p.activity)}` : ''}`;
}

export function cellPoints(shown: readonly CellFeature[], chosen: string | null): CellPoint[] {
  return shown.map((c) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: c.geometry.coordinates },
    properties: {
      cell: c.properties.cell,
      symbol: symbolOf(c.properties),
      colour: c.properties.activity ? (ACTIVITY_COLOURS[c.properties.activity as Activity] ?? ACTIVITY_COLOURS.autre) : '#7b7b7b',
      chosen: c.properties.cell === chosen,
      label: cellLabel(c.properties),
    },
  }));
}
