/** "Télécharger et réutiliser": the sites as CSV and GeoJSON (the OGC layer, filtered), the layer for QGIS, the list's API address. */
import { apiUrl } from '../../platform/api/client';
import { apiAddress } from '../../platform/ui/components';
import { h, type Child } from '../../platform/ui/dom';
import { sitesLayerUrl, type SiteFilters } from './data';

/** The filtered list with its scores, in the API. */
export function sitesListUrl(filters: SiteFilters): string {
  return apiUrl({
    path: '/api/v1/friches/sites',
    query: { epci: filters.epci, commune: filters.commune, status: filters.status, minArea: filters.minArea, minScore: filters.minScore },
  });
}

export function renderDownloads(filters: SiteFilters, origin: string): Child[] {
  const layer = sitesLayerUrl(filters);
  return [
    h(
      'p',
      { class: 'downloads__buttons' },
      h('a', { class: 'button', href: `${layer}&f=csv`, download: 'friches.csv', 'data-download': 'csv' }, 'Télécharger les sites (CSV)'),
      h('a', { class: 'button button--secondary', href: layer, download: 'friches.geojson', 'data-download': 'geojson' }, 'Télécharger les contours (GeoJSON)'),
    ),
    h(
      'p',
      { class: 'note' },
      'Couche OGC API - Features « friches-sites » (QGIS : Couche › Ajouter une couche WFS / OGC API - Features, URL ',
      h('code', {}, `${origin}/ogc`),
      ').',
    ),
    h('p', { class: 'label' }, 'La liste filtrée, avec les scores, dans l’API'),
    ...apiAddress(sitesListUrl(filters), origin),
  ];
}
