/**
 * Toile énergétique®: the graph of the industrial energy system as a network map (loaded when it nears the screen)
 * with the flows table as its alternative, a node's neighbourhood on click, the synergy candidates within the
 * distance of the URL, and the large sites' share of industrial consumption. Partners who sign in see the sites of
 * their territory by name; everyone else sees them anonymised, as the API answers.
 */
import './toile.css';
import { apiUrl } from '../../../platform/api/client';
import { describeIdentity } from '../../../platform/auth/session';
import type { TerritoryFeatureCollection } from '../../../platform/api/types';
import type { Context, View } from '../../../platform/context';
import type { Route } from '../../../platform/routes';
import { routeToUrl } from '../../../platform/routes';
import { apiAddress, loading, mountMap, selectField, showError } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import { nearViewport } from '../../../platform/ui/nearViewport';
import { formatInteger } from '../../../platform/format';
import type { Toile } from './api';
import { shareSentence, withheldFlowsSentence } from './domain';
import { mapLabel, toileDrawing } from './drawing';
import { toileLayout, type ToileSlots } from './layout';
import { DISTANCES, isToileRoute, toileUrl, type ToileRoute } from './route';
import { flowsTable, neighbourhoodPanel, synergiesTable } from './tables';
import type { ToileMap } from './toileMap';

function figures(toile: Toile): HTMLElement {
  const t = toile.totals;
  const withheld = withheldFlowsSentence(t);
  const figure = (value: string, label: string, testid: string) =>
    h('div', { class: 'toile-figure', 'data-testid': testid }, h('span', { class: 'toile-figure__value' }, value), h('span', {}, label));
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'toile-figures__row' },
      figure(formatInteger(t.largeSites), 'sites industriels de plus de 10 GWh/an', 'large-sites'),
      figure(t.largeSitesShare === null ? '—' : `${String(t.largeSitesShare).replace('.', ',')} %`, 'de la consommation industrielle', 'share'),
      figure(formatInteger(t.existingFlows), 'flux existants', 'existing-flows'),
      figure(formatInteger(t.potentialFlows), 'flux potentiels', 'potential-flows'),
    ),
    h('p', { class: 'note', 'data-testid': 'share-sentence' }, shareSentence(t)),
    withheld === null ? null : h('p', { class: 'note', 'data-testid': 'withheld-flows' }, withheld),
  );
}

function sessionNote(ctx: Context, route: ToileRoute, toile: Toile | null): HTMLElement {
  const identity = ctx.session.identity();
  const hidden = toile
    ? `${formatInteger(toile.totals.anonymisedSites)} site${toile.totals.anonymisedSites > 1 ? 's' : ''} anonymisé${toile.totals.anonymisedSites > 1 ? 's' : ''} pour vous.`
    : '';
  if (!identity)
    return h(
      'p',
      { class: 'note', 'data-testid': 'session' },
      'Consultation publique : les sites industriels apparaissent par secteur et classe de taille, à la position de leur intercommunalité, sans nom ni volume exact. Partenaires du groupe de travail énergie : ',
      h('a', { href: routeToUrl({ view: 'signIn', next: toileUrl(route) }), 'data-nav': '' }, 'connexion'),
      '.',
    );
  return h('p', { class: 'note', 'data-testid': 'session' }, `Connecté : ${describeIdentity(identity)}. ${hidden}`);
}

