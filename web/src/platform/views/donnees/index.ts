/**
 * The technicians' data catalogue (/donnees): the datasets found by text and facets, and each dataset's page
 * (/donnees/{id}). Loaded on demand, like the other pages that are not the first of most visits.
 */
import type { Context, View } from '../../context';
import type { DatasetRoute, DatasetsRoute } from '../../routes';
import { mountDataset } from './dataset';
import { mountSearch } from './search';
import './donnees.css';

export function mountDonnees(container: HTMLElement, route: DatasetsRoute | DatasetRoute, ctx: Context): View {
  return route.view === 'datasets' ? mountSearch(container, route, ctx) : mountDataset(container, route, ctx);
}
