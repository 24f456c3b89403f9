/**
 * What the sites page says and draws, without the DOM: each kind's symbol (a shape and a letter, so that kinds are
 * told apart without colour), a site's figures in French, the sheet's lines, and the addresses of the downloads.
 */
import { apiUrl } from '../../../platform/api/client';
import { formatDecimal, formatInteger, MISSING } from '../../../platform/format';
import type { SiteKindTotal, SiteProperties } from './api';
import type { EnergieSitesRoute, SiteKindCode } from './route';

export type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'hexagon' | 'pentagon' | 'triangle-down' | 'star';

export interface KindSymbol {
  shape: Shape;
  /** Drawn inside the shape, on the map and in the legend. */
  letter: string;
  colour: string;
}

/** One symbol per kind: shapes and letters differ, colours only add to them (dark enough for white letters). */
export const SYMBOLS: Record<SiteKindCode, KindSymbol> = {
  eolien: { shape: 'triangle', letter: 'É', colour: '#1f5fa8' },
  pv_sol: { shape: 'square', letter: 'S', colour: '#8a5a00' },
  methanisation: { shape: 'circle', letter: 'M', colour: '#2e7031' },
  hydraulique: { shape: 'diamond', letter: 'H', colour: '#0b6b80' },
  valorisation_dechets: { shape: 'hexagon', letter: 'D', colour: '#6a3d9a' },
  reseau_chaleur: { shape: 'pentagon', letter: 'C', colour: '#b3261e' },
  gaz_de_mine: { shape: 'triangle-down', letter: 'G', colour: '#4a4a4a' },
  poste_source: { shape: 'star', letter: 'P', colour: '#000091' },
};

/** The outline of a shape as points in a box from −1 to 1 (y down); a circle is drawn as a circle. */
export function shapePoints(shape: Shape): [number, number][] {
  const regular = (n: number, rotation: number, radius = 1): [number, number][] =>
    Array.from({ length: n }, (_, i) => {
      const angle = rotation + (2 * Math.PI * i) / n;
      return [radius * Math.cos(angle), radius * Math.sin(angle)];
    });
  switch (shape) {
    case 'square':
      return [
        [-0.85, -0.85],
        [0.85, -0.85],
        [0.85, 0.85],
        [-0.85, 0.85],
      ];
    case 'triangle':
      return [
        [0, -1],
        [1, 0.8],
        [-1, 0.8],
      ];
    case 'triangle-down':
      return [
        [-1, -0.8],
        [1, -0.8],
        [0, 1],
      ];
    case 'diamond':
      return [
        [0, -1],
        [1, 0],
        [0, 1],
        [-1, 0],
      ];
    case 'hexagon':
      return regular(6, 0);
    case 'pentagon':
      return regular(5, -Math.PI / 2);
    case 'star':
      return regular(10, -Math.PI / 2).map(([x, y], i) => (i % 2 === 0 ? [x, y] : [x * 0.55, y * 0.55]));
    case 'circle':
      return regular(24, 0);
  }
}

export function isKind(kind: string): kind is SiteKindCode {
  return kind in SYMBOLS;
}

export function symbolOf(kind: string): KindSymbol {
  return isKind(kind) ? SYMBOLS[kind] : { shape: 'circle', letter: '?', colour: '#4a4a4a' };
}

/** "4,3 MWc", "—" when unknown. */
export function formatCapacity(value: number | null | undefined, unit: string | null | undefined): string {
  return value === null || value === undefined || !unit ? MISSING : `${formatDecimal(value, value < 1 ? 3 : 1)} ${unit}`;
}

export function formatGwh(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : `${formatDecimal(value, value < 1 ? 2 : 1)} GWh`;
}

export const STATUS_LABELS: Record<string, string> = { en_service: 'En service', projet: 'En projet', modernisation: 'En modernisation' };

/** A site's tooltip and accessible name: "Parc éolien de Valhuon (Valhuon) : 24,5 GWh par an". */
export function siteLabel(p: SiteProperties): string {
  const figure =
    p.kind === 'poste_source'
      ? `capacité S3RENR ${formatDecimal(p.s3renrCapacityMw ?? null, 0)} MW`
      : p.productionGwh !== null && p.productionGwh !== undefined
        ? `${formatGwh(p.productionGwh)} par an`
        : p.kindLabel.toLowerCase();
  return `${p.name} (${p.communeName}) : ${figure}${p.confidential ? ', projet confidentiel' : ''}`;
}

/** The sheet's lines, in order: label and text; lines without a value are left out. */
export function sheetLines(p: SiteProperties): [string, string][] {
  const lines: [string, string | null][] = [
    ['Filière', p.kindLabel],
    ['Exploitant', p.operator ?? null],
    ['Commune', p.epciName ? `${p.communeName} (${p.epciName})` : p.communeName],
    [p.kind === 'reseau_chaleur' ? 'Année de création' : 'Mise en service', p.commissionedYear ? String(p.commissionedYear) : null],
    ['Statut', STATUS_LABELS[p.status] ?? p.status],
    ['Puissance', p.capacity !== null && p.capacity !== undefined ? formatCapacity(p.capacity, p.capacityUnit) : null],
    [
      p.kind === 'reseau_chaleur' ? 'Chaleur livrée par an' : 'Production annuelle',
      p.productionGwh !== null && p.productionGwh !== undefined ? formatGwh(p.productionGwh) : null,
    ],
    ['Points de livraison', p.deliveryPoints !== null && p.deliveryPoints !== undefined ? formatInteger(p.deliveryPoints) : null],
    ['Capacité réservée (S3RENR)', p.s3renrCapacityMw !== null && p.s3renrCapacityMw !== undefined ? `${formatDecimal(p.s3renrCapacityMw, 1)} MW` : null],
    ['À savoir', p.note ?? null],
    ['Sources', p.source],
  ];
  return lines.filter((line): line is [string, string] => line[1] !== null);
}

/** The totals' sentence for one kind: "16 parcs éoliens, 234,3 MW, 492 GWh par an". */
export function totalLine(total: SiteKindTotal): string {
  const parts = [`${formatInteger(total.count)} ${total.count > 1 ? 'sites' : 'site'}`];
  if (total.capacity !== null && total.capacity !== undefined) parts.push(formatCapacity(total.capacity, total.capacityUnit));
  if (total.productionGwh !== null && total.productionGwh !== undefined) parts.push(`${formatGwh(total.productionGwh)} par an`);
  if (total.deliveryPoints !== null && total.deliveryPoints !== undefined) parts.push(`${formatInteger(total.deliveryPoints)} points de livraison`);
  if (total.s3renrCapacityMw !== null && total.s3renrCapacityMw !== undefined) parts.push(`${formatDecimal(total.s3renrCapacityMw, 0)} MW réservés (S3RENR)`);
  return parts.join(', ');
}

export type SiteFilters = Pick<EnergieSitesRoute, 'kind' | 'territory'>;

/** The sites of the filters in the API (GeoJSON, or a table: CSV or XLSX). */
export function sitesUrl(filters: SiteFilters, format: 'geojson' | 'csv' | 'xlsx' = 'geojson'): string {
  return apiUrl({
    path: '/api/v1/energie/sites',
    query: { kind: filters.kind, territory: filters.territory, format: format === 'geojson' ? null : format },
  });
}

/** The OGC layer for QGIS: the public one, or the partners' one for a signed-in partner or the agency. */
export function layerId(audience: string): string {
  return audience === 'public' ? 'energie-sites' : 'energie-sites-partenaires';
}