export function mountToile(container: HTMLElement, initial: ToileRoute, ctx: Context): View {
  const slots: ToileSlots = toileLayout(container);
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let toile: Toile | null = null;
  let map: ToileMap | null = null;
  ctx.setTitle('Toile énergétique®');

  const open = (id: number | null): void => ctx.navigate({ ...route, node: id });
  const nearness = nearViewport(slots.map);
  const ready = mountMap(
    nearness.near.then(() => import('./toileMap')).then(({ createToileMap }) => createToileMap(slots.map, 'Carte de la Toile énergétique', open)),
    slots.map,
    slots.mapStatus,
    () => destroyed,
  ).then((created) => (map = created));
  void ready.then(async (m) => {
    if (!m) return;
    try {
      m.setContext(
        await ctx.client.getFeatureCollection<TerritoryFeatureCollection>(
          apiUrl({ path: '/api/v1/territories', query: { level: 'epci', format: 'geojson', resolution: 'low', limit: 100 } }),
        ),
      );
    } catch {
      // The setting only: the Toile draws without it.
    }
  });

  async function drawMap(): Promise<void> {
    const m = await ready;
    if (!m || !toile || destroyed) return;
    m.draw(toileDrawing(toile), slots.map.dataset['drawn'] === undefined);
    m.setSelected(route.node);
    slots.map.querySelector('canvas')?.setAttribute('aria-label', mapLabel(toile));
    await m.idle();
    if (destroyed) return;
    slots.mapStatus.hidden = true;
    slots.map.dataset['drawn'] = `${toile.nodes.length}|${toile.edges.length}`;
  }

  async function loadToile(): Promise<void> {
    const mine = ++generation;
    try {
      const answer = await ctx.client.get({ path: '/api/v1/energie/toile' });
      if (destroyed || mine !== generation) return;
      toile = answer;
      replaceContent(slots.figures, figures(answer));
      replaceContent(slots.session, sessionNote(ctx, route, answer));
      replaceContent(slots.flows, flowsTable(answer, open));
      void drawMap();
    } catch (error) {
      if (!destroyed && mine === generation) showError(slots.figures, error, () => void loadToile());
    }
  }

  async function loadSynergies(): Promise<void> {
    const distance = route.distance;
    replaceContent(
      slots.synergyOptions,
      selectField(
        'Distance maximale',
        'distance',
        DISTANCES.map((d) => ({ value: String(d), label: `${d} km` })).concat(
          DISTANCES.some((d) => d === distance) ? [] : [{ value: String(distance), label: `${distance} km` }],
        ),
        String(distance),
        (value) => ctx.navigate({ ...route, distance: Number(value) }),
      ).field,
    );
    slots.synergies.setAttribute('aria-busy', 'true');
    try {
      const answer = await ctx.client.get({ path: '/api/v1/energie/toile/synergies', query: { maxDistanceKm: distance } });
      if (destroyed || distance !== route.distance) return;
      replaceContent(slots.synergies, synergiesTable(answer.items, distance, open));
    } catch (error) {
      if (!destroyed) showError(slots.synergies, error, () => void loadSynergies());
    } finally {
      slots.synergies.removeAttribute('aria-busy');
    }
  }

  async function loadNode(): Promise<void> {
    const id = route.node;
    void ready.then((m) => m?.setSelected(id));
    if (id === null) {
      replaceContent(slots.node, h('p', { class: 'note' }, 'Choisissez un nœud sur la carte ou dans un tableau pour voir ses flux et ses voisins.'));
      return;
    }
    replaceContent(slots.node, loading('Chargement du nœud…'));
    try {
      const around = await ctx.client.get({ path: '/api/v1/energie/toile/nodes/{id}/neighbourhood', params: { id } });
      if (destroyed || id !== route.node) return;
      replaceContent(
        slots.node,
        neighbourhoodPanel(around, open, () => open(null)),
      );
      slots.node.querySelector<HTMLElement>('h3')?.focus();
    } catch (error) {
      if (!destroyed && id === route.node) showError(slots.node, error, () => void loadNode());
    }
  }

  function renderDownloads(): void {
    const origin = ctx.window.location.origin;
    replaceContent(
      slots.downloads,
      h(
        'p',
        { class: 'downloads__buttons' },
        h(
          'a',
          { class: 'button', href: '/api/v1/energie/toile/edges', download: 'toile-flux.geojson', 'data-download': 'geojson' },
          'Télécharger les flux (GeoJSON, pour QGIS)',
        ),
        h(
          'a',
          { class: 'button button--secondary', href: '/api/v1/energie/toile', download: 'toile.json', 'data-download': 'json' },
          'Télécharger la Toile (JSON)',
        ),
      ),
      h('p', { class: 'label' }, 'Les synergies, dans l’API'),
      ...apiAddress(apiUrl({ path: '/api/v1/energie/toile/synergies', query: { maxDistanceKm: route.distance } }), origin),
    );
  }

  replaceContent(slots.session, sessionNote(ctx, route, null));
  renderDownloads();
  void loadToile();
  void loadSynergies();
  void loadNode();
  // Who reads changes what the API gives: read everything again.
  const unsubscribe = ctx.session.subscribe(
    () =>
      void ctx.window.setTimeout(() => {
        if (destroyed) return;
        void loadToile();
        void loadSynergies();
        void loadNode();
      }, 0),
  );

  return {
    update(next: Route) {
      if (!isToileRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.distance !== next.distance) {
        renderDownloads();
        void loadSynergies();
      }
      if (previous.node !== next.node) void loadNode();
    },
    destroy() {
      destroyed = true;
      generation++;
      nearness.cancel();
      unsubscribe();
      map?.destroy();
    },
  };
}
