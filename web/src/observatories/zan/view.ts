/**
 * Compteur ZAN: for a commune, an EPCI or a groupement, the gauge of the 2021–2030 envelope used (with the same
 * figures said in plain French), the trajectory 2011–2050, the land take by destination, the ranking of the
 * communes by land take per new inhabitant or job, and the CSV of the counter's inputs. Loaded on demand; the
 * territory and the ranking's divisor are in the URL.
 *
 * This module holds the view's state (route, territory, the latest load) and loads the counter and the consumption;
 * each panel draws itself (gauge.ts, trajectoryPanel.ts, destinationsPanel.ts, rankingPanel.ts, the platform's territory picker,
 * downloads.ts) in the slots of layout.ts.
 */
import './zan.css';
import type { Context, TerritoryChoices, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { showError } from '../../platform/ui/components';
import { replaceContent } from '../../platform/ui/dom';
import type { ZanConsumption, ZanCounter } from './api';
import { Redraws, type ChartPanelDeps, type Charts } from './chartPanel';
import { renderDestinations } from './destinationsPanel';
import { renderDownloads } from './downloads';
import { renderGauge } from './gauge';
import { zanLayout } from './layout';
import { RankingPanel } from './rankingPanel';
import { isZanRoute, zanRoute, zanUrl, type ZanRoute } from './route';
import { renderTrajectory } from './trajectoryPanel';
import { renderTerritoryPicker, resolveTerritory, unknownTerritory, type PickedTerritory } from '../../platform/ui/territoryPicker';

export function mountZan(container: HTMLElement, initial: ZanRoute, ctx: Context): View {
  const slots = zanLayout(container);
  const charts: Promise<Charts> = import('./charts');
  const redraws = new Redraws();
  let route = initial;
  let destroyed = false;
  /** The latest load: an answer of an older one (another territory, a retry) is dropped. */
  let generation = 0;
  let choices: TerritoryChoices | null = null;
  let picked: PickedTerritory | null = null;

  const ranking = new RankingPanel(slots.rankingOptions, slots.ranking, {
    client: ctx.client,
    state: () => ({ route, picked, choices }),
    choosePer: (per) => ctx.navigate({ ...route, per }),
  });

  function showPicker(): void {
    renderTerritoryPicker(slots.picker, {
      client: ctx.client,
      choices,
      picked,
      territory: route.territory,
      href: (territory) => zanUrl(zanRoute(territory, route.per)),
      choose: (territory) => ctx.navigate({ ...route, territory }),
      live: () => !destroyed,
    });
  }

  function setTitle(text: string): void {
    slots.title.textContent = text;
    ctx.setTitle(text);
  }

  /** The territory's name, then its counter and consumption; each panel is drawn as soon as its data is there. */
  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation;
    const territory = route.territory;
    for (const slot of [slots.gauge, slots.trajectory, slots.destinations]) slot.setAttribute('aria-busy', 'true');
    renderDownloads(slots.downloads, territory, ctx.window.location.origin);
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      picked = await resolveTerritory(ctx.client, choices, territory);
    } catch (error) {
      if (!live()) return;
      const unknown = unknownTerritory(error, territory);
      setTitle(unknown ? 'Territoire inconnu' : 'Compteur ZAN');
      picked = null;
      showPicker();
      showError(slots.gauge, unknown ?? error, () => void load());
      replaceContent(slots.trajectory);
      replaceContent(slots.destinations);
      ranking.clear();
      return;
    }
    if (!live()) return;
    const name = picked.name;
    const nameOf = picked.names.of;
    const where = picked.names.in;
    setTitle(`Compteur ZAN — ${name}`);
    showPicker();
    void ranking.load();
    const deps: ChartPanelDeps = { charts, redraws, live };
    const counterRequest = ctx.client.get({ path: '/api/v1/zan/counter', query: { territory } });
    const consumptionRequest = ctx.client.get({ path: '/api/v1/zan/consumption', query: { territory, from: 2011 } });
    const got: { counter?: ZanCounter; consumption?: ZanConsumption } = {};
    await Promise.allSettled([
      counterRequest.then(
        (answer) => {
          if (!live()) return;
          got.counter = answer;
          renderGauge(slots.gauge, answer, where);
        },
        (error: unknown) => live() && showError(slots.gauge, error, () => void load()),
      ),
      consumptionRequest.then(
        async (answer) => {
          if (!live()) return;
          got.consumption = answer;
          await renderDestinations(slots.destinations, answer, nameOf, deps);
        },
        (error: unknown) => live() && showError(slots.destinations, error, () => void load()),
      ),
    ]);
    if (!live()) return;
    if (got.counter?.territory === territory && got.consumption?.territory === territory) {
      await renderTrajectory(slots.trajectory, got.counter, got.consumption, nameOf, deps);
    } else {
      const failure = await Promise.allSettled([counterRequest, consumptionRequest]);
      const reason = failure.find((r) => r.status === 'rejected');
      if (reason && reason.status === 'rejected') showError(slots.trajectory, reason.reason, () => void load());
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isZanRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.territory !== next.territory) {
        redraws.stop();
        void load();
      } else if (previous.per !== next.per) {
        void ranking.load();
      }
    },
    destroy() {
      destroyed = true;
      generation++;
      ranking.stop();
      redraws.stop();
    },
  };
}
