/**
 * Chiffres clés du CLS (/sante): for a CLS perimeter (the CABBALR's or the CALL's EPCI), a commune, a groupement or a
 * custom zone, the health key figures of each theme of the Contrats Locaux de Santé, the territory against the
 * Pas-de-Calais and the Hauts-de-France (GET /api/v1/sante/key-figures/{territory}): a table per theme whose cells carry
 * a small bar, sized on the largest of the row. The territory is in the URL.
 */
import './sante.css';
import type { Context, TerritoryChoices, View } from '../../platform/context';
import { dashboardRoute, routeToUrl, type Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { apiAddress, loading, showError } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { renderTerritoryPicker, resolveTerritory, unknownTerritory, type PickedTerritory } from '../../platform/ui/territoryPicker';
import type { KeyFigure, KeyFigures } from './api';
import { againstDepartement, barShares, valueWords } from './figures';
import { CALL, chiffresRoute, chiffresUrl, isChiffresRoute, offreRoute, offreUrl, type ChiffresRoute } from './route';

const PAGE = 'Chiffres clés du CLS';

function row(figure: KeyFigure): HTMLElement {
  const shares = barShares(figure.values);
  const words = againstDepartement(figure);
  return h(
    'tr',
    { 'data-testid': figure.code },
    h(
      'th',
      { scope: 'row' },
      figure.label,
      h('span', { class: 'sante-unit' }, ` (${figure.unit}${figure.period ? `, ${figure.period}` : ''})`),
      ...(words ? [h('span', { class: 'sante-gap' }, words)] : []),
    ),
    ...figure.values.map((value, i) =>
      h(
        'td',
        { class: 'num', 'data-territory': value.territory, 'data-value': value.value ?? '', 'data-status': value.status ?? '' },
        h('span', { class: value.status === 'secret' ? 'sante-secret' : '' }, valueWords(figure, value)),
        shares[i] == null
          ? ''
          : h(
              'span',
              { class: 'sante-bar', 'aria-hidden': 'true' },
              h('span', { class: `sante-bar__fill sante-bar__fill--${i}`, style: `width: ${Math.round(shares[i]! * 100)}%` }),
            ),
      ),
    ),
  );
}

function themeTable(theme: KeyFigures['themes'][number], columns: KeyFigures['territories']): HTMLElement {
  return h(
    'section',
    { class: 'block sante-theme', 'aria-labelledby': `sante-${theme.code}` },
    h('h2', { id: `sante-${theme.code}` }, theme.label),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'table sante-table' },
        h('caption', { class: 'visually-hidden' }, `${theme.label} : le territoire, le département et la région`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Indicateur'), ...columns.map((c) => h('th', { scope: 'col', class: 'num' }, c.name)))),
        h('tbody', {}, ...theme.indicators.map(row)),
      ),
    ),
  );
}

export function mountChiffres(container: HTMLElement, initial: ChiffresRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let picked: PickedTerritory | null = null;
  const title = h('h1', { tabindex: '-1' }, PAGE);
  const picker = h('div', { class: 'sante-picker' }, loading('Chargement des territoires…'));
  const themes = h('div', { class: 'sante-themes', 'aria-live': 'polite' }, loading('Chargement des chiffres clés…'));
  const links = h('ul', { class: 'sante-links' });
  const downloads = h('div', { class: 'downloads' });
  container.append(
    observatoryBreadcrumb('sante', 'Observatoire de la santé', PAGE),
    title,
    h(
      'p',
      { class: 'lead' },
      'Les chiffres clés des Contrats Locaux de Santé de la CABBALR et de la CALL, thème par thème, face au Pas-de-Calais et aux Hauts-de-France. Chaque CLS couvre toute son agglomération.',
    ),
    h(
      'p',
      {},
      'Contrats locaux de santé : ',
      h('a', { href: chiffresUrl(chiffresRoute()), 'data-nav': '' }, 'CABBALR'),
      ' · ',
      h('a', { href: chiffresUrl(chiffresRoute(CALL)), 'data-nav': '' }, 'CALL'),
    ),
    h('div', { class: 'controls' }, picker),
    themes,
    h('section', { class: 'block', 'aria-labelledby': 'sante-more' }, h('h2', { id: 'sante-more' }, 'Aller plus loin'), links),
    h('section', { class: 'block', 'aria-labelledby': 'sante-download' }, h('h2', { id: 'sante-download' }, 'Télécharger et réutiliser'), downloads),
  );

  function setTitle(territory: string | null): void {
    title.textContent = territory ? `${PAGE} — ${territory}` : PAGE;
    ctx.setTitle(title.textContent);
  }

  function showPicker(): void {
    renderTerritoryPicker(picker, {
      client: ctx.client,
      choices,
      picked,
      territory: route.territory,
      href: (territory) => chiffresUrl(chiffresRoute(territory)),
      choose: (territory) => ctx.navigate(chiffresRoute(territory)),
      live: () => !destroyed,
    });
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation && !destroyed;
    const territory = route.territory;
    replaceContent(themes, loading('Chargement des chiffres clés…'));
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      if (!territory.startsWith('custom:')) picked = await resolveTerritory(ctx.client, choices, territory);
      const figures: KeyFigures = await ctx.client.get({ path: '/api/v1/sante/key-figures/{territory}', params: { territory } });
      if (!live()) return;
      setTitle(figures.territory.name);
      showPicker();
      replaceContent(
        themes,
        ...figures.themes.map((t) => themeTable(t, figures.territories)),
        h(
          'p',
          { class: 'note' },
          'Les taux d’un territoire sont recalculés depuis ses communes (somme des numérateurs ÷ somme des dénominateurs) ; le département et la région sont les valeurs publiées à leur échelle. Moins de 11 décès, séjours ou patients : secret statistique.',
        ),
      );
      replaceContent(
        links,
        h('li', {}, h('a', { href: offreUrl(offreRoute()), 'data-nav': '' }, 'L’offre de soins sur la carte')),
        ...(territory.startsWith('custom:')
          ? []
          : [h('li', {}, h('a', { href: routeToUrl(dashboardRoute('sante', { zone: territory })), 'data-nav': '' }, 'Tous les indicateurs sur la carte'))]),
      );
      replaceContent(downloads, ...apiAddress(`/api/v1/sante/key-figures/${territory}`, ctx.window.location.origin));
    } catch (error) {
      if (!live()) return;
      const unknown = unknownTerritory(error, territory);
      setTitle(unknown ? 'Territoire inconnu' : null);
      picked = null;
      showPicker();
      showError(themes, unknown ?? error, () => void load());
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isChiffresRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.territory !== next.territory) void load();
    },
    destroy() {
      destroyed = true;
      generation++;
    },
  };
}
