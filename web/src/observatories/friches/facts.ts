/**
 * A site's characterisation in French: the fields of its sheet in the order the land team reads them, and the value
 * of each criterion of its score ("known" → "avérée", "13083 m" → "13 083 m"). Plain functions, no DOM.
 */
import type { SiteSheet } from './api';
import { statusLabel } from './domain';
import { formatDate, formatDecimal, formatInteger, MISSING } from '../../platform/format';

const VALUE_LABELS: Record<string, Record<string, string>> = {
  pollution: { known: 'avérée', suspected: 'suspectée', none: 'aucune', unknown: 'inconnue' },
  ownership: { public: 'publique', private: 'privée', mixed: 'mixte', unknown: 'inconnue' },
  buildings: { good: 'bon état', none: 'pas de bâti', degraded: 'dégradé', ruined: 'en ruine', unknown: 'inconnu' },
  planning_zone: { U: 'zone urbaine (U)', AU: 'à urbaniser (AU)', A: 'agricole (A)', N: 'naturelle (N)' },
  constraints: {},
  road_access: {},
  station_access: {},
  area: {},
};

/** A criterion's value in French ("known" → "avérée", "850 m" → "850 m", "2.5 ha" → "2,5 ha"). */
export function criterionValue(criterion: string, value: string): string {
  const label = VALUE_LABELS[criterion]?.[value];
  if (label) return label;
  if (value === 'inconnue') return 'inconnue';
  const measure = /^(\d+(?:\.\d+)?) (m|ha)$/.exec(value);
  if (measure) return `${formatDecimal(Number(measure[1]), 1)}\u00a0${measure[2]}`;
  return value;
}

function valueLabel(criterion: string, value: string): string {
  return VALUE_LABELS[criterion]![value] ?? value;
}

/** A distance in metres, in kilometres from 1 km: "850 m", "13,1 km"; "inconnue" when unknown. */
export function metres(value: number | null): string {
  return value === null ? 'inconnue' : value >= 1000 ? `${formatDecimal(value / 1000, 1)}\u00a0km` : `${formatInteger(value)}\u00a0m`;
}

function yesNo(value: boolean): string {
  return value ? 'oui' : 'non';
}

/** The sheet's field check: its date, or that it has not been made yet. */
export function fieldCheck(checkedOn: string | null | undefined, prefix = ''): string {
  return checkedOn ? `${prefix}${formatDate(checkedOn)}` : 'pas encore vérifiée sur le terrain';
}

/** Every field of the characterisation sheet, in French, in the order the land team reads it. */
export function sheetFacts(sheet: SiteSheet, epciName: string | null): [string, string][] {
  return [
    ['Commune', sheet.communeName],
    ['Intercommunalité', epciName ?? sheet.epciId ?? MISSING],
    ['Surface', `${formatDecimal(sheet.areaHa, 2)}\u00a0ha`],
    ['Activité passée', sheet.formerActivity],
    ['Maîtrise foncière', valueLabel('ownership', sheet.ownership)],
    ['Pollution des sols', valueLabel('pollution', sheet.pollution)],
    [
      'Bâti',
      `${valueLabel('buildings', sheet.buildingState)}${sheet.buildingSurfaceM2 ? `, ${formatInteger(sheet.buildingSurfaceM2)}\u00a0m² d’emprise` : ''}`,
    ],
    ['Zonage du document d’urbanisme', valueLabel('planning_zone', sheet.planningZone)],
    ['Distance à un axe routier principal', metres(sheet.distanceRoadM)],
    ['Distance à une gare', metres(sheet.distanceStationM)],
    ['Distance à une voie d’eau', metres(sheet.distanceWaterwayM)],
    ['Zone inondable', yesNo(sheet.floodRisk)],
    ['Espace protégé', yesNo(sheet.protectedArea)],
    ['Statut', statusLabel(sheet.status)],
    ['Vérification de terrain', fieldCheck(sheet.fieldCheckedOn)],
    ['Repérée le', formatDate(sheet.identifiedOn)],
    ['Dernier changement de statut', formatDate(sheet.statusChangedOn)],
  ];
}
