/**
 * Bilan énergétique (/energie): for a commune, an EPCI, a groupement, the département or the région, the key figures
 * of the activity report, the decarbonised balance against its objectives and the comparison territory, the Sankey
 * of the latest year's flows from energies to sectors, consumption by sector and by energy, production by source, and
 * the CSV of the accounts. Loaded on demand; the territory is in the URL. Each panel draws itself (headline.ts,
 * panels.ts) in the slots of layout.ts.
 */
import './bilan.css';
import type { Context, TerritoryChoices, View } from '../../../platform/context';
import type { Route } from '../../../platform/routes';
import { showError } from '../../../platform/ui/components';
import { replaceContent } from '../../../platform/ui/dom';
import { Redraws, type ChartPanelDeps, type Charts } from './chartPanel';
import { renderHeadline } from './headline';
import { bilanLayout } from './layout';
import { renderBalance, renderDownloads, renderSankey, renderStack } from './panels';
import { bilanRoute, bilanUrl, isBilanRoute, type BilanRoute } from './route';
import { REFERENCE_TERRITORIES, renderTerritoryPicker, resolveTerritory, unknownTerritory, type PickedTerritory } from '../../../platform/ui/territoryPicker';

export function mountBilan(container: HTMLElement, initial: BilanRoute, ctx: Context): View {
  const slots = bilanLayout(container);
  const charts: Promise<Charts> = import('./charts');
  const redraws = new Redraws();
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let picked: PickedTerritory | null = null;
  const panels = [slots.headline, slots.balance, slots.sankey, slots.bySector, slots.byCarrier, slots.production];

  function showPicker(): void {
    renderTerritoryPicker(slots.picker, {
      client: ctx.client,
      choices,
      picked,
      territory: route.territory,
      href: (territory) => bilanUrl(bilanRoute(territory)),
      more: REFERENCE_TERRITORIES,
      choose: (territory) => ctx.navigate({ ...route, territory }),
      live: () => !destroyed,
    });
  }

  function setTitle(text: string): void {
    slots.title.textContent = text;
    ctx.setTitle(text);
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation;
    const territory = route.territory;
    for (const slot of panels) slot.setAttribute('aria-busy', 'true');
    renderDownloads(slots.downloads, territory, ctx.window.location.origin);
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      picked = await resolveTerritory(ctx.client, choices, territory);
    } catch (error) {
      if (!live()) return;
      const unknown = unknownTerritory(error, territory);
      setTitle(unknown ? 'Territoire inconnu' : 'Bilan énergétique');
      picked = null;
      showPicker();
      showError(slots.headline, unknown ?? error, () => void load());
      for (const slot of panels.slice(1)) replaceContent(slot);
      return;
    }
    if (!live()) return;
    setTitle(`Bilan énergétique — ${picked.name}`);
    showPicker();
    try {
      const answer = await ctx.client.get({ path: '/api/v1/energie/accounts', query: { territory } });
      if (!live()) return;
      const deps: ChartPanelDeps = { charts, redraws, live };
      renderHeadline(slots.headline, answer.territory);
      renderSankey(slots.sankey, answer.territory, answer.labels, deps);
      await Promise.all([
        renderBalance(slots.balance, answer.territory, answer.comparison, deps),
        renderStack(slots.bySector, answer.territory, answer.labels, 'sector', deps),
        renderStack(slots.byCarrier, answer.territory, answer.labels, 'carrier', deps),
        renderStack(slots.production, answer.territory, answer.labels, 'source', deps),
      ]);
    } catch (error) {
      if (!live()) return;
      for (const slot of panels) showError(slot, error, () => void load());
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isBilanRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.territory !== next.territory) {
        redraws.stop();
        void load();
      }
    },
    destroy() {
      destroyed = true;
      generation++;
      redraws.stop();
    },
  };
}
