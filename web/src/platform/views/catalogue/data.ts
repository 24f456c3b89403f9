/** What the catalogue reads: every indicator, every OGC collection and which observatory lists it, the sheets. */
import type { IndicatorDetail } from '../../api/types';
import type { Context } from '../../context';
import type { Catalogue } from './model';

export async function loadCatalogue(ctx: Pick<Context, 'client' | 'observatories'>): Promise<Catalogue> {
  const [indicators, collections, observatories] = await Promise.all([
    ctx.client.get({ path: '/api/v1/indicators', query: { limit: 1000 } as never }),
    ctx.client.get({ path: '/ogc/collections' }),
    ctx.observatories(),
  ]);
  const details = await Promise.all(observatories.map((o) => ctx.client.get({ path: '/api/v1/observatories/{slug}', params: { slug: o.slug } })));
  const layerOwner = new Map(details.flatMap((o) => o.layers.map((l) => [l, o.slug] as const)));
  return {
    indicators: indicators.items,
    layers: collections.collections.map((c) => ({ ...c, observatory: layerOwner.get(c.id) ?? null })),
    observatories: details,
  };
}

/** An indicator's sheet, asked once for the view (asked again after a failure). */
export function indicatorSheets(ctx: Pick<Context, 'client'>): (code: string) => Promise<IndicatorDetail> {
  const details = new Map<string, Promise<IndicatorDetail>>();
  return (code) => {
    let detail = details.get(code);
    if (!detail) {
      detail = ctx.client.get({ path: '/api/v1/indicators/{code}', params: { code } });
      details.set(code, detail);
      detail.catch(() => details.delete(code));
    }
    return detail;
  };
}
