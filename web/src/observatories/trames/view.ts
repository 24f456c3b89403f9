/**
 * Trames écologiques de la CALL: the green, blue, night and agricultural networks on a map (a toggle per network, a
 * legend, the list of elements as the map's alternative); for a partner editor "Proposer une modification" (draw or
 * paste the geometry, or choose an element to modify or remove) and "Mes demandes" with their state; for the agency
 * the review queue with accept / reject. The hidden networks are in the URL; the map is loaded near the screen.
 */
import './trames.css';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { checkboxField, loading, mountMap, showError, sortableTable, tableAlternative, type Column } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { nearViewport } from '../../platform/ui/nearViewport';
import { collectionOf, type ElementCollection, type ElementFeature, type Kind } from './api';
import type { NetworksMap } from './networksMap';
import { proposalForm, type ProposalForm } from './proposal';
import { requestsPanel } from './requests';
import { isTramesRoute, NETWORKS, tramesUrl, type TramesRoute } from './route';
import { KIND_LABELS, NETWORK_STYLES, STATUS_LABELS } from './words';

const EDITORS = ['partner_editor', 'agency_editor', 'admin'];
const AGENCY = ['agency_editor', 'admin'];

/** Every element of the four networks, read from their OGC collections. */
async function loadElements(ctx: Context): Promise<ElementCollection> {
  const pages = await Promise.all(
    NETWORKS.flatMap((n) =>
      (['reservoir', 'corridor'] as Kind[]).map((k) => ctx.client.getJson<ElementCollection>(`/ogc/collections/${collectionOf(n, k)}/items?limit=10000`)),
    ),
  );
  return { type: 'FeatureCollection', features: pages.flatMap((p) => p.features) };
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'trames-legend', 'aria-label': 'Légende de la carte' },
    ...NETWORKS.map((n) =>
      h(
        'li',
        {},
        h('span', { class: `trames-swatch trames-swatch--${n}`, 'aria-hidden': 'true' }),
        ` ${NETWORK_STYLES[n].label} : réservoirs en aplat, corridors en trait${n === 'noire' ? ' pointillé' : ''}`,
      ),
    ),
  );
}

function elementsTable(features: ElementFeature[], choose: ((feature: ElementFeature) => void) | null): HTMLElement {
  const columns: Column<ElementFeature>[] = [
    { key: 'name', label: 'Élément', cell: (f) => f.properties.name, sort: (f) => f.properties.name, rowHeader: true },
    { key: 'network', label: 'Trame', cell: (f) => NETWORK_STYLES[f.properties.network].label, sort: (f) => f.properties.network },
    { key: 'kind', label: 'Type', cell: (f) => KIND_LABELS[f.properties.kind], sort: (f) => f.properties.kind },
    { key: 'status', label: 'Statut', cell: (f) => STATUS_LABELS[f.properties.status] ?? f.properties.status, sort: (f) => f.properties.status },
    { key: 'commune', label: 'Commune (INSEE)', cell: (f) => f.properties.commune.replace('commune:', ''), sort: (f) => f.properties.commune },
    ...(choose
      ? [
          {
            key: 'choose',
            label: 'Demande',
            cell: (f: ElementFeature) => {
              const button = h('button', { type: 'button', class: 'button button--small', 'data-choose': String(f.id) }, 'Choisir');
              button.addEventListener('click', () => choose(f));
              return button;
            },
          },
        ]
      : []),
  ];
  const table = sortableTable(
    `Éléments des trames affichées (${String(features.length)})`,
    columns,
    features,
    { key: 'name', direction: 'ascending' },
    (f) => ({
      'data-element': String(f.id),
    }),
  );
  return h('div', { class: 'table-wrap', 'data-testid': 'elements-table' }, table.element);
}

