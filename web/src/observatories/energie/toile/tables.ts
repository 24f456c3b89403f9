/** The flows table (the map's alternative), the synergy candidates and a node's neighbourhood. */
import { formatDecimal, formatInteger } from '../../../platform/format';
import { sortableTable, type Column } from '../../../platform/ui/components';
import { h } from '../../../platform/ui/dom';
import type { Neighbourhood, SynergyCandidate, Toile, ToileEdge, ToileNode } from './api';
import { carrierLabel, drawnVolume, EDGE_KIND_LABELS, kindLabel, nodeTitle, statusLabel, volumeText } from './domain';

/** A node's name as a button that opens its neighbourhood. */
function nodeButton(node: Pick<ToileNode, 'id' | 'label'> | undefined, id: number, open: (id: number) => void): HTMLElement {
  const button = h('button', { type: 'button', class: 'link-button', 'data-node': String(id) }, node?.label ?? `nœud ${id}`);
  button.addEventListener('click', () => open(id));
  return button;
}

export function flowsTable(toile: Toile, open: (id: number) => void): HTMLElement {
  const byId = new Map(toile.nodes.map((n) => [n.id, n]));
  const columns: Column<ToileEdge>[] = [
    { key: 'from', label: 'De', cell: (e) => nodeButton(byId.get(e.from), e.from, open), sort: (e) => byId.get(e.from)?.label ?? '' },
    { key: 'to', label: 'Vers', cell: (e) => nodeButton(byId.get(e.to), e.to, open), sort: (e) => byId.get(e.to)?.label ?? '' },
    { key: 'carrier', label: 'Énergie', cell: (e) => carrierLabel(e.carrier), sort: (e) => carrierLabel(e.carrier) },
    { key: 'kind', label: 'Nature', cell: (e) => EDGE_KIND_LABELS[e.kind] ?? e.kind, sort: (e) => e.kind },
    { key: 'status', label: 'Statut', cell: (e) => statusLabel(e.status), sort: (e) => e.status },
    { key: 'volume', label: 'Volume annuel', cell: (e) => volumeText(e), sort: (e) => drawnVolume(e), numeric: true },
  ];
  return sortableTable(
    `Les ${formatInteger(toile.edges.length)} flux de la Toile`,
    columns,
    toile.edges,
    { key: 'volume', direction: 'descending' },
    (e) => ({ 'data-edge': String(e.id) }),
    { size: 25 },
  ).element;
}

export function synergiesTable(candidates: readonly SynergyCandidate[], distance: number, open: (id: number) => void): HTMLElement {
  if (candidates.length === 0) return h('p', { class: 'note', 'data-testid': 'no-synergy' }, `Aucune paire à moins de ${distance} km.`);
  const columns: Column<SynergyCandidate>[] = [
    { key: 'rank', label: 'Rang', cell: (c) => c.rank, sort: (c) => c.rank, numeric: true },
    { key: 'source', label: 'Chaleur de récupération', cell: (c) => nodeButton(c.source, c.source.id, open), sort: (c) => c.source.label },
    { key: 'demand', label: 'Besoin de chaleur', cell: (c) => nodeButton(c.demand, c.demand.id, open), sort: (c) => c.demand.label },
    {
      key: 'distance',
      label: 'Distance',
      cell: (c) => (c.distanceKm === null ? c.distanceClass.label : `${formatDecimal(c.distanceKm, 1)} km`),
      sort: (c) => c.distanceKm ?? c.distanceClass.min,
      numeric: true,
    },
    {
      key: 'volume',
      label: 'Volume échangeable',
      cell: (c) => (c.exchangeableGwh === null ? c.exchangeableClass.label : `${formatDecimal(c.exchangeableGwh, 1)} GWh/an`),
      sort: (c) => c.exchangeableGwh ?? c.exchangeableClass.min,
      numeric: true,
    },
    { key: 'link', label: 'Lien dans la Toile', cell: (c) => (c.link === null ? 'aucun' : statusLabel(c.link).toLowerCase()), sort: (c) => c.link ?? '' },
  ];
  return sortableTable(
    `Paires à moins de ${distance} km, du plus grand volume échangeable au plus petit`,
    columns,
    [...candidates],
    { key: 'rank', direction: 'ascending' },
    (c) => ({ 'data-pair': `${c.source.id}-${c.demand.id}` }),
    { size: 25 },
  ).element;
}

/** A node's facts, in the words of its kind; anonymised sites say what is hidden and why. */
function facts(node: ToileNode): string[] {
  const lines: string[] = [`${kindLabel(node.kind)}, ${node.territoryName}`];
  if (node.anonymised) {
    lines.push(`Consommation : ${node.consumptionClass?.label ?? '—'}`);
    lines.push('Nom, volumes exacts et position réservés aux partenaires du groupe de travail énergie de son territoire ; position affichée : son EPCI.');
    return lines;
  }
  if (node.consumptionGwh !== null) lines.push(`Consommation : ${formatDecimal(node.consumptionGwh, 1)} GWh/an`);
  if (node.consumptionByCarrier?.length)
    lines.push(`Par énergie : ${node.consumptionByCarrier.map((c) => `${c.carrier} ${formatDecimal(c.gwh, 1)}`).join(', ')} GWh`);
  if (node.emissionsKt !== null) lines.push(`Émissions directes : ${formatDecimal(node.emissionsKt, 1)} kt CO₂e/an`);
  if (node.productionGwh !== null) lines.push(`Production : ${formatDecimal(node.productionGwh, 1)} GWh/an`);
  if (node.capacityMw !== null) lines.push(`Capacité S3REnR disponible : ${formatDecimal(node.capacityMw, 0)} MW`);
  if (node.createdYear !== null) lines.push(`Créé en ${node.createdYear}, ${formatInteger(node.deliveryPoints)} points de livraison`);
  if (node.wasteHeatGwh !== null) lines.push(`Chaleur fatale récupérable : ${formatDecimal(node.wasteHeatGwh, 1)} GWh/an`);
  if (node.heatDemandGwh !== null) lines.push(`Besoin de chaleur valorisable : ${formatDecimal(node.heatDemandGwh, 1)} GWh/an`);
  return lines;
}

export function neighbourhoodPanel(around: Neighbourhood, open: (id: number) => void, close: () => void): HTMLElement {
  const closeButton = h('button', { type: 'button', class: 'button button--tertiary' }, 'Fermer');
  closeButton.addEventListener('click', close);
  const byId = new Map(around.neighbours.map((n) => [n.id, n]));
  return h(
    'article',
    { class: 'toile-node', 'data-node': String(around.node.id) },
    h('h3', { tabindex: '-1' }, nodeTitle(around.node)),
    h('ul', {}, ...facts(around.node).map((line) => h('li', {}, line))),
    h('h4', {}, `${around.edges.length} flux`),
    h(
      'ul',
      { 'data-testid': 'neighbourhood-flows' },
      ...around.edges.map((edge) => {
        const other = edge.from === around.node.id ? edge.to : edge.from;
        return h(
          'li',
          {},
          `${edge.from === around.node.id ? 'vers' : 'de'} `,
          nodeButton(byId.get(other), other, open),
          ` : ${carrierLabel(edge.carrier).toLowerCase()}, ${statusLabel(edge.status).toLowerCase()}, ${volumeText(edge)}`,
        );
      }),
    ),
    closeButton,
  );
}
