import type { CommuneProperties, Feature, SurfaceGeometry, TerritorySummary } from '../api/types';
import { formatCount, formatInteger } from '../format';
import { assignColours, UNKNOWN_COLOUR } from '../map/palette';
import { boundingBox, createProjection, fittedHeight, geometryToPath, PATH_FILL_RULE } from '../map/svgMap';
import { h, replaceContent, s } from './dom';

export type CommuneFeature = Feature<SurfaceGeometry, CommuneProperties>;

export interface CommuneMapInput {
  features: CommuneFeature[];
  /** Communes matching the request, when the API says it (may exceed features.length). */
  numberMatched?: number | undefined;
  /** The EPCIs, in display order (names, legend, colours); null when they could not be loaded. */
  epcis: TerritorySummary[] | null;
  selected: string | null;
  onSelect: (epciId: string | null) => void;
}

export interface CommuneMapView {
  setSelection(epciId: string | null): void;
  setSyntheticNote(visible: boolean): void;
}

export interface LegendEntry {
  id: string;
  name: string;
  colour: string;
  communes: number;
}

const MAP_WIDTH = 640;
const MAP_PADDING = 8;
const NO_EPCI = '';
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Legend entries: the EPCIs in the given order, then EPCIs that only appear
 * in the features (by id), then "Sans EPCI" if some commune has none.
 */
export function buildLegend(features: CommuneFeature[], epcis: TerritorySummary[] | null): LegendEntry[] {
  const perEpci = new Map<string, number>();
  for (const feature of features) {
    const key = feature.properties.epci ?? NO_EPCI;
    perEpci.set(key, (perEpci.get(key) ?? 0) + 1);
  }
  const names = new Map((epcis ?? []).map((e) => [e.id, e.name] as const));
  const known = (epcis ?? []).map((e) => e.id);
  const extra = [...perEpci.keys()].filter((id) => id !== NO_EPCI && !names.has(id)).sort();
  const colours = assignColours([...known, ...extra]);

  const entries: LegendEntry[] = [...known, ...extra].map((id) => ({
    id,
    name: names.get(id) ?? id,
    colour: colours.get(id) ?? UNKNOWN_COLOUR,
    communes: perEpci.get(id) ?? 0,
  }));
  const orphans = perEpci.get(NO_EPCI);
  if (orphans) entries.push({ id: NO_EPCI, name: 'Sans EPCI', colour: UNKNOWN_COLOUR, communes: orphans });
  return entries;
}

function communeLabel(p: CommuneProperties): string {
  return `${p.name} — ${p.population === null ? 'population inconnue' : formatCount(p.population, 'habitant')}`;
}

