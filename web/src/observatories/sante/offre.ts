/**
 * L'offre de soins (/sante/offre): the care-supply points of the sante-offre-soins layer on a map over the EPCIs'
 * outlines, filtered by category (in the URL), counted by category, and listed in a table for whoever does not read the
 * map. The points are loaded once; a filter only redraws.
 */
import './sante.css';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { apiAddress, loading, mountMap, selectField, showError, simpleTable, tableAlternative } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { nearViewport } from '../../platform/ui/nearViewport';
import { carePointsUrl, type CarePoint, type CarePoints } from './api';
import type { OffreMap } from './offreMap';
import { CATEGORIES, chiffresRoute, chiffresUrl, isOffreRoute, offreRoute, type OffreRoute } from './route';

const PAGE = 'L’offre de soins';

/** The points of the route's category (all without one). */
export function shownPoints(points: readonly CarePoint[], route: OffreRoute): CarePoint[] {
  return route.category === null ? [...points] : points.filter((p) => p.properties.category === route.category);
}

export function mountOffre(container: HTMLElement, initial: OffreRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let points: CarePoint[] | null = null;
  const slots = {
    filter: h('div', { class: 'controls' }),
    counts: h('div', { class: 'sante-counts', 'aria-live': 'polite' }, loading('Chargement de l’offre de soins…')),
    map: h('div', { class: 'map', id: 'sante-map' }),
    mapStatus: h('p', { class: 'map-status', role: 'status' }, 'Chargement de la carte…'),
    table: h('div', {}),
    downloads: h('div', { class: 'downloads' }),
  };
  container.append(
    observatoryBreadcrumb('sante', 'Observatoire de la santé', PAGE),
    h('h1', { tabindex: '-1' }, PAGE),
    h(
      'p',
      { class: 'lead' },
      'Pharmacies, cabinets de médecine générale, maisons de santé pluriprofessionnelles, centres de santé, établissements hospitaliers et services d’urgences du périmètre. Choisissez une catégorie ; le tableau sous la carte reprend les lieux affichés.',
    ),
    slots.filter,
    slots.counts,
    h(
      'section',
      { class: 'block block--map', 'aria-labelledby': 'sante-map-title' },
      h('h2', { id: 'sante-map-title' }, 'Les lieux de soins'),
      h('div', { class: 'map-frame' }, slots.map, slots.mapStatus),
      slots.table,
    ),
    h('p', {}, h('a', { href: chiffresUrl(chiffresRoute()), 'data-nav': '' }, 'Les chiffres clés du CLS')),
    h('section', { class: 'block', 'aria-labelledby': 'sante-offre-download' }, h('h2', { id: 'sante-offre-download' }, 'Les données'), slots.downloads),
  );
  ctx.setTitle(PAGE);
  replaceContent(
    slots.downloads,
    h('p', { class: 'label' }, 'Les lieux de soins (GeoJSON, OGC API - Features ; QGIS : collection « sante-offre-soins »)'),
    ...apiAddress(carePointsUrl(null), ctx.window.location.origin),
    h('p', {}, h('a', { class: 'button', href: `${carePointsUrl(null)}&f=csv`, download: 'sante-offre-soins.csv' }, 'Télécharger les lieux (CSV)')),
  );

  function drawFilter(): void {
    const options = [{ value: '', label: 'Toutes les catégories' }, ...CATEGORIES.map((c) => ({ value: c.code, label: c.label }))];
    replaceContent(slots.filter, selectField('Catégorie', 'category', options, route.category ?? '', (value) => ctx.navigate(offreRoute(value || null))).field);
  }

  const nearness = nearViewport(slots.map);
  const ready: Promise<OffreMap | null> = mountMap(
    nearness.near.then(() => import('./offreMap')).then(({ createOffreMap }) => createOffreMap(slots.map, 'Carte de l’offre de soins')),
    slots.map,
    slots.mapStatus,
    () => destroyed,
  );

  async function drawMap(): Promise<void> {
    const map = await ready;
    if (!map || !points || destroyed) return;
    const shown = shownPoints(points, route);
    map.setPoints(shown);
    map.setLabel(`Carte de l’offre de soins : ${shown.length} lieux affichés. Le tableau sous la carte les reprend.`);
    await map.idle();
    if (destroyed) return;
    slots.mapStatus.hidden = true;
    slots.map.dataset['drawn'] = `${route.category ?? 'all'}|${shown.length}`;
  }

  function drawFiltered(): void {
    if (!points) return;
    const shown = shownPoints(points, route);
    replaceContent(
      slots.counts,
      h(
        'ul',
        { class: 'sante-count-list' },
        ...CATEGORIES.map((c) =>
          h(
            'li',
            { 'data-testid': `count-${c.code}`, 'data-value': points!.filter((p) => p.properties.category === c.code).length },
            h('span', { class: `sante-swatch sante-swatch--${c.code}`, 'aria-hidden': 'true' }),
            `${c.label} : ${points!.filter((p) => p.properties.category === c.code).length}`,
          ),
        ),
      ),
    );
    const table = simpleTable(
      'Les lieux de soins affichés',
      ['Nom', 'Catégorie', 'Commune (code INSEE)', 'Adresse'],
      shown.map((p) => [p.properties.name, p.properties.category_label, p.properties.commune.replace('commune:', ''), p.properties.address ?? '']),
      4,
    );
    replaceContent(slots.table, tableAlternative(`Voir les ${shown.length} lieux en tableau`, table));
    void drawMap();
  }

  async function load(): Promise<void> {
    try {
      const [answer, outlines] = await Promise.all([
        ctx.client.getFeatureCollection<CarePoints>(carePointsUrl(null)),
        ctx.client.getJson<{ features: unknown[] }>('/ogc/collections/epci/items?limit=100').catch(() => ({ features: [] })),
      ]);
      if (destroyed) return;
      points = answer.features;
      drawFiltered();
      const map = await ready;
      map?.setOutlines(outlines.features);
    } catch (error) {
      if (destroyed) return;
      showError(slots.counts, error, () => void load());
    }
  }

  drawFilter();
  void load();

  return {
    update(next: Route) {
      if (!isOffreRoute(next)) return;
      route = next;
      drawFilter();
      drawFiltered();
    },
    destroy() {
      destroyed = true;
      nearness.cancel();
    },
  };
}
