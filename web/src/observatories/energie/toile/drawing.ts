/** What the map draws of the Toile: its nodes at their display positions, its flows between them, each with its label. */
import type { Toile } from './api';
import { CARRIER_COLOURS, carrierLabel, drawnVolume, lineWidth, nodeTitle, spreadPositions, statusLabel, volumeText } from './domain';
import type { ToileDrawing } from './toileMap';

export function toileDrawing(toile: Toile): ToileDrawing {
  const positions = spreadPositions(toile.nodes);
  const byId = new Map(toile.nodes.map((n) => [n.id, n]));
  return {
    nodes: {
      type: 'FeatureCollection',
      features: toile.nodes.map((node) => ({
        type: 'Feature' as const,
        id: node.id,
        geometry: { type: 'Point' as const, coordinates: positions.get(node.id)! },
        properties: { id: node.id, kind: node.kind, label: `${nodeTitle(node)}${node.anonymised ? ' (position approchée : son EPCI)' : ''}` },
      })),
    },
    flows: {
      type: 'FeatureCollection',
      features: toile.edges.map((edge) => ({
        type: 'Feature' as const,
        id: edge.id,
        geometry: { type: 'LineString' as const, coordinates: [positions.get(edge.from)!, positions.get(edge.to)!] },
        properties: {
          id: edge.id,
          status: edge.status,
          colour: CARRIER_COLOURS[edge.carrier] ?? '#3a3a3a',
          width: lineWidth(drawnVolume(edge)),
          label: `${carrierLabel(edge.carrier)}, ${statusLabel(edge.status).toLowerCase()} : ${byId.get(edge.from)?.label ?? edge.from} → ${byId.get(edge.to)?.label ?? edge.to}, ${volumeText(edge)}`,
        },
      })),
    },
  };
}

/** The map's accessible name. */
export function mapLabel(toile: Toile): string {
  return `Carte de la Toile énergétique : ${toile.nodes.length} nœuds et ${toile.edges.length} flux, l’épaisseur des lignes suit le volume, les flux potentiels en tirets. Le tableau des flux suit la carte.`;
}