/** Draws the map, its legend (which selects an EPCI) and its table alternative. */
export function renderCommuneMap(container: HTMLElement, input: CommuneMapInput): CommuneMapView {
  const legend = buildLegend(input.features, input.epcis);
  const colourOf = new Map(legend.map((e) => [e.id, e.colour] as const));
  const nameOf = new Map(legend.map((e) => [e.id, e.name] as const));
  const drawable = input.features.filter((f) => f.geometry !== null);

  // --- the SVG map ---------------------------------------------------------
  const bbox = boundingBox(drawable.map((f) => f.geometry));
  let figure: HTMLElement;
  let paths: SVGPathElement[] = [];
  let svg: SVGSVGElement | null = null;
  if (bbox === null) {
    figure = h('p', {}, 'Aucun contour de commune n’est disponible : la carte ne peut pas être dessinée.');
  } else {
    const height = Math.round(fittedHeight(bbox, MAP_WIDTH, { padding: MAP_PADDING, minHeight: 240, maxHeight: 900 }));
    const project = createProjection(bbox, { width: MAP_WIDTH, height, padding: MAP_PADDING });
    paths = drawable.map((feature) => {
      const p = feature.properties;
      return s(
        'path',
        {
          class: 'commune',
          d: geometryToPath(feature.geometry, project),
          fill: colourOf.get(p.epci ?? NO_EPCI) ?? UNKNOWN_COLOUR,
          'fill-rule': PATH_FILL_RULE,
          'data-epci': p.epci ?? NO_EPCI,
          'data-code': p.code,
        },
        s('title', {}, communeLabel(p)),
      );
    });
    svg = s(
      'svg',
      {
        class: 'commune-map__svg',
        viewBox: `0 0 ${MAP_WIDTH} ${height}`,
        role: 'img',
        'aria-labelledby': 'commune-map-caption',
        preserveAspectRatio: 'xMidYMid meet',
      },
      s('g', {}, ...paths),
    );
    figure = h(
      'figure',
      { class: 'commune-map' },
      svg,
      h(
        'figcaption',
        { id: 'commune-map-caption' },
        `Carte des ${formatCount(drawable.length, 'commune')} colorées selon leur EPCI. `,
        'Les mêmes données figurent dans le tableau qui suit la carte.',
      ),
    );
  }

  // --- legend: one toggle button per EPCI ----------------------------------
  const buttons = legend
    .filter((entry) => entry.id !== NO_EPCI)
    .map((entry) => {
      const button = h(
        'button',
        { type: 'button', class: 'legend__button', 'aria-pressed': 'false', 'data-epci': entry.id },
        h('span', { class: 'legend__swatch', 'aria-hidden': 'true' }),
        h(
          'span',
          { class: 'legend__label' },
          entry.name,
          ' ',
          h('span', { class: 'legend__count' }, `(${formatCount(entry.communes, 'commune')})`),
        ),
      );
      button.querySelector<HTMLElement>('.legend__swatch')!.style.backgroundColor = entry.colour;
      button.addEventListener('click', () => {
        input.onSelect(button.getAttribute('aria-pressed') === 'true' ? null : entry.id);
      });
      return button;
    });
  const orphan = legend.find((entry) => entry.id === NO_EPCI);
  const orphanItem = orphan
    ? h(
        'li',
        { class: 'legend__static' },
        h('span', { class: 'legend__swatch', 'aria-hidden': 'true' }),
        h('span', { class: 'legend__label' }, `${orphan.name} (${formatCount(orphan.communes, 'commune')})`),
      )
    : null;
  orphanItem?.querySelector<HTMLElement>('.legend__swatch')?.style.setProperty('background-color', orphan!.colour);
  const legendBlock = h(
    'div',
    { class: 'legend' },
    h('h3', { class: 'legend__title', id: 'legend-title' }, 'Légende : EPCI'),
    h('p', { class: 'legend__hint', id: 'legend-hint' }, 'Choisissez un EPCI pour le mettre en évidence sur la carte.'),
    h(
      'ul',
      { class: 'legend__list', 'aria-labelledby': 'legend-title', 'aria-describedby': 'legend-hint' },
      ...buttons.map((button) => h('li', {}, button)),
      orphanItem,
    ),
  );

  // --- notes ---------------------------------------------------------------
  const syntheticNote = h(
    'p',
    { class: 'note note--info', hidden: true },
    h('strong', {}, 'Géométrie synthétique (démonstration)'),
    ' : les contours affichés sont générés et ne correspondent pas aux limites réelles des communes.',
  );
  const truncated =
    input.numberMatched !== undefined && input.numberMatched > input.features.length
      ? h(
          'p',
          { class: 'note note--warning' },
          `Seules ${formatInteger(input.features.length)} communes sur ${formatInteger(input.numberMatched)} sont affichées.`,
        )
      : null;

  // --- table alternative ---------------------------------------------------
  const tableCaption = h('caption', {});
  const tableBody = h('tbody', {});
  const sortedFeatures = [...input.features].sort((a, b) => collator.compare(a.properties.name, b.properties.name));
  const rowOf = sortedFeatures.map((feature) => {
    const p = feature.properties;
    return {
      epci: p.epci ?? NO_EPCI,
      row: h(
        'tr',
        {},
        h('th', { scope: 'row' }, p.name),
        h('td', {}, p.code),
        h('td', {}, p.epci ? (nameOf.get(p.epci) ?? p.epci) : 'Sans EPCI'),
        h('td', { class: 'num' }, formatInteger(p.population)),
      ),
    };
  });
  const alternative = h(
    'details',
    { class: 'table-alternative' },
    h('summary', {}, 'Afficher les données de la carte sous forme de tableau'),
    h(
      'div',
      { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': 'Tableau des communes' },
      h(
        'table',
        { class: 'data-table' },
        tableCaption,
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Commune'),
            h('th', { scope: 'col' }, 'Code INSEE'),
            h('th', { scope: 'col' }, 'EPCI'),
            h('th', { scope: 'col', class: 'num' }, 'Population'),
          ),
        ),
        tableBody,
      ),
    ),
  );

  const layout = h('div', { class: 'map-layout' }, figure, legendBlock);
  replaceContent(container, syntheticNote, truncated, layout, alternative);

  const view: CommuneMapView = {
    setSelection(epciId) {
      const selected = epciId !== null && buttons.some((b) => b.dataset['epci'] === epciId) ? epciId : null;
      svg?.classList.toggle('has-selection', selected !== null);
      for (const path of paths) path.classList.toggle('is-selected', path.dataset['epci'] === selected);
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['epci'] === selected));
      const visible = rowOf.filter((r) => selected === null || r.epci === selected);
      tableBody.replaceChildren(...visible.map((r) => r.row));
      tableCaption.textContent =
        selected === null
          ? `Communes de la carte (${formatInteger(visible.length)})`
          : `Communes de l’EPCI ${nameOf.get(selected) ?? selected} (${formatInteger(visible.length)})`;
    },
    setSyntheticNote(visible) {
      syntheticNote.hidden = !visible;
    },
  };
  view.setSelection(input.selected);
  return view;
}
