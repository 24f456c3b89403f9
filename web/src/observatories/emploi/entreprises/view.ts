/**
 * Démographie des entreprises (/emploi/entreprises): for a commune, an EPCI, a groupement or the département, the
 * year's key figures (creations, companies, failures with their index, 5-year survival in the report's classes), the
 * failures in base 100 against the Pas-de-Calais, the sectors most hit, the companies by sector, and the BMO's jobs
 * in tension of the territory's EPCI. The territory and the year are in the URL; each panel draws itself (panels.ts,
 * indexChart.ts) in the slots of layout.ts.
 */
import './entreprises.css';
import { Redraws } from '../../../platform/charts/panels';
import type { Context, TerritoryChoices, View } from '../../../platform/context';
import type { Route } from '../../../platform/routes';
import { apiAddress, selectField, showError } from '../../../platform/ui/components';
import { replaceContent } from '../../../platform/ui/dom';
import { REFERENCE_TERRITORIES, renderTerritoryPicker, resolveTerritory, unknownTerritory, type PickedTerritory } from '../../../platform/ui/territoryPicker';
import { isAgency } from '../../../platform/auth/session';
import type { Survival, TensionResponse } from './api';
import { renderIndex, type Charts } from './indexChart';
import { entreprisesLayout, pageTitle } from './layout';
import { renderHeadline, renderSectors, renderStock, renderSurvival, renderTension } from './panels';
import { peerEditorButton } from './peerEditor';
import { renderPeers, type PeersPanel } from './peers';
import { entreprisesRoute, entreprisesUrl, isEntreprisesRoute, type EntreprisesRoute } from './route';

const DEPARTEMENT = 'departement:62';

/** The territory whose BMO table is shown: itself for an EPCI or a groupement, a commune's EPCI; null otherwise. */
export function tensionTerritory(picked: PickedTerritory): string | null {
  if (picked.level === 'epci' || picked.level === 'groupement') return picked.id;
  return picked.level === 'commune' ? picked.epci : null;
}

