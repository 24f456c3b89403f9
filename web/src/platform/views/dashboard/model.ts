/**
 * The dashboard's rules, as plain functions (unit-tested in model.test.ts): the legend's classes, base 100, the
 * periods, levels and numbers of classes offered, the gaps said, and what a change of route must reload.
 */
import type { IndicatorDetail, IndicatorSummary, Legend, MapProperties, TerritoryNames, ValueItem } from '../../api/types';
import type { TerritoryChoices } from '../../context';
import { formatFigure, formatPeriod, formatShare, formatSigned, formatValue, statusLabel } from '../../format';
import { DEFAULT_METHOD, MAX_CLASSES, MIN_CLASSES, type ClassMethod, type DashboardRoute, type MapPosition } from '../../routes';
import type { Option } from '../../ui/components';

export const METHODS: Option[] = [
  { value: 'quantile', label: 'Quantiles (effectifs égaux)' },
  { value: 'jenks', label: 'Seuils naturels (Jenks)' },
  { value: 'equal', label: 'Intervalles égaux' },
];

/** The methods offered for an indicator: its fixed classes first when it has some (the report's, by their name). */
export function methodOptions(indicator: Pick<IndicatorSummary, 'fixedClasses'>): Option[] {
  const fixed = indicator.fixedClasses;
  return fixed ? [{ value: 'fixed', label: fixed.name }, ...METHODS] : METHODS;
}

/** The method drawn: the one asked when the indicator offers it, else its fixed classes, else quantiles. */
export function effectiveMethod(asked: ClassMethod | null, indicator: Pick<IndicatorSummary, 'fixedClasses'>): ClassMethod {
  if (asked === 'fixed') return indicator.fixedClasses ? 'fixed' : DEFAULT_METHOD;
  return asked ?? (indicator.fixedClasses ? 'fixed' : DEFAULT_METHOD);
}

/** The territories every indicator is compared to: the département and the région. */
export const REFERENCES = ['departement:62', 'region:32'];

/** A class of the legend in words: "de 1 535 à moins de 4 077". */
export function classLabel(legend: Legend, index: number, decimals: number): string {
  const item = legend.classes[index];
  if (!item) return '';
  const last = index === legend.classes.length - 1;
  const lower = formatValue(item.lower, Math.max(decimals, 1));
  const upper = formatValue(item.upper, Math.max(decimals, 1));
  return last ? `de ${lower} à ${upper}` : `de ${lower} à moins de ${upper}`;
}

/** The class of a value in the legend (lower bound inclusive, upper exclusive except for the last class). */
export function classOf(legend: Legend | null, row: Pick<ValueItem, 'value' | 'status'>): number | null {
  if (!legend || row.value === null || row.status === 'secret') return null;
  const classes = legend.classes;
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i]!;
    if (row.value >= c.lower && (row.value < c.upper || i === classes.length - 1)) return i;
  }
  return null;
}

/** The classification method in words. */
export function methodLabel(method: string, scheme?: string | null): string {
  if (method === 'fixed' && scheme) return scheme;
  return METHODS.find((m) => m.value === method)?.label ?? method;
}

/** Base 100 as asked in the URL, else for counts (sums): a commune and the région only compare as indices. */
export function baseHundred(asked: boolean | null, indicator: IndicatorSummary | null): boolean {
  return asked ?? indicator?.aggregation === 'sum';
}

/** The period shown: the one asked when the indicator has it, else the latest (`unknown` when one was asked). */
export function choosePeriod(periods: readonly string[], asked: string | null): { period: string; unknown: boolean } {
  const latest = periods[periods.length - 1] ?? '';
  if (asked === null) return { period: latest, unknown: false };
  return periods.includes(asked) ? { period: asked, unknown: false } : { period: latest, unknown: true };
}

/** The periods of the selector, the latest first. */
export function periodOptions(periods: readonly string[]): Option[] {
  return [...periods].reverse().map((p) => ({ value: p, label: formatPeriod(p) }));
}

/** The map's levels the indicator has (stored or aggregated): communes, EPCIs. */
export function levelOptions(detail: Pick<IndicatorDetail, 'storedLevels' | 'aggregableLevels'>): Option[] {
  return ['commune', 'epci']
    .filter((l) => detail.aggregableLevels.includes(l) || detail.storedLevels.includes(l))
    .map((l) => ({ value: l, label: l === 'epci' ? 'Intercommunalités (EPCI)' : 'Communes' }));
}

/** The numbers of classes offered, MIN_CLASSES to MAX_CLASSES. */
export function classCountOptions(): Option[] {
  return Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => ({ value: String(i + MIN_CLASSES), label: String(i + MIN_CLASSES) }));
}

/** The series of the chart: the zone, the selected territory, then the references, each once. */
export function seriesTerritories(zone: string, selected: string | null): string[] {
  const territories = [zone];
  if (selected && selected !== zone) territories.push(selected);
  for (const r of REFERENCES) if (!territories.includes(r)) territories.push(r);
  return territories;
}

/** The references the zone is compared to (itself left out), then its peer groups. */
export function compareReferences(zone: string, peerGroups: readonly string[] = []): string {
  return [...REFERENCES.filter((r) => r !== zone), ...peerGroups].join(',');
}

