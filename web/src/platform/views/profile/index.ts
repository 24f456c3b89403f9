/**
 * Territory profile ("tableau de bord territorial"): search a commune or an EPCI by name, then its key figures
 * across the observatories, with their change, the references, a locator map and a small trend chart each.
 *
 * This module lays the page out and loads the territory; searchBox.ts, head.ts, locator.ts and figures.ts draw its
 * parts, and the rules are plain functions in model.ts.
 */
import { ApiError } from '../../api/client';
import type { ProfileResponse, TerritoryDetail } from '../../api/types';
import type { Context, View } from '../../context';
import type { ProfileRoute } from '../../routes';
import { loading, showError } from '../../ui/components';
import { h, replaceContent } from '../../ui/dom';
import { figureSections } from './figures';
import { territoryHead } from './head';
import { showLocator } from './locator';
import { searchBox } from './searchBox';

/** The search page, before a territory is chosen. */
function mountSearch(container: HTMLElement, route: ProfileRoute, ctx: Context): View {
  ctx.setTitle('Tableau de bord territorial');
  container.append(
    h('h1', { tabindex: '-1' }, 'Tableau de bord territorial'),
    h(
      'p',
      { class: 'lead' },
      'Les chiffres clés d’une commune, d’une intercommunalité ou d’un groupement, dans tous les observatoires, comparés au département et à la région.',
    ),
    searchBox(ctx, route.q, (q) => ctx.navigate({ view: 'profile', territory: null, q }, { replace: true })),
  );
  return { update() {}, destroy() {} };
}

export function mountProfile(container: HTMLElement, route: ProfileRoute, ctx: Context): View {
  if (route.territory === null) return mountSearch(container, route, ctx);
  const id = route.territory;
  let left = false;
  const isLeft = (): boolean => left;

  const title = h('h1', { tabindex: '-1' }, 'Tableau de bord territorial');
  const subtitle = h('div', { class: 'lead' }, loading('Chargement du territoire…'));
  const locator = h('div', { class: 'locator-slot' }, loading('Chargement de la carte de situation…'));
  const figures = h('div', { class: 'profile-figures' }, loading('Chargement des chiffres clés…'));
  container.append(
    h(
      'p',
      { class: 'breadcrumb' },
      h('a', { href: '/', 'data-nav': '' }, 'Portail'),
      ' › ',
      h('a', { href: '/territories', 'data-nav': '' }, 'Tableau de bord territorial'),
    ),
    title,
    h('div', { class: 'profile-head' }, subtitle, locator),
    figures,
    h(
      'details',
      { class: 'profile-search' },
      h('summary', {}, 'Chercher un autre territoire'),
      searchBox(ctx, '', () => {}),
    ),
  );

  async function load(): Promise<void> {
    let detail: TerritoryDetail;
    try {
      detail = await ctx.client.getTerritory(id);
    } catch (error) {
      if (left) return;
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
        title.textContent = 'Territoire inconnu';
        ctx.setTitle('Territoire inconnu');
        const message = `Le territoire « ${id} » est inconnu. Vérifiez l’adresse ou cherchez-le par son nom ci-dessous.`;
        showError(subtitle, new ApiError(message, { kind: 'http', url: error.url, status: 404 }));
        locator.remove();
        figures.replaceChildren(searchBox(ctx, '', () => {}));
        return;
      }
      showError(subtitle, error, () => void load());
      replaceContent(figures);
      return;
    }
    if (left) return;
    title.textContent = detail.name;
    ctx.setTitle(`${detail.name} — tableau de bord territorial`);
    replaceContent(subtitle, ...territoryHead(detail));
    void showLocator(locator, ctx, detail, isLeft);
    await loadFigures(detail);
  }

  async function loadFigures(detail: TerritoryDetail): Promise<void> {
    let profile: ProfileResponse;
    try {
      profile = await ctx.client.get({ path: '/api/v1/territories/{id}/profile', params: { id } });
    } catch (error) {
      if (!left) showError(figures, error, () => void loadFigures(detail));
      return;
    }
    if (!left) replaceContent(figures, ...figureSections({ ctx, territory: id, detail, profile, left: isLeft }));
  }

  void load();

  return {
    // Another territory is another view (routes.sameView): nothing to update here.
    update() {},
    destroy() {
      left = true;
    },
  };
}
