/**
 * Compteur ZAN: for a commune, an EPCI or a groupement, the gauge of the 2021–2030 envelope used (with the same
 * figures said in plain French), the trajectory 2011–2050, the land take by destination, the ranking of the
 * communes by land take per new inhabitant or job, and the CSV of the counter's inputs. Loaded on demand; the
 * territory and the ranking's divisor are in the URL.
 */
import './zan.css';
import { ApiError, apiUrl } from '../../platform/api/client';
import type { RankedCommune, YearConsumption, ZanConsumption, ZanCounter, ZanRanking } from './api';
import type { TerritoryDetail, TerritorySummary } from '../../platform/api/types';
import type { Context, TerritoryChoices, View } from '../../platform/context';
import { formatDecimal, formatInteger, levelLabel, MISSING } from '../../platform/format';
import type { Route } from '../../platform/routes';
import { isZanRoute, type ZanRoute } from './route';
import {
  apiAddress,
  loading,
  selectField,
  showError,
  simpleTable,
  sortableTable,
  tableAlternative,
  uid,
  type Column,
  type Option,
} from '../../platform/ui/components';
import { h, replaceContent, s } from '../../platform/ui/dom';

type Charts = typeof import('./charts');

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** Hectares the French way: 1 234,5 ha. */
export function ha(value: number, digits = 1): string {
  return `${formatDecimal(value, digits)}\u00a0ha`;
}