export function mountEntreprises(container: HTMLElement, initial: EntreprisesRoute, ctx: Context): View {
  const slots = entreprisesLayout(container);
  const charts: Promise<Charts> = import('../../../platform/charts/seriesChart');
  const redraws = new Redraws();
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let picked: PickedTerritory | null = null;
  const panels = [slots.headline, slots.index, slots.sectors, slots.survival, slots.peers, slots.stock, slots.tension];

  function showPicker(): void {
    renderTerritoryPicker(slots.picker, {
      client: ctx.client,
      choices,
      picked,
      territory: route.territory,
      href: (territory) => entreprisesUrl(entreprisesRoute(territory, route.year)),
      more: REFERENCE_TERRITORIES.filter((t) => t.value === DEPARTEMENT),
      choose: (territory) => ctx.navigate({ ...route, territory }),
      live: () => !destroyed,
    });
  }

  function showYears(years: readonly number[], year: number): void {
    const options = [...years].reverse().map((y) => ({ value: String(y), label: String(y) }));
    replaceContent(slots.year, selectField('Année', 'year', options, String(year), (value) => ctx.navigate({ ...route, year: Number(value) })).field);
  }

  /** The survey of the page's year when there is one, else its latest. */
  async function tensionOfYear(territory: string, year: number): Promise<TensionResponse> {
    const latest = await ctx.client.get({ path: '/api/v1/emploi/tension/{territory}', params: { territory } });
    return latest.year === year || !latest.years.includes(year)
      ? latest
      : ctx.client.get({ path: '/api/v1/emploi/tension/{territory}', params: { territory }, query: { year } });
  }

  /** The territory's survival against its peer group's members and the group's own rate; the agency may edit the group. */
  async function peersOf(territory: string, name: string, year: number, classes: Survival['classes']): Promise<PeersPanel | string> {
    const groups = await ctx.client.get({ path: '/api/v1/peer-groups', query: { subject: territory } });
    const group = groups.items[0];
    if (!group) return `Aucun groupe de territoires similaires n’est défini pour ${name} : la comparaison porte sur les EPCI qui en ont un (la CABBALR).`;
    const comparison = await ctx.client.get({
      path: '/api/v1/indicators/{code}/compare',
      params: { code: 'emploi.survie_5_ans' },
      query: { territory, references: group.id, period: String(year) },
    });
    const editButton = isAgency(ctx.session.identity())
      ? peerEditorButton({
          client: ctx.client,
          document: container.ownerDocument,
          group,
          candidates: async () => (await ctx.client.get({ path: '/api/v1/territories', query: { scope: 'all', level: 'epci', limit: 1000 } })).items,
          saved: () => void load(),
        })
      : null;
    return { group, comparison, classes, year, editButton };
  }

  function setTitle(page: string, territory: string | null = null): void {
    slots.title.replaceChildren(...pageTitle(page, territory));
    ctx.setTitle(territory ? `${page} — ${territory}` : page);
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation;
    const territory = route.territory;
    for (const slot of panels) slot.setAttribute('aria-busy', 'true');
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      picked = await resolveTerritory(ctx.client, choices, territory);
    } catch (error) {
      if (!live()) return;
      const unknown = unknownTerritory(error, territory);
      setTitle(unknown ? 'Territoire inconnu' : 'Démographie des entreprises');
      picked = null;
      showPicker();
      showError(slots.headline, unknown ?? error, () => void load());
      for (const slot of panels.slice(1)) replaceContent(slot);
      return;
    }
    if (!live()) return;
    setTitle('Démographie des entreprises', picked.name);
    showPicker();
    const demographyRequest = { path: '/api/v1/emploi/demography/{territory}', params: { territory }, query: { year: route.year } } as const;
    const territories = territory === DEPARTEMENT ? DEPARTEMENT : `${territory},${DEPARTEMENT}`;
    const seriesRequest = {
      path: '/api/v1/indicators/{code}/series',
      params: { code: 'emploi.defaillances' },
      query: { territories, from: '2013', index: '2013' },
    } as const;
    const tensionOf = tensionTerritory(picked);
    replaceContent(
      slots.downloads,
      ...apiAddress(`/api/v1/emploi/demography/${territory}${route.year === null ? '' : `?year=${route.year}`}`, ctx.window.location.origin),
    );
    try {
      const [demography, series] = await Promise.all([ctx.client.get(demographyRequest), ctx.client.get(seriesRequest)]);
      if (!live()) return;
      showYears(demography.years, demography.year);
      renderHeadline(slots.headline, demography);
      renderSectors(slots.sectors, demography);
      renderSurvival(slots.survival, demography);
      renderStock(slots.stock, demography);
      // The peers come on their own: a failure there leaves the other panels standing.
      void peersOf(territory, picked.name, demography.year, demography.survival.classes).then(
        (peers) => live() && renderPeers(slots.peers, peers),
        (error: unknown) => live() && showError(slots.peers, error, () => void load()),
      );
      const tension: TensionResponse | string =
        tensionOf === null
          ? 'L’enquête Besoins en Main-d’Œuvre est publiée par bassin d’emploi : choisissez un EPCI ou un groupement pour voir ses métiers en tension.'
          : await tensionOfYear(tensionOf, demography.year);
      if (!live()) return;
      renderTension(slots.tension, tension);
      await renderIndex(slots.index, series, { charts, redraws, live });
    } catch (error) {
      if (!live()) return;
      for (const slot of panels) showError(slot, error, () => void load());
    } finally {
      if (live()) for (const slot of panels) slot.removeAttribute('aria-busy');
    }
  }

  void load();
  // Signing in or out shows or hides the agency's editor of the peer group.
  const unsubscribe = ctx.session.subscribe(() => void ctx.window.setTimeout(() => !destroyed && void load(), 0));

  return {
    update(next: Route) {
      if (!isEntreprisesRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.territory !== next.territory || previous.year !== next.year) {
        redraws.stop();
        void load();
      }
    },
    destroy() {
      destroyed = true;
      unsubscribe();
      generation++;
      redraws.stop();
    },
  };
}
