/**
 * La matrice des risques (/transitions/risques?within=…&risk=…): the heat-map table (risks × communes, the class in
 * words), how each risk is scored, and a map per risk: the platform's choropleth of the chosen risk's score, its
 * territories coloured by class.
 */
import './transitions.css';
import { apiUrl } from '../../platform/api/client';
import type { MapFeatureCollection, TerritoryFeatureCollection } from '../../platform/api/types';
import type { Context, View } from '../../platform/context';
import type { ChoroplethMap } from '../../platform/map/choropleth';
import type { Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { apiAddress, loading, mountMap, selectField, showError } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { RiskMatrix } from './api';
import { cellColour, cellWords, classLegend, riskBases, riskTable } from './risks';
import { donutRoute, donutUrl, isRisksRoute, type RisksRoute } from './route';

/** The chosen risk's scores on the territories' contours, as the platform's choropleth reads them. */
export function riskMap(matrix: RiskMatrix, risk: string, contours: TerritoryFeatureCollection): MapFeatureCollection {
  const cells = new Map(matrix.rows.map((row) => [row.territory.id, row.cells.find((c) => c.risk === risk)]));
  const classes = matrix.classes.map((c) => c.label);
  const features = contours.features
    .filter((f) => cells.has(f.properties.id))
    .map((f) => {
      const cell = cells.get(f.properties.id);
      return {
        ...f,
        properties: {
          id: f.properties.id,
          level: f.properties.level,
          name: f.properties.name,
          value: cell?.score ?? null,
          colour: cell ? cellColour(cell).fill : '#e0e0e0',
          classIndex: cell?.class ? classes.indexOf(cell.class) : null,
          rank: null,
          status: cell?.status ?? null,
        },
      };
    });
  // The choropleth draws the features; the legend and the indicator of an indicator's map are the page's here.
  return { type: 'FeatureCollection', features } as unknown as MapFeatureCollection;
}

export function mountRisks(container: HTMLElement, initial: RisksRoute, ctx: Context): View {
  let route = initial;
  let generation = 0;
  let destroyed = false;
  let matrix: RiskMatrix | null = null;
  let contours: TerritoryFeatureCollection | null = null;
  const withinSlot = h('div', { class: 'transitions-control' }, loading('Chargement des territoires…'));
  const riskSlot = h('div', { class: 'transitions-control' }, loading('Chargement des risques…'));
  const table = h('div', { class: 'transitions-table', 'aria-live': 'polite' }, loading('Chargement de la matrice…'));
  const bases = h('div', {});
  const legend = h('div', {});
  const mapElement = h('div', { class: 'transitions-map' });
  const mapStatus = h('div', { role: 'status' });
  container.append(
    observatoryBreadcrumb('transitions', 'Observatoire des transitions territoriales', 'La matrice des risques'),
    h('h1', { tabindex: '-1' }, 'La matrice des risques'),
    h(
      'p',
      { class: 'lead' },
      'Pour chaque commune et chaque risque (inondation, affaissement minier, risque industriel, chaleur, sécheresse, argiles), un score de 0 à 1 : ' +
        'l’exposition multipliée par la vulnérabilité, chacune lue sur un indicateur du catalogue. ',
      h('a', { href: donutUrl(donutRoute()), 'data-nav': '' }, 'Le Donut du territoire'),
      '.',
    ),
    h('div', { class: 'transitions-controls' }, withinSlot, riskSlot),
    h('section', { class: 'block', 'aria-labelledby': 'transitions-matrix' }, h('h2', { id: 'transitions-matrix' }, 'La matrice'), table, bases),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'transitions-map' },
      h('h2', { id: 'transitions-map' }, 'La carte d’un risque'),
      legend,
      mapStatus,
      mapElement,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'transitions-api' },
      h('h2', { id: 'transitions-api' }, 'Les données'),
      ...apiAddress('/api/v1/transitions/risques', ctx.window.location.origin),
    ),
  );

  const map: Promise<ChoroplethMap | null> = mountMap(
    import('../../platform/map/choropleth').then(({ createChoroplethMap }) =>
      createChoroplethMap(mapElement, {
        position: null,
        onMove: () => {},
        onSelect: () => {},
        describe: (p) =>
          `${p.name} : ${p.status === 'restricted' ? 'réservé' : p.value === null ? 'sans donnée' : cellWords({ risk: '', score: p.value, class: classOf(p.classIndex), status: p.status ?? '' } as never)}`,
        label: 'Carte du score du risque',
      }),
    ),
    mapElement,
    mapStatus,
    () => destroyed,
  );

  function classOf(index: number | null): string | null {
    return index === null || !matrix ? null : (matrix.classes[index]?.label ?? null);
  }

  async function showWithin(): Promise<void> {
    const choices = await ctx.territoryChoices().catch(() => null);
    const options = [
      ...(choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
      ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités (EPCI)' })),
    ];
    if (!options.some((o) => o.value === route.within)) options.unshift({ value: route.within, label: route.within, group: 'Territoire demandé' });
    replaceContent(withinSlot, selectField('Communes de', 'within', options, route.within, (within) => ctx.navigate({ ...route, within })).field);
  }

  async function drawMap(): Promise<void> {
    const m = await map;
    if (!m || !matrix || !contours || destroyed) return;
    const risk = matrix.risks.find((r) => r.code === route.risk) ?? matrix.risks[0];
    if (!risk) return;
    m.setLabel(`Carte du risque « ${risk.label} » ${matrix.within?.names.of ?? ''} : score par commune, par classe`);
    m.setData(riskMap(matrix, risk.code, contours), true);
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    table.setAttribute('aria-busy', 'true');
    void showWithin();
    try {
      const [answer, shapes] = await Promise.all([
        ctx.client.getJson<RiskMatrix>(apiUrl({ path: '/api/v1/transitions/risques', query: { within: route.within, level: 'commune' } })),
        ctx.client.getFeatureCollection<TerritoryFeatureCollection>(
          apiUrl({ path: '/api/v1/territories', query: { level: 'commune', within: route.within, format: 'geojson', resolution: 'medium', limit: 1000 } }),
        ),
      ]);
      if (mine !== generation) return;
      matrix = answer;
      contours = shapes;
      ctx.setTitle(`La matrice des risques ${answer.within?.names.of ?? ''}`);
      const chosen = answer.risks.find((r) => r.code === route.risk) ?? answer.risks[0];
      replaceContent(
        riskSlot,
        selectField(
          'Risque cartographié',
          'risk',
          answer.risks.map((r) => ({ value: r.code, label: r.label })),
          chosen?.code ?? null,
          (risk) => ctx.navigate({ ...route, risk }),
        ).field,
      );
      replaceContent(table, riskTable(answer));
      replaceContent(bases, riskBases(answer));
      replaceContent(legend, classLegend(answer));
      table.dataset['drawn'] = '1';
      void drawMap();
    } catch (error) {
      if (mine === generation) showError(table, error, () => void load());
    }
  }

  void load();
  return {
    update(next: Route) {
      if (!isRisksRoute(next)) return;
      const reload = next.within !== route.within;
      route = next;
      if (reload) void load();
      else void drawMap();
    },
    destroy() {
      destroyed = true;
      generation += 1;
      void map.then((m) => m?.destroy());
    },
  };
}
