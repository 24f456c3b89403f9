/** A small SVG locator map: the context territories in grey, the subject in blue. No WebGL, no MapLibre. */
import type { TerritoryFeatureCollection } from '../api/types';
import { s } from '../ui/dom';
import { boundingBox, createProjection, geometryToPath, PATH_FILL_RULE } from './svgMap';

export function locatorMap(context: TerritoryFeatureCollection, highlighted: ReadonlySet<string>, label: string): SVGSVGElement | null {
  const bbox = boundingBox(context.features.map((f) => f.geometry));
  if (!bbox) return null;
  // A fixed 4:3 frame, the territory fitted inside: the page can hold its place before it comes (no layout shift).
  const width = 320;
  const height = 240;
  const project = createProjection(bbox, { width, height, padding: 6 });
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: 'locator',
    role: 'img',
    'aria-label': label,
  });
  const ordered = [...context.features].sort((a, b) => Number(highlighted.has(a.properties.id)) - Number(highlighted.has(b.properties.id)));
  for (const feature of ordered) {
    const on = highlighted.has(feature.properties.id);
    const d = geometryToPath(feature.geometry, project);
    if (!d) continue;
    svg.append(
      s(
        'path',
        {
          d,
          'fill-rule': PATH_FILL_RULE,
          class: on ? 'locator__subject' : 'locator__context',
          'data-id': feature.properties.id,
        },
        s('title', {}, feature.properties.name),
      ),
    );
  }
  return svg;
}