export function mountTrames(container: HTMLElement, initial: TramesRoute, ctx: Context): View {
  ctx.setTitle('Trames écologiques de la CALL');
  let route = initial;
  let destroyed = false;
  let elements: ElementCollection | null = null;
  let form: ProposalForm | null = null;
  const identity = ctx.session.identity();
  const editor = identity !== null && EDITORS.includes(identity.role);
  const agency = identity !== null && AGENCY.includes(identity.role);

  const toggles = h('fieldset', { class: 'trames-toggles' }, h('legend', {}, 'Trames affichées'));
  const boxes = NETWORKS.map((n) =>
    checkboxField(NETWORK_STYLES[n].label, `trame-${n}`, !route.hidden.includes(n), (checked) => {
      const hidden = checked ? route.hidden.filter((x) => x !== n) : [...route.hidden, n];
      ctx.navigate({ ...route, hidden: NETWORKS.filter((x) => hidden.includes(x)) }, { replace: true });
    }),
  );
  toggles.append(...boxes);
  const mapElement = h('div', { id: 'trames-map', class: 'trames-map' });
  const mapStatus = h('div', { class: 'map-status', role: 'status' }, loading('Chargement de la carte…'));
  const list = h('div', {}, loading('Chargement des éléments…'));
  const block = (id: string, heading: string, ...content: HTMLElement[]) =>
    h('section', { class: 'block', 'aria-labelledby': id }, h('h2', { id }, heading), ...content);
  container.append(
    observatoryBreadcrumb('trames', 'Observatoire des trames écologiques', 'Carte des trames'),
    h('h1', { tabindex: '-1' }, 'Trames écologiques de la CALL'),
    h(
      'p',
      { class: 'lead' },
      'Les trames verte, bleue, noire et agricole de la Communauté d’agglomération de Lens-Liévin : réservoirs de biodiversité et corridors écologiques, tenus à jour avec les partenaires, qui proposent des modifications que l’agence examine.',
    ),
    block('trames-carte', 'Carte des trames', toggles, legend(), mapElement, mapStatus, tableAlternative('Les éléments de la carte en liste', list)),
  );

  const selectElement = (feature: ElementFeature) => {
    form?.select(feature);
    form?.element.scrollIntoView?.({ block: 'nearest' });
  };
  const nearness = nearViewport(mapElement);
  const map: Promise<NetworksMap | null> = mountMap(
    nearness.near
      .then(() => import('./networksMap'))
      .then(({ createNetworksMap }) =>
        createNetworksMap(mapElement, 'Carte des trames écologiques de la CALL', (id) => {
          const feature = elements?.features.find((f) => f.id === id);
          if (feature) selectElement(feature);
        }),
      ),
    mapElement,
    mapStatus,
    () => destroyed,
  );

  let mine: ReturnType<typeof requestsPanel> | null = null;
  if (editor) {
    form = proposalForm({
      client: ctx.client,
      draw: (kind) => void map.then((m) => m?.draw(kind, (geometry) => form?.drawn(geometry))),
      sent: () => mine?.reload(),
    });
    container.append(block('trames-proposer', 'Proposer une modification', form.element));
    mine = requestsPanel(ctx.client, false, () => undefined);
    container.append(block('trames-demandes', 'Mes demandes', mine.element));
  }
  if (agency) {
    const queue = requestsPanel(ctx.client, true, () => void load());
    container.append(block('trames-examen', 'File d’examen des demandes', queue.element));
  }
  if (!editor)
    container.append(
      h(
        'p',
        { class: 'note' },
        'Partenaire de la CALL ? Connectez-vous avec votre clé d’éditeur pour proposer une modification des trames et suivre vos demandes.',
      ),
    );

  function showList(): void {
    if (!elements) return;
    const shown = elements.features.filter((f) => !route.hidden.includes(f.properties.network));
    replaceContent(list, elementsTable(shown, editor ? selectElement : null));
  }

  async function load(): Promise<void> {
    try {
      elements = await loadElements(ctx);
      if (destroyed) return;
      showList();
      const m = await map;
      if (!m || destroyed) return;
      m.setHidden(route.hidden);
      await m.setElements(elements);
      mapStatus.hidden = true;
      mapElement.dataset['drawn'] = String(elements.features.length);
    } catch (error) {
      if (!destroyed) showError(list, error, () => void load());
    }
  }
  void load();

  return {
    update(next: Route) {
      if (!isTramesRoute(next) || tramesUrl(next) === tramesUrl(route)) return;
      route = next;
      showList();
      void map.then((m) => m?.setHidden(route.hidden));
    },
    destroy() {
      destroyed = true;
      nearness.cancel();
      void map.then((m) => m?.destroy());
    },
  };
}
