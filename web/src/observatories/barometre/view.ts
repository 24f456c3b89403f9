/**
 * Baromètre économique (/barometre): for the PMA, the PETR Ternois 7 Vallées or an EPCI, a quarter's two-page brief
 * exactly as it prints (publication/render.ts), with Imprimer (the browser's print: publication.css sets the A4 pages,
 * barometre.css hides the site around them) and the PDF the API prints from the same rendering. The territory and the
 * quarter are in the URL.
 */
import './barometre.css';
import type { Context, View } from '../../platform/context';
import { formatPeriod } from '../../platform/format';
import type { Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { loading, selectField, showError } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { asPublication, type BarometreResponse } from './api';
import { renderBriefEditor } from './briefEditor';
import { pdfLink } from './download';
import { renderPublication } from './publication/render';
import { BAROMETRE_GROUPEMENTS, isBarometreRoute, pdfUrl, type BarometreRoute } from './route';

/** The indicator whose periods give the latest quarter when the URL names none. */
const HEADLINE = 'barometre.emploi_prive';

export function mountBarometre(container: HTMLElement, initial: BarometreRoute, ctx: Context): View {
  let route = initial;
  let generation = 0;
  // The territory and the quarter on a line of their own, kept from the start: the page does not move when they come.
  const place = h('span', { class: 'barometre-title__place' });
  const title = h('h1', { tabindex: '-1', class: 'barometre-title' }, 'Baromètre économique', ' ', place);
  const territorySlot = h('div', { class: 'barometre-control' }, loading('Chargement des territoires…'));
  const quarterSlot = h('div', { class: 'barometre-control' });
  const actions = h('div', { class: 'barometre-actions' });
  const status = h('p', { class: 'barometre-status', role: 'status' });
  const editor = h('div', { class: 'barometre-editor' });
  const publication = h('div', { class: 'barometre-sheets', 'aria-live': 'polite' }, loading('Chargement du baromètre…'));
  container.append(
    observatoryBreadcrumb('barometre', 'Baromètre économique', 'Le baromètre trimestriel'),
    title,
    h(
      'p',
      { class: 'lead' },
      'Chaque trimestre, l’emploi salarié privé, les demandeurs d’emploi, les défaillances d’entreprises et le score financier Nota-PME des PME, avec l’analyse de l’agence : la publication de deux pages telle qu’elle s’imprime.',
    ),
    h('div', { class: 'barometre-controls' }, territorySlot, quarterSlot, actions),
    status,
    editor,
    publication,
  );

  /** Which brief the editor edits: kept while the publication is drawn again after a save. */
  let editing: string | null = null;

  /** The brief's editor, for the agency's editors (the API refuses anyone else). */
  function showEditor(answer: BarometreResponse): void {
    const role = ctx.session.identity()?.role;
    const brief = `${answer.territory.id} ${answer.quarter}`;
    if (role !== 'agency_editor' && role !== 'admin') {
      editing = null;
      return replaceContent(editor);
    }
    if (editing === brief) return;
    editing = brief;
    renderBriefEditor(editor, {
      client: ctx.client,
      territory: answer.territory.id,
      quarter: answer.quarter,
      brief: answer.brief ?? null,
      saved: () => void load(),
    });
  }

  async function showTerritories(): Promise<void> {
    const choices = await ctx.territoryChoices().catch(() => null);
    const options = [
      ...(choices?.groupements ?? []).filter((t) => BAROMETRE_GROUPEMENTS.includes(t.id)).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
      ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités (EPCI)' })),
    ];
    if (!options.some((o) => o.value === route.territory)) options.unshift({ value: route.territory, label: route.territory, group: 'Territoire demandé' });
    replaceContent(territorySlot, selectField('Territoire', 'territory', options, route.territory, (territory) => ctx.navigate({ ...route, territory })).field);
  }

  function showQuarters(answer: BarometreResponse): void {
    const options = [...answer.quarters].reverse().map((q) => ({ value: q, label: formatPeriod(q) }));
    replaceContent(quarterSlot, selectField('Trimestre', 'quarter', options, answer.quarter, (quarter) => ctx.navigate({ ...route, quarter })).field);
  }

  function showActions(answer: BarometreResponse): void {
    const print = h('button', { type: 'button', class: 'button' }, 'Imprimer');
    print.addEventListener('click', () => ctx.window.print());
    const link = pdfLink(pdfUrl(answer.territory.id, answer.quarter), {
      key: () => ctx.session.key(),
      fetch: (input, init) => ctx.window.fetch(input, init),
      window: ctx.window,
      report: (message) => replaceContent(status, message),
    });
    replaceContent(actions, print, link);
  }

  /** The quarter of the URL, or the latest the barometer's headline indicator has. */
  async function quarterOf(): Promise<string> {
    if (route.quarter !== null) return route.quarter;
    const indicator = await ctx.client.get({ path: '/api/v1/indicators/{code}', params: { code: HEADLINE } });
    const quarters = indicator.periods.filter((p) => /^\d{4}-Q[1-4]$/.test(p)).sort();
    const latest = quarters[quarters.length - 1];
    if (!latest) throw new Error('Le baromètre n’a pas encore de trimestre publié.');
    return latest;
  }

  async function load(): Promise<void> {
    const mine = ++generation;
    const live = (): boolean => mine === generation;
    publication.setAttribute('aria-busy', 'true');
    void showTerritories();
    try {
      const quarter = await quarterOf();
      const answer = await ctx.client.get({ path: '/api/v1/barometre/{territory}/{quarter}', params: { territory: route.territory, quarter } });
      if (!live()) return;
      replaceContent(place, `${answer.territory.name}, ${formatPeriod(answer.quarter)}`);
      ctx.setTitle(`Baromètre économique — ${answer.territory.name}, ${formatPeriod(answer.quarter)}`);
      showQuarters(answer);
      showActions(answer);
      showEditor(answer);
      replaceContent(publication, renderPublication(asPublication(answer)));
    } catch (error) {
      if (!live()) return;
      replaceContent(actions);
      showError(publication, error, () => void load());
    }
  }

  void load();

  return {
    update(next: Route) {
      if (!isBarometreRoute(next)) return;
      const previous = route;
      route = next;
      if (previous.territory !== next.territory || previous.quarter !== next.quarter) void load();
    },
    destroy() {
      generation++;
    },
  };
}
