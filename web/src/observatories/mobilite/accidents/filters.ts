/**
 * The filters of the accident map: years from–to, month, hour band, territory, built-up area, the law's rule, the
 * severities and the modes (checkboxes: any of them). Each change is a new route; the form is redrawn from it, the
 * focus kept on the field the reader was using.
 */
import type { TerritoryChoices } from '../../../platform/context';
import { checkboxField, selectField, type Option } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import { FIRST_YEAR, HOUR_BANDS, LAST_YEAR, MODES, SEVERITIES, type AccidentsRoute } from './route';
import { HOUR_BAND_LABELS, MODE_LABELS, MONTHS, SEVERITY_LABELS } from './words';

export type RouteChanges = Partial<Omit<AccidentsRoute, 'view'>>;

/** The territories offered: the whole perimeter, its groupements and EPCIs. */
export function territoryOptions(choices: TerritoryChoices | null): Option[] {
  return [
    { value: '', label: 'Tout le territoire de l’agence' },
    ...(choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
    ...(choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'EPCI' })),
  ];
}

function toggled<T>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(value);
  else set.delete(value);
  return order.filter((v) => set.has(v));
}

export function renderFilters(
  form: HTMLFormElement,
  route: AccidentsRoute,
  choices: TerritoryChoices | null,
  onChange: (changes: RouteChanges) => void,
  document: Document,
): void {
  const focused = (document.activeElement as HTMLInputElement | null)?.name ?? null;
  const years: Option[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push({ value: String(y), label: String(y) });
  const from = selectField('De l’année', 'from', years, String(route.from), (v) => onChange({ from: Number(v), to: Math.max(Number(v), route.to) })).field;
  const to = selectField('À l’année', 'to', years, String(route.to), (v) => onChange({ to: Number(v), from: Math.min(Number(v), route.from) })).field;
  const month = selectField(
    'Mois',
    'month',
    [{ value: '', label: 'Tous les mois' }, ...MONTHS.map((m, i) => ({ value: String(i + 1), label: m }))],
    route.month === null ? '' : String(route.month),
    (v) => onChange({ month: v === '' ? null : Number(v) }),
  ).field;
  const hour = selectField(
    'Heure',
    'hourBand',
    [{ value: '', label: 'Toute la journée' }, ...HOUR_BANDS.map((b) => ({ value: b, label: HOUR_BAND_LABELS[b]! }))],
    route.hourBand ?? '',
    (v) => onChange({ hourBand: v === '' ? null : v }),
  ).field;
  const territory = selectField('Territoire', 'territory', territoryOptions(choices), route.territory ?? '', (v) =>
    onChange({ territory: v === '' ? null : v }),
  ).field;
  const agglomeration = selectField(
    'Agglomération',
    'agglomeration',
    [
      { value: '', label: 'En et hors agglomération' },
      { value: 'oui', label: 'En agglomération' },
      { value: 'non', label: 'Hors agglomération' },
    ],
    route.agglomeration === null ? '' : route.agglomeration ? 'oui' : 'non',
    (v) => onChange({ agglomeration: v === '' ? null : v === 'oui' }),
  ).field;
  const law = checkboxField('Au moins un piéton ou un cycliste (règle du Code des transports, art. L1214-2)', 'loi', route.law, (on) => onChange({ law: on }));
  const severities = h(
    'fieldset',
    { class: 'controls__group' },
    h('legend', {}, 'Gravité (celle de la victime la plus atteinte)'),
    ...SEVERITIES.map((s) =>
      checkboxField(SEVERITY_LABELS[s], `severity-${s}`, route.severities.includes(s), (on) =>
        onChange({ severities: toggled(route.severities, s, on, SEVERITIES) }),
      ),
    ),
  );
  const modes = h(
    'fieldset',
    { class: 'controls__group' },
    h('legend', {}, 'Modes impliqués (l’un d’eux)'),
    ...MODES.map((m) => checkboxField(MODE_LABELS[m], `mode-${m}`, route.modes.includes(m), (on) => onChange({ modes: toggled(route.modes, m, on, MODES) }))),
  );
  replaceContent(
    form,
    h(
      'fieldset',
      { class: 'controls__fieldset' },
      h('legend', { class: 'visually-hidden' }, 'Filtres des accidents'),
      from,
      to,
      month,
      hour,
      territory,
      agglomeration,
      law,
    ),
    h('div', { class: 'accidents-groups' }, severities, modes),
  );
  if (focused && !form.contains(document.activeElement)) {
    (form.querySelector(`[name="${focused}"]`) as HTMLElement | null)?.focus();
  }
}
