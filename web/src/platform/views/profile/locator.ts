/** The locator map of a profile: the territory among its neighbours (map/locator.ts draws it in SVG). */
import type { TerritoryDetail, TerritoryFeatureCollection } from '../../api/types';
import type { Context } from '../../context';
import { locatorMap } from '../../map/locator';
import { showError } from '../../ui/components';
import { h, replaceContent } from '../../ui/dom';
import { locatorContext } from './model';

/** Loads and draws the locator map into `slot`; a failure with a retry. `left` says whether the view was left. */
export async function showLocator(slot: HTMLElement, ctx: Pick<Context, 'client'>, detail: TerritoryDetail, left: () => boolean): Promise<void> {
  try {
    const { url, label, membersOf } = locatorContext(detail);
    const context = await ctx.client.getFeatureCollection<TerritoryFeatureCollection>(url);
    let highlighted = new Set([detail.id]);
    if (membersOf) {
      const members = await ctx.client.get({ path: '/api/v1/territories', query: { level: 'epci', within: membersOf, limit: 100 } });
      highlighted = new Set(members.items.map((m) => m.id));
    }
    if (left()) return;
    const svg = locatorMap(context, highlighted, label);
    replaceContent(
      slot,
      svg
        ? h('figure', { class: 'locator-figure' }, svg, h('figcaption', { class: 'note' }, label))
        : h('p', { class: 'note' }, 'Pas de contour pour ce territoire.'),
    );
  } catch (error) {
    if (!left()) showError(slot, error, () => void showLocator(slot, ctx, detail, left));
  }
}
