/**
 * Politique de la ville (/politique-ville): the quartiers prioritaires, each linking to its sheet (QPV / commune /
 * EPCI side by side), and the NPNRU programmes, each linking to its evaluation against its T0.
 */
import './politique-ville.css';
import { apiAddress, loading, showError } from '../../platform/ui/components';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { h, replaceContent } from '../../platform/ui/dom';
import type { Programmes, Territories } from './api';
import { programmeRoute, programmeUrl, qpvRoute, qpvUrl } from './route';

export const OBSERVATORY = 'Observatoire de la politique de la ville';

export function mountHome(container: HTMLElement, _initial: Route, ctx: Context): View {
  let destroyed = false;
  const programmes = h('ul', { class: 'pv-list', 'aria-busy': 'true', 'data-testid': 'programmes' }, h('li', {}, loading('Chargement des programmes…')));
  const qpvs = h('ul', { class: 'pv-list', 'aria-busy': 'true', 'data-testid': 'qpvs' }, h('li', {}, loading('Chargement des quartiers…')));
  container.append(
    observatoryBreadcrumb('politique-ville', OBSERVATORY, 'Quartiers et programmes'),
    h('h1', { tabindex: '-1' }, 'Quartiers prioritaires et renouvellement urbain'),
    h(
      'p',
      { class: 'lead' },
      'Les écarts entre chaque quartier prioritaire (QPV), sa commune et son intercommunalité, suivis chaque année, et les ' +
        'programmes de renouvellement urbain (NPNRU) évalués depuis leur état initial (T0).',
    ),
    h('section', { class: 'block', 'aria-labelledby': 'pv-programmes' }, h('h2', { id: 'pv-programmes' }, 'Programmes NPNRU'), programmes),
    h('section', { class: 'block', 'aria-labelledby': 'pv-qpvs' }, h('h2', { id: 'pv-qpvs' }, 'Quartiers prioritaires'), qpvs),
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'pv-api' },
      h('h2', { id: 'pv-api' }, 'Les données'),
      ...apiAddress('/api/v1/territories?level=qpv', ctx.window.location.origin),
    ),
  );

  async function load(): Promise<void> {
    try {
      const [list, territories] = await Promise.all([
        ctx.client.getJson<Programmes>('/api/v1/politique-ville/npnru'),
        ctx.client.getJson<Territories>('/api/v1/territories?level=qpv&limit=1000'),
      ]);
      if (destroyed) return;
      replaceContent(
        programmes,
        ...list.items.map((p) =>
          h(
            'li',
            { 'data-id': p.id },
            h('a', { href: programmeUrl(programmeRoute(p.id)), 'data-nav': '' }, p.name),
            ` · T0 ${p.t0Year}${p.demo ? ' · démonstration' : ''}`,
          ),
        ),
      );
      if (list.items.length === 0) replaceContent(programmes, h('li', {}, 'Aucun programme n’est encore suivi.'));
      replaceContent(
        qpvs,
        ...territories.items.map((t) => h('li', { 'data-id': t.id }, h('a', { href: qpvUrl(qpvRoute(t.code)), 'data-nav': '' }, t.name), ` (${t.code})`)),
      );
      if (territories.items.length === 0) replaceContent(qpvs, h('li', {}, 'Aucun quartier prioritaire dans le référentiel.'));
      programmes.removeAttribute('aria-busy');
      qpvs.removeAttribute('aria-busy');
      qpvs.setAttribute('data-loaded', '');
    } catch (error) {
      if (!destroyed) showError(programmes, error, () => void load());
    }
  }

  void load();
  return {
    update(_next: Route) {},
    destroy() {
      destroyed = true;
    },
  };
}