/** A peer group's members by name: "recalculé sur CA Douaisis Agglo, CU d'Arras et CA Valenciennes Métropole". */
export function peersSentence(members: readonly { territory: { name: string } }[]): string {
  const names = members.map((m) => m.territory.name);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}` : (names[0] ?? '');
  return names.length === 0 ? 'aucun membre' : `recalculé sur ${listed}`;
}

/**
 * The gap of the key figure to a reference, " (écart +1,5 pt)": said for rates and means only (a count's gap to the
 * région says nothing), in points for percentages; '' when the API gives none.
 */
export function referenceGap(reference: { gap: number | null; relativeGap: number | null }, indicator: IndicatorSummary): string {
  if (reference.relativeGap === null || indicator.aggregation === 'sum') return '';
  return ` (écart ${formatSigned(reference.gap, indicator.decimals)}${indicator.unit === '%' ? ' pt' : ''})`;
}

/**
 * What the ranking compares each territory with its zone by: its share of the zone's total for counts and sums (a
 * commune's gap to its EPCI's total, "Lens −137 014 salariés", says nothing), the gap for rates, means and indices.
 */
export function rankingComparison(indicator: Pick<IndicatorSummary, 'aggregation'>): 'share' | 'gap' {
  return indicator.aggregation === 'sum' ? 'share' : 'gap';
}

/**
 * The heading of that column, with the zone as French names it (the API's names: "dans le périmètre de l’AULA",
 * "au Pas-de-Calais"): "Part dans le périmètre de l’AULA", "Écart au Pas-de-Calais (points)". A zone's figure that
 * covers only some of its communes says so (`coverage`, coverageNote's words): "Part dans le Pas-de-Calais, sur 318
 * des 887 communes".
 */
export function comparisonColumnLabel(indicator: Pick<IndicatorSummary, 'aggregation' | 'unit'>, zone: TerritoryNames | null, coverage = ''): string {
  const partial = coverage ? `, ${coverage}` : '';
  if (rankingComparison(indicator) === 'share') return zone ? `Part ${zone.in}${partial}` : 'Part du total de la zone';
  const unit = indicator.unit === '%' ? 'points' : indicator.unit;
  return `${zone ? `Écart ${zone.to}${partial}` : 'Écart à la zone'}${unit ? ` (${unit})` : ''}`;
}

/** A ranked territory against its zone: its share of the zone's total ("12,3 %"), or its gap ("+1,5"). */
export function comparisonCell(
  indicator: Pick<IndicatorSummary, 'aggregation' | 'decimals'>,
  row: Pick<ValueItem, 'value' | 'status' | 'gapToParent'>,
  zone: { value: number | null; status: string | null } | null,
): string {
  if (rankingComparison(indicator) === 'gap') return formatSigned(row.gapToParent, indicator.decimals);
  if (row.status === 'secret' || row.status === 'restricted' || !zone || zone.status === 'secret' || zone.status === 'restricted') return '—';
  return formatShare(row.value, zone.value);
}

/** The sort key of that column: the share or the gap (nulls last). */
export function comparisonKey(
  indicator: Pick<IndicatorSummary, 'aggregation'>,
  row: Pick<ValueItem, 'value' | 'status' | 'gapToParent'>,
  zone: { value: number | null } | null,
): number | null {
  if (rankingComparison(indicator) === 'gap') return row.gapToParent;
  return row.value === null || row.status === 'secret' || !zone?.value ? null : row.value / zone.value;
}

/** The zone's label from the selector lists, or its id. */
export function zoneName(choices: TerritoryChoices | null, id: string): string {
  if (!choices) return id;
  return [...choices.groupements, ...choices.epcis, ...choices.departements].find((t) => t.id === id)?.name ?? id;
}

/** A territory of the map in words (tooltip, screen readers): "Arras : 41 000 habitants (provisoire)". */
export function describeTerritory(p: MapProperties, indicator: IndicatorSummary | null): string {
  const value = indicator ? formatFigure(p.value, p.status, indicator.decimals, indicator.unit) : String(p.value ?? '');
  const status = p.status && p.status !== 'secret' ? ` (${statusLabel(p.status)})` : '';
  return `${p.name} : ${value}${status}`;
}

/** What the map, the legend, the ranking and the key figure show: they reload when it changes. */
export function dataKey(code: string, period: string, route: DashboardRoute): string {
  return [code, period, route.level, route.zone, route.method, route.classes].join('|');
}

/** What the chart shows: it reloads when it changes. */
export function seriesKey(code: string, route: DashboardRoute, index: boolean): string {
  return [code, route.zone, index, route.selected].join('|');
}

/** Whether two routes differ by the map's position only (nothing to reload). */
export function onlyMapMoved(previous: DashboardRoute, next: DashboardRoute): boolean {
  return JSON.stringify({ ...previous, map: null }) === JSON.stringify({ ...next, map: null });
}

export function samePosition(a: MapPosition | null, b: MapPosition | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The map's extent key: the map fits its data when it changes, except the first time if the URL gives a position. */
export const fitKey = (route: Pick<DashboardRoute, 'level' | 'zone'>): string => `${route.level}|${route.zone}`;

export function shouldFit(fitted: string, next: string, positionInUrl: boolean): boolean {
  return fitted !== next && !(fitted === '' && positionInUrl);
}

/** The downloaded files' name, without extension: "emploi.salaries_commune_groupement-aula_2023". */
export function downloadName(code: string, level: string, zone: string, period: string): string {
  return `${code}_${level}_${zone.replace(':', '-')}_${period}`;
}
