/**
 * The controls: the territory (groupement or EPCI), the park among the territory's, and the date the park is shown
 * at (a past day, or today). Each choice navigates; the form is drawn again from the route, keeping the focus on the
 * control the user was on.
 */
import { selectField, uid, type Option } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import { today } from './data';
import { parksShown, type PageState, type RouteChanges } from './state';

export interface ControlsProps {
  go(changes: RouteChanges): void;
  /** The page's document (where the focus is). */
  document: Document;
}

/** The date typed, as the route takes it: a past day, or null for today (and later days); undefined: not a date. */
export function asOfOfInput(value: string, now: string = today()): string | null | undefined {
  if (value === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return value >= now ? null : value;
}

export function renderControls(form: HTMLFormElement, state: PageState, props: ControlsProps): void {
  const { route, data } = state;
  const territoryOptions: Option[] = [
    { value: '', label: 'Toutes les intercommunalités' },
    ...(data.choices?.groupements ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Groupements' })),
    ...(data.choices?.epcis ?? []).map((t) => ({ value: t.id, label: t.name, group: 'Intercommunalités (EPCI)' })),
  ];
  const shown = parksShown(state);
  const parkOptions: Option[] = [
    { value: '', label: `Toutes les zones (${shown.length})` },
    ...[...shown].sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((p) => ({ value: String(p.id), label: `${p.name} (n° ${p.id})` })),
  ];
  const territory = selectField('Territoire', 'territory', territoryOptions, route.territory ?? '', (value) =>
    // Another territory: its parks, from the start.
    props.go({ territory: value === '' ? null : value, park: null, lot: null, asOf: null }),
  ).field;
  const park = selectField('Zone d’activités', 'park', parkOptions, route.park === null ? '' : String(route.park), (value) =>
    props.go({ park: value === '' ? null : Number(value), lot: null, asOf: null }),
  ).field;
  const dateId = uid('as-of');
  const date = h('input', { type: 'date', id: dateId, name: 'asOf', class: 'input', max: today(), min: '2020-01-01', 'aria-describedby': `${dateId}-hint` });
  date.value = route.asOf ?? '';
  date.disabled = route.park === null;
  date.addEventListener('change', () => {
    const asOf = asOfOfInput(date.value);
    if (asOf !== undefined) props.go({ asOf });
  });
  const now = h('button', { type: 'button', class: 'button button--tertiary', disabled: route.asOf === null }, 'Aujourd’hui');
  now.addEventListener('click', () => props.go({ asOf: null }));
  const dateField = h(
    'div',
    { class: 'field field--date' },
    h('label', { for: dateId, class: 'label' }, 'Situation au'),
    h('p', { class: 'hint', id: `${dateId}-hint` }, route.park === null ? 'Choisissez d’abord une zone.' : 'Voir la zone telle qu’elle était ce jour-là.'),
    h('div', { class: 'field__row' }, date, now),
  );
  const active = props.document.activeElement;
  const focused = active && form.contains(active) ? active.getAttribute('name') : null;
  replaceContent(form, territory, park, dateField);
  if (focused) (form.querySelector(`[name="${focused}"]`) as HTMLElement | null)?.focus();
}