/** "de Béthune", "d’Arras": the name stays as written (no "du"/"des" contraction). */
function of(name: string): string {
  return /^[aeiouyéèêâîôûh]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** The counter in plain French sentences: the same figures as the gauge, for everyone and for screen readers. */
export function counterSentences(c: ZanCounter, name: string): string[] {
  const sentences = [
    `De 2011 à 2020, ${name} a consommé ${ha(c.referenceHa)} d’espaces naturels, agricoles et forestiers (période de référence).`,
    `Son enveloppe pour 2021–2030 est de ${ha(c.envelopeHa)} : la consommation de référence réduite de ${percent.format(c.reduction)}, avec une garantie d’un hectare par commune${c.communes > 1 ? ` (${formatInteger(c.communes)} communes)` : ''}.`,
  ];
  if (c.exceeded) {
    sentences.push(
      `De 2021 à ${c.latestYear}, ${ha(c.consumedHa)} ont été consommés : l’enveloppe est dépassée de ${ha(-c.remainingHa)} (${percent.format(c.usedShare)} de l’enveloppe), depuis ${c.exhaustionYear ?? c.latestYear}.`,
    );
  } else {
    sentences.push(
      `De 2021 à ${c.latestYear}, ${ha(c.consumedHa)} ont déjà été consommés, soit ${percent.format(c.usedShare)} de l’enveloppe ; il reste ${ha(c.remainingHa)} pour les années ${c.latestYear + 1} à 2030.`,
    );
    if (c.pacePerYearHa <= 0 || c.exhaustionYear === null) {
      sentences.push('Aucune consommation ces trois dernières années : à ce rythme, l’enveloppe ne s’épuise pas.');
    } else if (c.exhaustionYear <= 2030) {
      sentences.push(
        `Au rythme des trois dernières années (${ha(c.pacePerYearHa)} par an), l’enveloppe sera épuisée en ${c.exhaustionYear}, ${2030 - c.exhaustionYear === 0 ? 'la dernière année de la période' : `${2030 - c.exhaustionYear} an${2030 - c.exhaustionYear > 1 ? 's' : ''} avant l’échéance de 2030`}.`,
      );
    } else {
      sentences.push(
        `Au rythme des trois dernières années (${ha(c.pacePerYearHa)} par an), l’enveloppe tient jusqu’en 2030 (épuisement projeté en ${c.exhaustionYear}).`,
      );
    }
  }
  const first = c.path[0];
  if (first) {
    const total = c.path.reduce((sum, p) => sum + p.allowanceHa, 0);
    sentences.push(
      `Après 2030, la trajectoire vers le zéro artificialisation nette autorise ${ha(first.allowanceHa)} en ${first.year}, puis de moins en moins jusqu’à ${ha(c.path[c.path.length - 1]?.allowanceHa ?? 0)} en 2050 (${ha(total)} en tout sur 2031–2050).`,
    );
  }
  return sentences;
}

/** Share of the 2021–2030 period elapsed at the end of the latest year (4 years of 10 → 0.4). */
export function elapsedShare(latestYear: number): number {
  return Math.max(0, Math.min(1, (latestYear - 2020) / 10));
}

/** The gauge: the envelope as a bar, the part consumed, what is left, and where a steady pace would be by now. */
export function gaugeSvg(c: ZanCounter): SVGSVGElement {
  const width = 640;
  const bar = { x: 8, y: 34, w: width - 16, h: 34 };
  const over = Math.max(0, c.usedShare - 1);
  const scale = 1 / (1 + Math.min(over, 1)); // an exceeded envelope shrinks so that the overflow fits
  const envelopeWidth = bar.w * scale;
  const used = Math.min(c.usedShare, 1) * envelopeWidth;
  const overflow = Math.min(over, 1) * envelopeWidth;
  const expected = elapsedShare(c.latestYear) * envelopeWidth;
  const label = `Jauge : ${ha(c.consumedHa)} consommés sur une enveloppe de ${ha(c.envelopeHa)} (${percent.format(c.usedShare)})${
    c.exceeded ? ', enveloppe dépassée' : `, il reste ${ha(c.remainingHa)}`
  }.`;
  return s(
    'svg',
    { viewBox: `0 0 ${width} 104`, role: 'img', 'aria-label': label, class: 'gauge__svg' },
    s('text', { x: bar.x, y: 20, 'font-size': 14, fill: '#161616', 'font-weight': 700 }, `Consommé : ${ha(c.consumedHa)} (${percent.format(c.usedShare)})`),
    s('text', { x: bar.x + envelopeWidth, y: 20, 'font-size': 14, fill: '#161616', 'text-anchor': 'end' }, `Enveloppe 2021–2030 : ${ha(c.envelopeHa)}`),
    s('rect', { x: bar.x, y: bar.y, width: envelopeWidth, height: bar.h, fill: '#e3e3fd', stroke: '#000091', 'stroke-width': 1.5 }),
    s('rect', { x: bar.x, y: bar.y, width: used, height: bar.h, fill: '#000091', 'data-part': 'consumed' }),
    overflow > 0 ? s('rect', { x: bar.x + envelopeWidth, y: bar.y, width: overflow, height: bar.h, fill: '#ce0500', 'data-part': 'overflow' }) : null,
    s('line', {
      x1: bar.x + expected,
      x2: bar.x + expected,
      y1: bar.y - 6,
      y2: bar.y + bar.h + 6,
      stroke: '#b34000',
      'stroke-width': 2.5,
      'stroke-dasharray': '4 2',
    }),
    s(
      'text',
      { x: Math.min(Math.max(bar.x + expected, 120), width - 120), y: bar.y + bar.h + 24, 'font-size': 13, fill: '#7a3000', 'text-anchor': 'middle' },
      `Rythme régulier fin ${c.latestYear} : ${percent.format(elapsedShare(c.latestYear))}`,
    ),
    !c.exceeded
      ? s(
          'text',
          { x: bar.x + envelopeWidth - 6, y: bar.y + bar.h / 2 + 5, 'font-size': 13, fill: '#000091', 'text-anchor': 'end', 'font-weight': 700 },
          `reste ${ha(c.remainingHa)}`,
        )
      : null,
  );
}

/** The sum of a year's destinations (the API rounds each to the hundredth, so it may differ from the total by a few). */
export function destinationSum(year: YearConsumption): number {
  return Object.values(year.byDestination).reduce((sum, v) => sum + v, 0);
}

interface Picked {
  id: string;
  name: string;
  level: string;
  /** For a commune, its EPCI (the ranking's scope). */
  epci: string | null;
}

export function mountZan(container: HTMLElement, initial: ZanRoute, ctx: Context): View {
  let route = initial;
  let destroyed = false;
  let generation = 0;
  let rankingGeneration = 0;
  let choices: TerritoryChoices | null = null;
  let picked: Picked | null = null;
  let counter: ZanCounter | null = null;
  let consumption: ZanConsumption | null = null;
  const resizers: ResizeObserver[] = [];
  const charts: Promise<Charts> = import('./charts');

  const title = h('h1', { tabindex: '-1' }, 'Compteur ZAN');
  const picker = h('div', { class: 'zan-picker' }, loading('Chargement des territoires…'));
  const gaugeSlot = h('div', { class: 'gauge-slot', 'aria-live': 'polite' }, loading('Chargement du compteur…'));
  const trajectorySlot = h('div', { class: 'chart' }, loading('Chargement de la trajectoire…'));
  const destinationsSlot = h('div', { class: 'chart' }, loading('Chargement des destinations…'));
  const rankingOptions = h('div', { class: 'chart-options' });
  const rankingSlot = h('div', {}, loading('Chargement du classement…'));
  const downloadSlot = h('div', { class: 'downloads' });
  container.append(
    h(
      'p',
      { class: 'breadcrumb' },
      h('a', { href: '/', 'data-nav': '' }, 'Portail'),
      ' › ',
      h('a', { href: '/observatories/zan', 'data-nav': '' }, 'Tableau de bord ZAN'),
      ' › ',
      h('span', { class: 'breadcrumb__here' }, 'Compteur ZAN'),
    ),
    title,
    h(
      'p',
      { class: 'lead' },
      'La loi Climat et résilience (2021) divise par deux la consommation d’espaces naturels, agricoles et forestiers de 2021–2030 par rapport à 2011–2020, puis vise le zéro artificialisation nette en 2050. Le compteur dit où en est un territoire.',
    ),
    picker,
    h('section', { class: 'block', 'aria-labelledby': 'zan-gauge-title' }, h('h2', { id: 'zan-gauge-title' }, 'Enveloppe 2021–2030'), gaugeSlot),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'zan-trajectory-title' },
      h('h2', { id: 'zan-trajectory-title' }, 'Trajectoire 2011–2050'),
      trajectorySlot,
    ),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'zan-destinations-title' },
      h('h2', { id: 'zan-destinations-title' }, 'Consommation par destination'),
      destinationsSlot,
    ),
    h(
      'section',
      { class: 'block', id: 'zan-classement', 'aria-labelledby': 'zan-ranking-title' },
      h('h2', { id: 'zan-ranking-title' }, 'Classement des communes'),
      rankingOptions,
      rankingSlot,
    ),
    h('section', { class: 'block', 'aria-labelledby': 'zan-download-title' }, h('h2', { id: 'zan-download-title' }, 'Télécharger et réutiliser'), downloadSlot),
  );

  // --- territory -------------------------------------------------------------------------------------------------------
  async function resolve(id: string): Promise<Picked> {
    const known = choices ? [...choices.groupements, ...choices.epcis].find((t) => t.id === id) : undefined;
    if (known && known.level !== 'commune') return { id, name: known.name, level: known.level, epci: null };
    const detail: TerritoryDetail = await ctx.client.getTerritory(id);
    return { id, name: detail.name, level: detail.level, epci: detail.parents.find((p) => p.level === 'epci')?.id ?? null };
  }

  function renderPicker(): void {
    const options: Option[] = [
      ...(choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
      ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités (EPCI)' })),
    ];
    if (picked && picked.level === 'commune') options.unshift({ value: picked.id, label: `${picked.name} (commune)`, group: 'Commune choisie' });
    const select = selectField('Territoire', 'territory', options, route.territory, (value) => ctx.navigate({ ...route, territory: value }));
    replaceContent(picker, select.field, communeSearch());
  }

  /** Search a commune by name (as in the territory profile); choosing one shows its counter. */
  function communeSearch(): HTMLElement {
    const id = uid('zan-commune');
    const input = h('input', {
      type: 'search',
      id,
      name: 'commune-search',
      class: 'input',
      autocomplete: 'off',
      placeholder: 'Ex. : Béthune, Liévin…',
      'aria-describedby': `${id}-hint`,
    });
    const results = h('ul', { class: 'search-results', 'aria-label': 'Communes trouvées' });
    const status = h('p', { class: 'search-status', role: 'status' });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let mine = 0;
    let first: TerritorySummary | null = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        const ticket = ++mine;
        if (q.length < 2) {
          results.replaceChildren();
          status.textContent = q === '' ? '' : 'Tapez au moins deux lettres.';
          first = null;
          return;
        }
        try {
          const page = await ctx.client.get({ path: '/api/v1/territories', query: { q, level: 'commune', limit: 8 } });
          if (ticket !== mine || destroyed) return;
          first = page.items[0] ?? null;
          results.replaceChildren(
            ...page.items.map((t) => {
              const link = h('a', { href: `/zan?territory=${t.id}`, 'data-nav': '', class: 'search-results__link' }, t.name);
              return h('li', {}, link, h('span', { class: 'search-results__level' }, ` — ${levelLabel(t.level)}`));
            }),
          );
          status.textContent =
            page.items.length === 0
              ? `Aucune commune ne correspond à « ${q} ».`
              : `${formatInteger(page.total)} commune${page.total > 1 ? 's' : ''} trouvée${page.total > 1 ? 's' : ''}.`;
        } catch (error) {
          if (ticket === mine) showError(status, error);
        }
      }, 200);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        if (first) ctx.navigate({ ...route, territory: first.id });
      }
    });
    return h(
      'form',
      { class: 'search', role: 'search' },
      h('label', { for: id, class: 'label' }, 'Ou une commune'),
      h('p', { class: 'hint', id: `${id}-hint` }, 'Son nom, sans accents ni majuscules ; Entrée ouvre la première.'),
      input,
      status,
      results,
    );
  }

  // --- loading ---------------------------------------------------------------------------------------------------------
  async function load(): Promise<void> {
    const mine = ++generation;
    const territory = route.territory;
    for (const slot of [gaugeSlot, trajectorySlot, destinationsSlot]) slot.setAttribute('aria-busy', 'true');
    renderDownloads();
    try {
      choices ??= await ctx.territoryChoices().catch(() => null);
      picked = await resolve(territory);
    } catch (error) {
      if (mine !== generation || destroyed) return;
      const unknown = error instanceof ApiError && (error.status === 404 || error.status === 400);
      title.textContent = unknown ? 'Territoire inconnu' : 'Compteur ZAN';
      ctx.setTitle(unknown ? 'Territoire inconnu' : 'Compteur ZAN');
      picked = null;
      renderPicker();
      const explained = unknown
        ? new ApiError(`Le territoire « ${territory} » est inconnu.`, { kind: 'http', url: (error as ApiError).url, status: 404 })
        : error;
      showError(gaugeSlot, explained, () => void load());
      replaceContent(trajectorySlot);
      replaceContent(destinationsSlot);
      replaceContent(rankingSlot);
      return;
    }
    if (mine !== generation || destroyed) return;
    title.textContent = `Compteur ZAN — ${picked.name}`;
    ctx.setTitle(`Compteur ZAN — ${picked.name}`);
    renderPicker();
    void loadRanking();
    const counterRequest = ctx.client.get({ path: '/api/v1/zan/counter', query: { territory } });
    const consumptionRequest = ctx.client.get({ path: '/api/v1/zan/consumption', query: { territory, from: 2011 } });
    const name = picked.name;
    await Promise.allSettled([
      counterRequest.then(
        (answer) => {
          if (mine !== generation || destroyed) return;
          counter = answer;
          renderGauge(answer, name);
        },
        (error: unknown) => mine === generation && showError(gaugeSlot, error, () => void load()),
      ),
      consumptionRequest.then(
        async (answer) => {
          if (mine !== generation || destroyed) return;
          consumption = answer;
          await renderDestinations(answer, name);
        },
        (error: unknown) => mine === generation && showError(destinationsSlot, error, () => void load()),
      ),
    ]);
    if (mine !== generation || destroyed) return;
    if (counter && consumption && counter.territory === territory && consumption.territory === territory) {
      await renderTrajectory(counter, consumption, name);
    } else {
      const failure = await Promise.allSettled([counterRequest, consumptionRequest]);
      const reason = failure.find((r) => r.status === 'rejected');
      if (reason && reason.status === 'rejected') showError(trajectorySlot, reason.reason, () => void load());
    }
  }

  function renderGauge(c: ZanCounter, name: string): void {
    const figure = (label: string, value: string, attrs: Record<string, string | number> = {}, alert = false): HTMLElement =>
      h(
        'li',
        { class: `gauge__figure${alert ? ' gauge__figure--alert' : ''}` },
        h('p', { class: 'gauge__figure-label' }, label),
        h('p', { class: 'gauge__figure-value', ...attrs }, value),
      );
    replaceContent(
      gaugeSlot,
      h(
        'div',
        { class: 'gauge', 'data-territory': c.territory },
        h(
          'div',
          {},
          h('div', { class: 'gauge__bar' }, gaugeSvg(c)),
          h(
            'ul',
            { class: 'gauge__figures' },
            figure('Consommé depuis 2021', ha(c.consumedHa), { 'data-testid': 'consumed', 'data-value': c.consumedHa }),
            figure('Enveloppe 2021–2030', ha(c.envelopeHa), { 'data-testid': 'envelope', 'data-value': c.envelopeHa }),
            figure(c.exceeded ? 'Dépassement' : 'Reste', ha(Math.abs(c.remainingHa)), { 'data-testid': 'remaining', 'data-value': c.remainingHa }, c.exceeded),
            figure('Rythme (3 dernières années)', `${ha(c.pacePerYearHa)}/an`, { 'data-testid': 'pace', 'data-value': c.pacePerYearHa }),
            figure(
              c.exceeded ? 'Enveloppe épuisée en' : 'Épuisement projeté',
              c.exhaustionYear === null ? 'non atteint' : String(c.exhaustionYear),
              { 'data-testid': 'exhaustion', 'data-value': c.exhaustionYear ?? '' },
              c.exceeded || (c.exhaustionYear !== null && c.exhaustionYear <= 2030),
            ),
          ),
        ),
        h('ul', { class: 'gauge__sentences', 'data-testid': 'sentences' }, ...counterSentences(c, name).map((t) => h('li', {}, t))),
      ),
      h(
        'p',
        { class: 'note' },
        `Consommation connue jusqu’en ${c.latestYear} ; référence 2011–2020 : ${ha(c.referenceHa)}. Source : fichiers fonciers du Cerema (données de démonstration).`,
      ),
    );
  }

  function drawInto(slot: HTMLElement, figure: HTMLElement, draw: (width: number) => Element): void {
    const paint = (): void => {
      try {
        figure.replaceChildren(draw(Math.max(300, Math.floor(slot.clientWidth || 760))));
      } catch (error) {
        showError(figure, new Error(`Le graphique n’a pas pu être dessiné (${String(error)}).`));
      }
    };
    paint();
    if (typeof ResizeObserver === 'undefined') return;
    let last = slot.clientWidth;
    const observer = new ResizeObserver(() => {
      if (Math.abs(slot.clientWidth - last) < 24) return;
      last = slot.clientWidth;
      paint();
    });
    observer.observe(slot);
    resizers.push(observer);
  }

  async function renderTrajectory(c: ZanCounter, data: ZanConsumption, name: string): Promise<void> {
    let module: Charts;
    try {
      module = await charts;
    } catch (error) {
      showError(trajectorySlot, error);
      return;
    }
    if (destroyed) return;
    const rows = module.trajectoryRows(c, data.years);
    const chartTitle = `Consommation d’espaces ${of(name)} et trajectoire 2011–2050 (hectares par an)`;
    const kindLabel: Record<string, string> = {
      reference: 'consommé (référence)',
      consumed: 'consommé (compté dans l’enveloppe)',
      projection: 'projection au rythme actuel',
      path: 'autorisé (trajectoire)',
    };
    const figure = h('figure', { class: 'chart__figure', 'data-first-year': rows[0]?.year ?? '', 'data-last-year': rows[rows.length - 1]?.year ?? '' });
    const legend = h(
      'ul',
      { class: 'chart__legend--zan', 'aria-hidden': 'true' },
      h('li', {}, h('span', { class: 'swatch', style: `background:${module.COLOURS.reference}` }), 'Consommation 2011–2020'),
      h('li', {}, h('span', { class: 'swatch', style: `background:${module.COLOURS.consumed}` }), 'Consommation depuis 2021'),
      h('li', {}, h('span', { class: 'swatch', style: `background:#fff;border:1px dashed ${module.COLOURS.projection}` }), 'Projection au rythme actuel'),
      h(
        'li',
        { style: `color:${module.COLOURS.envelope}` },
        h('span', { class: 'swatch swatch--line' }),
        h('span', { style: 'color:#161616' }, `Enveloppe : ${ha(c.envelopeHa / 10)} par an en moyenne`),
      ),
      h('li', { style: 'color:#3a3a3a' }, h('span', { class: 'swatch swatch--line swatch--dashed' }), `Référence : ${ha(c.referenceHa / 10)} par an`),
      h('li', {}, h('span', { class: 'swatch', style: `background:#b9dcc4;border-color:${module.COLOURS.path}` }), 'Trajectoire autorisée 2031–2050'),
    );
    const table = simpleTable(
      chartTitle,
      ['Année', 'Hectares', 'Nature'],
      rows.map((r) => [String(r.year), formatDecimal(r.ha, 2), kindLabel[r.kind] ?? r.kind]),
      1,
    );
    replaceContent(trajectorySlot, legend, figure, tableAlternative('Afficher les données de la trajectoire sous forme de tableau', table));
    drawInto(trajectorySlot, figure, (width) => module.trajectoryChart(c, data.years, { width, title: chartTitle }));
  }

  async function renderDestinations(data: ZanConsumption, name: string): Promise<void> {
    let module: Charts;
    try {
      module = await charts;
    } catch (error) {
      showError(destinationsSlot, error);
      return;
    }
    if (destroyed) return;
    if (data.years.length === 0) {
      replaceContent(destinationsSlot, h('p', {}, 'Pas de consommation enregistrée pour ce territoire.'));
      return;
    }
    const chartTitle = `Consommation d’espaces ${of(name)} par destination et par an (hectares)`;
    const legend = h(
      'ul',
      { class: 'chart__legend--zan', 'aria-hidden': 'true' },
      ...module.DESTINATIONS.map((d) => h('li', {}, h('span', { class: 'swatch', style: `background:${d.colour}` }), d.label)),
    );
    const figure = h('figure', { class: 'chart__figure' });
    const totals = module.DESTINATIONS.map((d) => data.years.reduce((sum, y) => sum + (y.byDestination[d.code] ?? 0), 0));
    const grand = data.years.reduce((sum, y) => sum + y.totalHa, 0);
    const table = h(
      'div',
      { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': chartTitle },
      h(
        'table',
        { class: 'table', 'data-testid': 'destinations-table' },
        h('caption', {}, chartTitle),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Année'),
            ...module.DESTINATIONS.map((d) => h('th', { scope: 'col', class: 'num' }, d.label)),
            h('th', { scope: 'col', class: 'num' }, 'Total'),
          ),
        ),
        h(
          'tbody',
          {},
          ...data.years.map((y) =>
            h(
              'tr',
              { 'data-year': y.year },
              h('th', { scope: 'row' }, String(y.year)),
              ...module.DESTINATIONS.map((d) =>
                h(
                  'td',
                  { class: 'num', 'data-destination': d.code, 'data-value': y.byDestination[d.code] ?? 0 },
                  formatDecimal(y.byDestination[d.code] ?? 0, 2),
                ),
              ),
              h('td', { class: 'num', 'data-total': y.totalHa }, h('strong', {}, formatDecimal(y.totalHa, 2))),
            ),
          ),
        ),
        h(
          'tfoot',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, `${data.years[0]?.year}–${data.years[data.years.length - 1]?.year}`),
            ...totals.map((t) => h('td', { class: 'num' }, formatDecimal(t, 1))),
            h('td', { class: 'num' }, h('strong', {}, formatDecimal(grand, 1))),
          ),
        ),
      ),
    );
    const shares = module.DESTINATIONS.map((d, i) => ({ label: d.label, share: grand > 0 ? totals[i]! / grand : 0 })).sort((a, b) => b.share - a.share);
    replaceContent(
      destinationsSlot,
      h(
        'p',
        {},
        `Depuis ${data.years[0]?.year}, ${shares
          .slice(0, 2)
          .map((x) => `${x.label.toLowerCase()} ${percent.format(x.share)}`)
          .join(', ')} de la consommation d’espaces ${of(name)}.`,
      ),
      legend,
      figure,
      tableAlternative('Afficher la consommation par destination sous forme de tableau', table),
    );
    drawInto(destinationsSlot, figure, (width) => module.destinationsChart(data.years, { width, title: chartTitle }));
  }

  async function loadRanking(): Promise<void> {
    const mine = ++rankingGeneration;
    const within = picked?.level === 'commune' ? picked.epci : route.territory;
    replaceContent(
      rankingOptions,
      selectField(
        'Consommation rapportée',
        'per',
        [
          { value: 'inhabitant', label: 'à chaque nouvel habitant' },
          { value: 'job', label: 'à chaque nouvel emploi salarié privé' },
        ],
        route.per,
        (value) => ctx.navigate({ ...route, per: value === 'job' ? 'job' : 'inhabitant' }),
      ).field,
    );
    if (!within) {
      replaceContent(rankingSlot, h('p', {}, 'Pas d’intercommunalité connue pour cette commune : pas de classement.'));
      return;
    }
    replaceContent(rankingSlot, loading('Chargement du classement…'));
    try {
      const answer = await ctx.client.get({ path: '/api/v1/zan/ranking', query: { within, per: route.per, from: 2011, to: 2020 } });
      if (mine !== rankingGeneration || destroyed) return;
      renderRanking(answer);
    } catch (error) {
      if (mine === rankingGeneration && !destroyed) showError(rankingSlot, error, () => void loadRanking());
    }
  }

  function renderRanking(answer: ZanRanking): void {
    const unit = answer.per === 'job' ? 'emploi' : 'habitant';
    const columns: Column<RankedCommune>[] = [
      { key: 'rank', label: 'Rang', numeric: true, cell: (r) => (r.rank === null ? MISSING : formatInteger(r.rank)), sort: (r) => r.rank },
      {
        key: 'name',
        label: 'Commune',
        rowHeader: true,
        cell: (r) => h('a', { href: `/zan?territory=${r.commune}${route.per === 'job' ? '&per=job' : ''}`, 'data-nav': '' }, r.name),
        sort: (r) => r.name,
      },
      {
        key: 'consumed',
        label: `Consommation ${answer.from}–${answer.to} (ha)`,
        numeric: true,
        cell: (r) => formatDecimal(r.consumedHa, 2),
        sort: (r) => r.consumedHa,
      },
      {
        key: 'gain',
        label: answer.per === 'job' ? 'Emplois gagnés' : 'Habitants gagnés',
        numeric: true,
        cell: (r) => (r.gain === null ? MISSING : formatInteger(r.gain)),
        sort: (r) => r.gain,
      },
      {
        key: 'per',
        label: `m² par nouvel ${unit}`,
        numeric: true,
        cell: (r) => (r.squareMetresPer === null ? h('span', { title: 'Pas de gain sur la période' }, 'sans gain') : formatInteger(r.squareMetresPer)),
        sort: (r) => r.squareMetresPer,
      },
    ];
    const table = sortableTable(
      `Communes ${of(answer.within === picked?.id ? picked.name : (choices?.epcis.find((e) => e.id === answer.within)?.name ?? answer.within))}, de la plus sobre à la moins sobre : mètres carrés consommés par nouvel ${unit}, ${answer.from}–${answer.to}`,
      columns,
      answer.items,
      { key: 'rank', direction: 'ascending' },
      (r) => ({ 'data-commune': r.commune, class: r.commune === route.territory ? 'is-selected' : '' }),
    );
    replaceContent(
      rankingSlot,
      h(
        'p',
        { class: 'note' },
        `Consommation d’espaces ${answer.from}–${answer.to} divisée par le gain ${answer.per === 'job' ? 'd’emplois salariés privés (URSSAF)' : 'de population (INSEE)'} sur la même période. Une commune qui n’a pas gagné d’${unit}s n’est pas classée.`,
      ),
      table.element,
    );
  }

  function renderDownloads(): void {
    const origin = ctx.window.location.origin;
    const csv = apiUrl({ path: '/api/v1/zan/consumption', query: { territory: route.territory, format: 'csv' } });
    const counterUrl = apiUrl({ path: '/api/v1/zan/counter', query: { territory: route.territory } });
    replaceContent(
      downloadSlot,
      h(
        'p',
        { class: 'downloads__buttons' },
        h(
          'a',
          { class: 'button', href: csv, download: `zan_${route.territory.replace(':', '-')}.csv`, 'data-download': 'csv' },
          'Télécharger les données du compteur (CSV)',
        ),
      ),
      h(
        'p',
        { class: 'note' },
        'Le CSV contient les données d’entrée du compteur : une ligne par commune, année et destination (commune_id, year, destination, hectares), lisible tel quel par pandas.read_csv ou un tableur.',
      ),
      h('p', { class: 'label' }, 'Le compteur dans l’API'),
      ...apiAddress(counterUrl, origin),
    );
  }

  void load();

  return {
    update(next: Route) {
      if (!isZanRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.territory !== next.territory) {
        counter = null;
        consumption = null;
        for (const r of resizers.splice(0)) r.disconnect();
        void load();
      } else if (previous.per !== next.per) {
        void loadRanking();
      }
    },
    destroy() {
      destroyed = true;
      generation++;
      rankingGeneration++;
      for (const r of resizers.splice(0)) r.disconnect();
    },
  };
}
