/**
 * Portal: the observatories as cards, each with its headline figure for the selected territory (default the AULA
 * perimeter). An elected official picks a territory, reads the figures, opens an observatory.
 */
import type { KeyFigure, ObservatoryItem, ProfileResponse } from '../api/types';
import type { Context, TerritoryChoices, View } from '../context';
import { coverageNote, formatFigure, formatPeriod, formatRate, statusLabel } from '../format';
import { dashboardRoute, DEFAULT_ZONE, routeToUrl, type PortalRoute, type Route } from '../routes';
import { loading, selectField, showError, type Option } from '../ui/components';
import { h, replaceContent } from '../ui/dom';
import { observatoryLink } from '../observatoryLinks';

/** Options of the territory selectors: groupements, then EPCIs, then the département. */
export function territoryOptions(choices: TerritoryChoices): Option[] {
  return [
    ...choices.groupements.map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
    ...choices.epcis.map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités (EPCI)' })),
    ...choices.departements.map((t) => ({ value: t.id, label: t.name, group: 'Département' })),
  ];
}

/** The headline of an observatory in a profile: its first key figure. */
export function headlineOf(profile: ProfileResponse | null, slug: string): KeyFigure | null {
  return profile?.observatories.find((o) => o.slug === slug)?.figures[0] ?? null;
}

function figureBlock(figure: KeyFigure | null, failed: boolean): HTMLElement {
  if (failed) return h('p', { class: 'card__figure card__figure--none' }, 'Chiffre clé indisponible pour le moment.');
  if (!figure) return h('p', { class: 'card__figure card__figure--none' }, 'Pas de chiffre clé pour ce territoire.');
  const change = figure.changeOver1;
  return h(
    'div',
    { class: 'card__figure', 'data-indicator': figure.indicator.code, 'data-value': figure.value ?? '' },
    h('p', { class: 'card__figure-label' }, `${figure.indicator.label} (${formatPeriod(figure.period)})`),
    h('p', { class: 'card__figure-value' }, formatFigure(figure.value, figure.status, figure.indicator.decimals, figure.indicator.unit)),
    h(
      'p',
      { class: 'card__figure-change' },
      change && change.rate !== null ? `${formatRate(change.rate)} en un an (depuis ${formatPeriod(change.period)})` : `Valeur ${statusLabel(figure.status)}`,
    ),
    // A département's total of what is only surveyed in the agency's perimeter covers part of it: said.
    coverageNote(figure.coverage) ? h('p', { class: 'card__figure-coverage' }, coverageNote(figure.coverage)) : null,
  );
}

/** The card's count: the observatory's own (registry's count) when it has one, else its indicators. */
function cardCount(o: ObservatoryItem, ctx: Context): HTMLElement {
  const indicators = `${o.indicatorCount} indicateur${o.indicatorCount > 1 ? 's' : ''}`;
  const count = ctx.observatory(o.slug)?.count;
  const meta = h('p', { class: 'card__meta', 'data-testid': 'card-count' }, count ? '\u00a0' : indicators);
  count?.(ctx.client).then(
    (words) => replaceContent(meta, words),
    () => replaceContent(meta, indicators),
  );
  return meta;
}

export function mountPortal(container: HTMLElement, initial: PortalRoute, ctx: Context): View {
  let route = initial;
  let generation = 0;

  const selectorSlot = h('div', { class: 'toolbar' }, loading('Chargement des territoires…'));
  const cards = h('ul', { class: 'cards', 'aria-busy': 'true', 'aria-label': 'Observatoires' });
  const profileLink = h('p', { class: 'portal__profile-link' });
  container.append(
    h('h1', { tabindex: '-1' }, 'Observatoires territoriaux'),
    h(
      'p',
      { class: 'lead' },
      'Les observatoires de l’agence d’urbanisme de l’Artois : choisissez un territoire pour voir le chiffre clé de chaque observatoire, puis ouvrez un observatoire pour sa carte, ses séries et ses données.',
    ),
    selectorSlot,
    profileLink,
    cards,
  );
  cards.append(h('li', {}, loading('Chargement des observatoires…')));

  function territory(): string {
    return route.territory ?? DEFAULT_ZONE;
  }

  async function loadSelector(): Promise<void> {
    try {
      const choices = await ctx.territoryChoices();
      const { field } = selectField('Territoire', 'territory', territoryOptions(choices), territory(), (value) =>
        ctx.navigate({ view: 'portal', territory: value === DEFAULT_ZONE ? null : value }),
      );
      replaceContent(selectorSlot, field);
    } catch (error) {
      showError(selectorSlot, error, () => void loadSelector());
    }
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const id = territory();
    ctx.setTitle('Portail');
    profileLink.replaceChildren(
      h('a', { href: routeToUrl({ view: 'profile', territory: id, q: '' }), 'data-nav': '' }, 'Tableau de bord territorial de ce territoire'),
      ' · ',
      h('a', { href: '/territories', 'data-nav': '' }, 'Rechercher une commune ou un EPCI'),
    );
    cards.setAttribute('aria-busy', 'true');
    const profile = ctx.client.get({ path: '/api/v1/territories/{id}/profile', params: { id } });
    let observatories: ObservatoryItem[];
    try {
      observatories = await ctx.observatories();
    } catch (error) {
      if (mine === generation) showError(cards, error, () => void load());
      return;
    }
    if (mine !== generation) return;
    const figureSlots = new Map<string, HTMLElement>();
    cards.replaceChildren(
      ...observatories.map((o) => {
        const slot = h('div', { class: 'card__figure-slot' }, loading('Chargement du chiffre clé…'));
        figureSlots.set(o.slug, slot);
        const href = routeToUrl(dashboardRoute(o.slug, { zone: id }));
        return h(
          'li',
          { class: 'card', 'data-observatory': o.slug },
          h('h2', { class: 'card__title' }, h('a', { href, 'data-nav': '', class: 'card__link' }, o.name)),
          h('p', { class: 'card__description' }, o.description),
          observatoryLink(ctx.observatory(o.slug), id, 'card'),
          slot,
          cardCount(o, ctx),
        );
      }),
    );
    cards.removeAttribute('aria-busy');
    // The portal is usable from here on: the e2e test measures this mark.
    ctx.window.performance?.mark?.('portal-interactive');
    let answer: ProfileResponse | null = null;
    let failed = false;
    try {
      answer = await profile;
    } catch {
      failed = true;
    }
    if (mine !== generation) return;
    for (const [slug, slot] of figureSlots) replaceContent(slot, figureBlock(headlineOf(answer, slug), failed));
  }

  void loadSelector();
  void load();

  return {
    update(next: Route) {
      if (next.view !== 'portal') return;
      const changed = next.territory !== route.territory;
      route = next;
      if (changed) {
        const select = selectorSlot.querySelector('select');
        if (select) select.value = territory();
        void load();
      }
    },
    destroy() {
      generation++;
    },
  };
}
