/**
 * The Toile's words and figures: labels of kinds, carriers and statuses, a flow's volume as the reader may see it
 * (exact, or its class), the width a flow is drawn with, the large sites' share in a sentence, and the display
 * positions of nodes that share a point (anonymised sites all stand at their EPCI's point).
 */
import { formatDecimal, formatInteger } from '../../../platform/format';
import type { ToileEdge, ToileNode, ToileTotals } from './api';

export const KIND_LABELS: Record<string, string> = {
  consommateur: 'Site industriel',
  producteur: 'Producteur',
  poste_source: 'Poste source',
  reseau_chaleur: 'Réseau de chaleur',
};

/** The shape each kind is drawn with (the map's symbols and the legend): readable without colour. */
export const KIND_SHAPES: Record<string, 'circle' | 'triangle' | 'square' | 'diamond'> = {
  consommateur: 'circle',
  producteur: 'triangle',
  poste_source: 'square',
  reseau_chaleur: 'diamond',
};

export const CARRIER_LABELS: Record<string, string> = {
  electricite: 'Électricité',
  gaz: 'Gaz',
  chaleur: 'Chaleur',
  biogaz: 'Biogaz',
  vapeur: 'Vapeur',
};

/** One colour per carrier (the dash and the width say the rest). */
export const CARRIER_COLOURS: Record<string, string> = {
  electricite: '#000091',
  gaz: '#8a5a00',
  chaleur: '#c9191e',
  biogaz: '#18753c',
  vapeur: '#6e445a',
};

export const EDGE_KIND_LABELS: Record<string, string> = {
  supply: 'Approvisionnement',
  exchange: 'Échange entre sites',
  waste_heat: 'Chaleur de récupération',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export function carrierLabel(carrier: string): string {
  return CARRIER_LABELS[carrier] ?? carrier;
}

export function statusLabel(status: string): string {
  return status === 'potential' ? 'Potentiel' : 'Existant';
}

/** "12,3 GWh/an", or the class when the reader may not see it ("10 à 25 GWh/an"). */
export function volumeText(edge: Pick<ToileEdge, 'gwh' | 'volumeClass'>): string {
  return edge.gwh === null ? edge.volumeClass.label : `${formatDecimal(edge.gwh, 1)} GWh/an`;
}

/** The volume a flow is drawn and sorted by: exact, or the middle of its class (the last class: its lower bound). */
export function drawnVolume(edge: Pick<ToileEdge, 'gwh' | 'volumeClass'>): number {
  if (edge.gwh !== null) return edge.gwh;
  const { min, max } = edge.volumeClass;
  return max === null ? min : (min + max) / 2;
}

/** Line width in pixels, by the square root of the volume (1.5 px to 12 px), as the printed Toile draws its flows. */
export function lineWidth(gwh: number): number {
  return Math.min(12, 1.5 + Math.sqrt(Math.max(0, gwh)) * 0.5);
}

/** Why some flows are missing for the reader, or null when it sees them all. */
export function withheldFlowsSentence(totals: ToileTotals): string | null {
  if (totals.withheldFlows === 0) return null;
  const n = totals.withheldFlows;
  return `${formatInteger(n)} flux d’alimentation électrique de sites anonymisés ${n > 1 ? 'ne sont pas affichés' : 'n’est pas affiché'} : chaque site est alimenté par le poste source le plus proche, ce qui le situerait.`;
}

/** The large sites' share, as the report says it, or why it is not given. */
export function shareSentence(totals: ToileTotals): string {
  if (totals.withheld) return `Leur consommation totale n’est pas affichée pour votre clé : elle révélerait celle d’un ou deux sites par différence.`;
  if (totals.largeSitesShare === null || totals.industrialConsumptionYear === null)
    return `La part de la consommation industrielle n’est pas calculable : les comptes de l’énergie ne donnent pas encore la consommation de l’industrie.`;
  return `Les ${totals.largeSites} sites de plus de 10 GWh par an consomment ${formatDecimal(totals.largeSitesGwh, 0)} GWh, soit ${formatDecimal(totals.largeSitesShare, 1)} % de la consommation industrielle (${totals.industrialConsumptionYear}).`;
}

/** A node's label with its kind when its label does not say it: "Réseau de chaleur de Lens", "Producteur : UVE…". */
export function nodeTitle(node: Pick<ToileNode, 'kind' | 'label' | 'anonymised'>): string {
  return node.anonymised || node.kind === 'reseau_chaleur' || node.kind === 'poste_source' ? node.label : `${kindLabel(node.kind)} : ${node.label}`;
}

/**
 * Display positions: nodes sharing a point (anonymised sites at their EPCI's point) are spread on a small circle
 * around it, so that each can be seen and clicked; the others stay where they are. Only the drawing moves them.
 */
export function spreadPositions(nodes: readonly Pick<ToileNode, 'id' | 'longitude' | 'latitude'>[], radius = 0.025): Map<number, [number, number]> {
  const groups = new Map<string, Pick<ToileNode, 'id' | 'longitude' | 'latitude'>[]>();
  for (const node of nodes) {
    const key = `${node.longitude},${node.latitude}`;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const positions = new Map<number, [number, number]>();
  for (const group of groups.values()) {
    group.forEach((node, i) => {
      if (group.length === 1) {
        positions.set(node.id, [node.longitude, node.latitude]);
        return;
      }
      const angle = (2 * Math.PI * i) / group.length;
      // A degree of longitude is shorter than one of latitude at 50° N: the circle stays round on the map.
      positions.set(node.id, [
        node.longitude + (radius * Math.cos(angle)) / Math.cos((node.latitude * Math.PI) / 180),
        node.latitude + radius * Math.sin(angle),
      ]);
    });
  }
  return positions;
}
