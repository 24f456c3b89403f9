/**
 * An NPNRU programme against its T0 (/politique-ville/npnru?id=…): per indicator, its quarters together, their
 * commune(s) and the EPCI at T0 and at the latest year, the change since T0, and whether the gap to the EPCI narrowed.
 */
import './politique-ville.css';
import { apiAddress, loading, showError, simpleTable } from '../../platform/ui/components';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { h, replaceContent } from '../../platform/ui/dom';
import type { Programme } from './api';
import { OBSERVATORY } from './home';
import { homeRoute, homeUrl, qpvRoute, qpvUrl, type ProgrammeRoute } from './route';
import { figure, gap, narrowedWords } from './words';

function changes(p: Programme): HTMLElement {
  return simpleTable(
    `${p.name} : évolution depuis le T0 (${p.t0Year})`,
    [
      'Indicateur',
      'Quartiers au T0',
      'Quartiers, dernière année',
      'Évolution des quartiers',
      'Évolution de la commune',
      'Évolution de l’EPCI',
      'Écart à l’EPCI',
    ],
    p.indicators.map((i) => [
      i.label,
      figure(i.programme.atT0, i.decimals, i.unit),
      `${figure(i.programme.latest, i.decimals, i.unit)}${i.latest ? ` (${i.latest})` : ''}`,
      h('span', { 'data-testid': 'change', 'data-code': i.code, 'data-value': i.programme.change ?? '' }, gap(i.programme.change, i.decimals, i.gapUnit)),
      gap(i.commune.change, i.decimals, i.gapUnit),
      gap(i.epci.change, i.decimals, i.gapUnit),
      h(
        'span',
        { 'data-testid': 'narrowed', 'data-code': i.code },
        `${narrowedWords(i.gapNarrowed)} (${gap(i.gapToEpciAtT0, i.decimals, i.gapUnit)} → ${gap(i.gapToEpciLatest, i.decimals, i.gapUnit)})`,
      ),
    ]),
  );
}

export function mountProgramme(container: HTMLElement, initial: Route, ctx: Context): View {
  let destroyed = false;
  const route = initial as ProgrammeRoute;
  const body = h('div', { class: 'pv-programme', 'aria-busy': 'true' }, loading('Chargement du programme…'));
  const title = h('h1', { tabindex: '-1' }, 'Programme de renouvellement urbain');
  container.append(observatoryBreadcrumb('politique-ville', OBSERVATORY, 'Programme NPNRU'), title, body);

  async function load(id: string): Promise<void> {
    try {
      const p = await ctx.client.getJson<Programme>(`/api/v1/politique-ville/npnru/${encodeURIComponent(id)}`);
      if (destroyed) return;
      title.textContent = p.name;
      replaceContent(
        body,
        h(
          'p',
          { class: 'lead' },
          `${p.epci.name} · T0 ${p.t0Year}${p.demo ? ' · démonstration' : ''}. Les quartiers sont comptés ensemble (somme des numérateurs sur somme des dénominateurs) ; ` +
            'un écart réduit est un écart à l’EPCI plus petit, en valeur absolue, à la dernière année qu’au T0.',
        ),
        h(
          'p',
          {},
          'Quartiers : ',
          ...p.qpvs.flatMap((q, index) => [index > 0 ? ', ' : '', h('a', { href: qpvUrl(qpvRoute(q.id.slice('qpv:'.length))), 'data-nav': '' }, q.name)]),
        ),
        changes(p),
        h('section', { class: 'block' }, h('h2', {}, 'Les données'), ...apiAddress(`/api/v1/politique-ville/npnru/${id}`, ctx.window.location.origin)),
      );
      body.removeAttribute('aria-busy');
      body.setAttribute('data-loaded', '');
    } catch (error) {
      if (!destroyed) showError(body, error, () => void load(id));
    }
  }

  if (route.id === null) replaceContent(body, h('p', {}, h('a', { href: homeUrl(homeRoute()), 'data-nav': '' }, 'Choisir un programme')));
  else void load(route.id);
  let current = route.id;
  return {
    update(next: Route) {
      const id = (next as ProgrammeRoute).id;
      if (id === current) return;
      current = id;
      if (id !== null) void load(id);
    },
    destroy() {
      destroyed = true;
    },
  };
}
