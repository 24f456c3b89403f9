/**
 * A QPV's sheet (/politique-ville/qpv?code=…): for each indicator, the quarter, its commune and its EPCI side by side
 * at the latest year, with the gaps (in points for a rate); the yearly series as a table under each theme.
 */
import './politique-ville.css';
import { apiAddress, loading, showError, simpleTable } from '../../platform/ui/components';
import type { Context, View } from '../../platform/context';
import type { Route } from '../../platform/routes';
import { observatoryBreadcrumb } from '../../platform/ui/breadcrumb';
import { h, replaceContent } from '../../platform/ui/dom';
import type { QpvIndicator, QpvSheet } from './api';
import { OBSERVATORY } from './home';
import { homeRoute, homeUrl, type QpvRoute } from './route';
import { figure, gap } from './words';

const THEMES: Record<string, string> = {
  education: 'Éducation',
  habitat: 'Habitat',
  emploi: 'Emploi',
  revenu: 'Revenu',
  demographie: 'Démographie',
  sante: 'Santé',
};

function sideBySide(sheet: QpvSheet, indicators: QpvIndicator[], caption: string): HTMLElement {
  return simpleTable(
    caption,
    ['Indicateur', 'Année', sheet.qpv.name, sheet.commune?.name ?? 'Commune', sheet.epci?.name ?? 'EPCI', 'Écart à la commune', 'Écart à l’EPCI'],
    indicators.map((i) => [
      i.label,
      i.latest ?? '—',
      h('span', { 'data-testid': 'qpv', 'data-code': i.code, 'data-value': i.qpv ?? '' }, figure(i.qpv, i.decimals, i.unit)),
      h('span', { 'data-testid': 'commune', 'data-code': i.code, 'data-value': i.commune ?? '' }, figure(i.commune, i.decimals, i.unit)),
      h('span', { 'data-testid': 'epci', 'data-code': i.code, 'data-value': i.epci ?? '' }, figure(i.epci, i.decimals, i.unit)),
      h('span', { 'data-testid': 'gap-commune', 'data-code': i.code }, gap(i.gapToCommune, i.decimals, i.gapUnit)),
      gap(i.gapToEpci, i.decimals, i.gapUnit),
    ]),
  );
}

function series(sheet: QpvSheet, i: QpvIndicator): HTMLElement {
  return h(
    'details',
    { class: 'pv-series' },
    h('summary', {}, `${i.label} : chaque année`),
    simpleTable(
      `${i.label}, ${sheet.qpv.name}, sa commune et son EPCI`,
      ['Année', 'QPV', 'Commune', 'EPCI'],
      i.series.map((y) => [y.period, figure(y.qpv, i.decimals, i.unit), figure(y.commune, i.decimals, i.unit), figure(y.epci, i.decimals, i.unit)]),
    ),
  );
}

export function mountQpv(container: HTMLElement, initial: Route, ctx: Context): View {
  let destroyed = false;
  const route = initial as QpvRoute;
  const body = h('div', { class: 'pv-sheet', 'aria-busy': 'true' }, loading('Chargement du quartier…'));
  const title = h('h1', { tabindex: '-1' }, 'Quartier prioritaire');
  container.append(observatoryBreadcrumb('politique-ville', OBSERVATORY, 'Fiche d’un quartier'), title, body);

  async function load(code: string): Promise<void> {
    try {
      const sheet = await ctx.client.getJson<QpvSheet>(`/api/v1/politique-ville/qpv/${encodeURIComponent(code)}`);
      if (destroyed) return;
      title.textContent = `${sheet.qpv.name} (${code})`;
      const where = [sheet.communes.map((c) => c.name).join(' et '), sheet.epci?.name].filter(Boolean).join(', ');
      const themes = Object.entries(THEMES)
        .map(([theme, label]) => ({ label, indicators: sheet.indicators.filter((i) => i.theme === theme) }))
        .filter((t) => t.indicators.length > 0);
      replaceContent(
        body,
        h(
          'p',
          { class: 'lead' },
          `Quartier prioritaire de ${where}. Les écarts se lisent en points pour les taux : un écart positif est une valeur plus haute dans le quartier.`,
        ),
        ...themes.map((t) =>
          h(
            'section',
            { class: 'block', 'aria-label': t.label },
            h('h2', {}, t.label),
            sideBySide(sheet, t.indicators, `${t.label} : le quartier, sa commune et son EPCI`),
            ...t.indicators.map((i) => series(sheet, i)),
          ),
        ),
        h('section', { class: 'block' }, h('h2', {}, 'Les données'), ...apiAddress(`/api/v1/politique-ville/qpv/${code}`, ctx.window.location.origin)),
      );
      body.removeAttribute('aria-busy');
      body.setAttribute('data-loaded', '');
    } catch (error) {
      if (!destroyed) showError(body, error, () => void load(code));
    }
  }

  if (route.code === null) replaceContent(body, h('p', {}, h('a', { href: homeUrl(homeRoute()), 'data-nav': '' }, 'Choisir un quartier')));
  else void load(route.code);
  let current = route.code;
  return {
    update(next: Route) {
      const code = (next as QpvRoute).code;
      if (code === current) return;
      current = code;
      if (code !== null) void load(code);
    },
    destroy() {
      destroyed = true;
    },
  };
}
