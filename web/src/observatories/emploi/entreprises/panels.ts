/**
 * The page's panels, each drawn from one API answer: the key figures, the sectors most hit, the survival rate in the
 * report's classes, the companies by sector and the jobs in tension. data-testid and data-value carry the API's
 * numbers for the tests.
 */
import { formatDecimal, formatInteger, formatRate, formatShare, MISSING } from '../../../platform/format';
import { simpleTable } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import type { DemographyResponse, TensionResponse, YearFigure } from './api';

/** Where a figure comes from: the activity report's real value, the demo, or a sum of communes. */
function origin(vintage: string | null | undefined): string {
  if (!vintage) return 'somme des communes';
  return vintage.startsWith('Rapport d') ? `valeur réelle : ${vintage}` : 'données de démonstration';
}

function percent(value: number | null | undefined): string {
  return value == null ? MISSING : `${formatDecimal(value, 1)}\u00a0%`;
}

function card(testId: string, label: string, value: number | null | undefined, shown: string, ...facts: string[]): HTMLElement {
  return h(
    'li',
    { class: 'figure-card' },
    h('h3', { class: 'figure-card__label' }, label),
    h('p', { class: 'figure-card__value', 'data-testid': testId, 'data-value': value ?? '' }, value == null ? MISSING : shown),
    h('ul', { class: 'figure-card__facts' }, ...facts.filter((f) => f !== '').map((f) => h('li', {}, f))),
  );
}

function change(figure: YearFigure, year: number): string {
  return figure.change == null ? '' : `${formatRate(figure.change)} par rapport à ${year - 1}`;
}

export function renderHeadline(slot: HTMLElement, d: DemographyResponse): void {
  const survival = d.survival;
  replaceContent(
    slot,
    h(
      'ul',
      { class: 'figure-cards' },
      card(
        'creations',
        `Créations d’entreprises en ${d.year}`,
        d.creations.value,
        formatInteger(d.creations.value),
        change(d.creations, d.year),
        'hors micro-entrepreneurs',
      ),
      card('companies', `Entreprises actives fin ${d.year}`, d.companies.value, formatInteger(d.companies.value), change(d.companies, d.year)),
      card(
        'failures',
        `Défaillances d’entreprises en ${d.year}`,
        d.failures.value,
        formatInteger(d.failures.value),
        change(d.failures, d.year),
        d.failuresIndex == null ? '' : `indice ${formatDecimal(d.failuresIndex, 1)} (base 100 en ${d.indexBaseYear})`,
        origin(d.failures.vintage),
      ),
      card(
        'survival',
        `Pérennité à 5 ans en ${d.year}`,
        survival.rate,
        percent(survival.rate),
        survival.classLabel ? `classe : ${survival.classLabel}` : '',
        `entreprises créées en ${survival.cohortYear}`,
        origin(survival.vintage),
      ),
    ),
  );
}

export function renderSectors(slot: HTMLElement, d: DemographyResponse): void {
  replaceContent(
    slot,
    simpleTable(
      `Défaillances par secteur en ${d.year}, du plus touché au moins touché`,
      ['Secteur', 'Rang', `Défaillances ${d.year}`, `${d.year - 1}`, 'Évolution', 'Part'],
      d.mostHitSectors.map((s) => [
        s.label,
        formatInteger(s.rank),
        h('span', { 'data-testid': `sector-${s.sector}`, 'data-value': s.failures ?? '' }, formatInteger(s.failures)),
        formatInteger(s.previous),
        formatRate(s.change),
        formatShare(s.failures, d.failures.value),
      ]),
    ),
    simpleTable(
      `Défaillances par procédure en ${d.year}`,
      ['Procédure', 'Défaillances', 'Part'],
      d.failuresByProcedure.map((p) => [p.label, formatInteger(p.failures), formatShare(p.failures, d.failures.value)]),
    ),
    h(
      'p',
      { class: 'note' },
      'Une défaillance est l’ouverture d’une procédure collective (liquidation judiciaire, redressement judiciaire ou sauvegarde) ; elle ne se confond pas avec la cessation d’activité, notion plus large.',
    ),
  );
}

export function renderSurvival(slot: HTMLElement, d: DemographyResponse): void {
  const s = d.survival;
  replaceContent(
    slot,
    h(
      'p',
      {},
      s.rate == null
        ? `Pas de taux de pérennité pour ${d.year}.`
        : `${formatDecimal(s.rate, 1)}\u00a0% des entreprises créées en ${s.cohortYear} sont encore actives en ${d.year}` +
            (s.cohort == null ? '.' : ` (${formatInteger(s.survivors)} sur ${formatInteger(s.cohort)}).`),
    ),
    h(
      'ul',
      { class: 'entreprises-classes', 'aria-label': 'Classes du rapport d’activité' },
      ...s.classes.map((c) =>
        h(
          'li',
          {
            class: c.number === s.class ? 'entreprises-class entreprises-class--current' : 'entreprises-class',
            'aria-current': c.number === s.class ? 'true' : null,
          },
          c.label,
          c.number === s.class ? h('strong', {}, ' — classe du territoire') : null,
        ),
      ),
    ),
    h(
      'p',
      { class: 'note' },
      'Taux d’un territoire : somme des entreprises survivantes de ses communes ÷ somme des entreprises créées 5 ans plus tôt, jamais une moyenne de taux.',
    ),
  );
}

export function renderStock(slot: HTMLElement, d: DemographyResponse): void {
  replaceContent(
    slot,
    simpleTable(
      `Entreprises actives par secteur fin ${d.year}`,
      ['Secteur', 'Sections NAF', 'Entreprises', 'Part'],
      d.companiesBySector.map((s) => [s.label, s.nafSections, formatInteger(s.companies), formatShare(s.companies, d.companies.value)]),
      2,
    ),
  );
}

/** The BMO table, or why there is none (the survey has no commune or département figures). */
export function renderTension(slot: HTMLElement, t: TensionResponse | string): void {
  if (typeof t === 'string') {
    replaceContent(slot, h('p', { class: 'note' }, t));
    return;
  }
  replaceContent(
    slot,
    h(
      'p',
      {},
      `${formatInteger(t.projects)} projets de recrutement en ${t.year}, dont `,
      h('strong', { 'data-testid': 'tension-index', 'data-value': t.tensionIndex ?? '' }, percent(t.tensionIndex)),
      ' jugés difficiles par les employeurs.',
    ),
    simpleTable(
      `Tension par secteur en ${t.year}`,
      ['Secteur', 'Projets', 'Difficiles', 'Indice de tension'],
      t.sectors.map((s) => [s.label, formatInteger(s.projects), formatInteger(s.difficult), percent(s.tensionIndex)]),
    ),
    simpleTable(
      `Métiers en tension en ${t.year}, du plus difficile au moins difficile`,
      ['Métier', 'Rang', 'Secteur', 'Projets', 'Difficiles', 'Saisonniers', 'Indice de tension'],
      t.occupations.map((o) => [
        o.label,
        o.rank == null ? 'trop peu de projets' : formatInteger(o.rank),
        o.sectorLabel,
        formatInteger(o.projects),
        formatInteger(o.difficult),
        formatInteger(o.seasonal),
        percent(o.tensionIndex),
      ]),
      3,
    ),
    h('p', { class: 'note' }, `${t.definition} Source : ${t.source}${t.demo ? ' (données de démonstration)' : ''}.`),
  );
}
