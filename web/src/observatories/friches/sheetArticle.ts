/**
 * A site's sheet: its name and status with the field check, the stored score (and a slot for the simulated one),
 * the characterisation, the vocations, the status history, the breakdown of the score, and the links.
 */
import { apiUrl } from '../../platform/api/client';
import { h } from '../../platform/ui/dom';
import { formatDecimal } from '../../platform/format';
import type { SiteDetail, StatusStep, VocationFit } from './api';
import { renderBreakdown } from './breakdown';
import { historyStepText, statusColour, statusLabel, suitabilityWidth } from './domain';
import { fieldCheck, sheetFacts } from './facts';

/** The vocations, best first, each with its bar and suitability (0–100). */
export function renderVocations(vocations: readonly VocationFit[]): HTMLElement {
  return h(
    'ul',
    { class: 'vocations', 'aria-label': 'Adéquation aux vocations, de 0 à 100' },
    ...vocations.map((v, i) =>
      h(
        'li',
        { class: 'vocation', 'data-vocation': v.vocation },
        h('span', { class: 'vocation__label' }, v.label, i === 0 ? h('span', { class: 'badge' }, 'la plus adaptée') : null),
        h(
          'span',
          { class: 'vocation__bar', 'aria-hidden': 'true' },
          h('span', { class: 'vocation__fill', style: `width:${suitabilityWidth(v.suitability)}%` }),
        ),
        h('span', { class: 'vocation__value' }, `${formatDecimal(v.suitability, 1)} / 100`),
      ),
    ),
  );
}

/** The status history, oldest first; who made each change when the API says it (partners and the agency). */
export function renderHistory(history: readonly StatusStep[]): HTMLElement {
  if (history.length === 0) return h('p', {}, 'Pas d’historique.');
  return h(
    'ol',
    { class: 'history' },
    ...history.map((step) => h('li', {}, historyStepText(step), step.actor ? h('span', { class: 'history__actor' }, ` (${step.actor})`) : null)),
  );
}

export interface SheetArticleProps {
  epciName: string | null;
  onClose(): void;
}

/** The sheet; its simulated score goes into its [data-testid="sheet-simulation"] slot. */
export function renderSheetArticle(detail: SiteDetail, props: SheetArticleProps): HTMLElement {
  const sheet = detail.sheet;
  const close = h('button', { type: 'button', class: 'button button--tertiary' }, 'Fermer la fiche');
  close.addEventListener('click', () => props.onClose());
  return h(
    'article',
    { class: 'site-sheet', 'data-site': sheet.id, 'aria-labelledby': 'site-sheet-title' },
    h(
      'header',
      { class: 'site-sheet__head' },
      h('h3', { id: 'site-sheet-title', tabindex: '-1' }, sheet.name),
      h(
        'p',
        { class: 'site-sheet__status' },
        h('span', { class: 'status-badge', style: `--status:${statusColour(sheet.status)}` }, statusLabel(sheet.status)),
        ' ',
        fieldCheck(sheet.fieldCheckedOn, 'vérifiée sur le terrain le '),
      ),
      h(
        'div',
        { class: 'site-sheet__score' },
        h('p', { class: 'key-figure__label' }, 'Score de mutabilité (pondérations en vigueur)'),
        h(
          'p',
          { class: 'key-figure__value', 'data-testid': 'stored-score', 'data-value': detail.score.value },
          `${formatDecimal(detail.score.value, 1)} / 100`,
        ),
        h('div', { class: 'site-sheet__simulated', 'data-testid': 'sheet-simulation' }),
      ),
    ),
    h(
      'div',
      { class: 'site-sheet__grid' },
      h(
        'div',
        {},
        h('h4', {}, 'Caractérisation'),
        h('dl', { class: 'meta' }, ...sheetFacts(sheet, props.epciName).flatMap(([t, v]) => [h('dt', {}, t), h('dd', {}, v)])),
      ),
      h('div', {}, h('h4', {}, 'Vocations possibles'), renderVocations(detail.vocations), h('h4', {}, 'Historique du statut'), renderHistory(detail.history)),
    ),
    h('h4', {}, 'Décomposition du score'),
    renderBreakdown(detail.score.breakdown),
    h(
      'p',
      { class: 'site-sheet__actions' },
      close,
      ' ',
      h('a', { href: apiUrl({ path: '/api/v1/friches/sites/{id}', params: { id: sheet.id } }) }, 'Cette fiche dans l’API (JSON)'),
    ),
  );
}
