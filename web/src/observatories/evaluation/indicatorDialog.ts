/**
 * The dialog of an indicator (what it measures; a catalogue indicator found by a search, or a series the agency
 * enters with its unit, decimals and confidentiality; T0 year and optional value, target, horizon, direction,
 * weight) and the dialog of an entered series, typed one year a line. Each sends its PUT with If-Match.
 */
import type { ApiClient } from '../../platform/api/client';
import type { IndicatorSummary } from '../../platform/api/types';
import { cataloguePicker } from '../../platform/ui/cataloguePicker';
import { uid } from '../../platform/ui/components';
import { h } from '../../platform/ui/dom';
import { field, input, type FieldSlot, type FieldSlots } from '../../platform/ui/field';
import type { Indicator, Project } from './api';
import { openFormDialog } from './dialog';
import { codeOf, indicatorBody, indicatorFields, parseSeries, seriesText, type IndicatorFields } from './edits';
import { projectPath, type EditorOptions } from './partDialogs';

const EMPTY_INDICATOR = (action: string, project: Project): IndicatorFields => ({
  code: '',
  action,
  label: '',
  source: 'catalogue',
  catalogue: '',
  unit: '',
  decimals: '0',
  confidentiality: 'public',
  t0Year: String(project.startYear),
  t0Value: '',
  targetValue: '',
  horizonYear: String(project.endYear),
  direction: 'up',
  weight: '1',
});

/**
 * The catalogue indicator, found by a search of the catalogue (yearly ones only): the one chosen is the indicator's
 * `catalogue`; the search box carries the field's error.
 */
function catalogueField(
  client: ApiClient,
  code: string,
  label: string | null,
  chosen: (indicator: IndicatorSummary) => void,
): { element: HTMLElement; slot: FieldSlot; value(): string } {
  const picker = cataloguePicker(client, { code, label, none: 'Aucun indicateur du catalogue choisi.', chosen });
  const { element, slot } = field(
    'Rechercher dans le catalogue',
    picker.search,
    'Des mots du nom, du code ou de la source ; seuls les indicateurs annuels sont proposés.',
  );
  element.classList.add('evaluation-dialog__group');
  element.append(
    picker.status,
    h('fieldset', { class: 'form-dialog__fieldset' }, h('legend', { class: 'visually-hidden' }, 'Indicateurs du catalogue trouvés'), picker.list),
    picker.picked,
  );
  return { element, slot, value: picker.value };
}

export function indicatorDialog(options: EditorOptions, actionCode: string, indicator: Indicator | null, refocus: () => void): void {
  const creating = indicator === null;
  const project = options.state.project();
  const initial = indicator ? indicatorFields(indicator, actionCode) : EMPTY_INDICATOR(actionCode, project);
  const code = input('indicator', '', { maxlength: 40, spellcheck: false });
  const action = h(
    'select',
    { name: 'action', class: 'select' },
    ...project.axes.map((x) => h('optgroup', { label: x.title }, ...x.actions.map((a) => h('option', { value: a.code }, a.title)))),
  );
  action.value = actionCode;
  const label = input('label', initial.label, { maxlength: 300 });
  let codeTyped = false;
  code.addEventListener('input', () => (codeTyped = true));
  label.addEventListener('input', () => {
    if (creating && !codeTyped) code.value = codeOf(label.value);
  });
  const sourceName = uid('evaluation-source');
  const radio = (value: 'catalogue' | 'entered', text: string): HTMLElement => {
    const id = uid('evaluation-source');
    const box = h('input', { type: 'radio', name: sourceName, id, value, checked: initial.source === value });
    return h('div', { class: 'evaluation-dialog__choice' }, box, ' ', h('label', { for: id }, text));
  };
  const sources = h(
    'fieldset',
    { class: 'form-dialog__fieldset' },
    h('legend', {}, 'Ce qui mesure l’indicateur'),
    radio('catalogue', 'Un indicateur du catalogue (ses valeurs annuelles sur le territoire du projet)'),
    radio('entered', 'Une série saisie par l’agence'),
  );
  const catalogue = catalogueField(options.client, initial.catalogue, indicator?.catalogue?.label ?? null, (chosen) => {
    if (label.value.trim() === '') {
      label.value = chosen.label;
      label.dispatchEvent(new Event('input'));
    }
  });
  const unit = input('unit', initial.unit, { maxlength: 40 });
  const decimals = input('decimals', initial.decimals, { inputmode: 'numeric', maxlength: 1 });
  const confidentiality = h(
    'select',
    { name: 'confidentiality', class: 'select' },
    h('option', { value: 'public' }, 'Publique'),
    h('option', { value: 'partner' }, 'Partenaires du territoire'),
    h('option', { value: 'agency' }, 'Agence seulement'),
  );
  confidentiality.value = initial.confidentiality;
  const t0Year = input('t0Year', initial.t0Year, { inputmode: 'numeric', maxlength: 4 });
  const t0Value = input('t0Value', initial.t0Value, { inputmode: 'decimal' });
  const target = input('targetValue', initial.targetValue, { inputmode: 'decimal' });
  const horizon = input('horizonYear', initial.horizonYear, { inputmode: 'numeric', maxlength: 4 });
  const direction = h(
    'select',
    { name: 'direction', class: 'select' },
    h('option', { value: 'up' }, 'Hausse attendue (plus haut est mieux)'),
    h('option', { value: 'down' }, 'Baisse attendue (plus bas est mieux)'),
  );
  direction.value = initial.direction;
  const weight = input('weight', initial.weight, { inputmode: 'decimal' });
  const parts = {
    indicator: field('Code de l’indicateur', code, 'Minuscules sans accent, chiffres et tirets ; il ne change plus ensuite.'),
    label: field('Ce que mesure l’indicateur', label),
    action: field('Action mesurée', action),
    unit: field('Unité de la série', unit, 'Par exemple « cantines », « % », « ha ».'),
    decimals: field('Décimales affichées', decimals, 'De 0 à 3.'),
    confidentiality: field('Qui voit ses chiffres', confidentiality),
    t0Year: field('Année du T0', t0Year),
    t0Value: field('Valeur au T0 (facultative)', t0Value, 'Vide : lue dans la série à l’année du T0.'),
    targetValue: field('Valeur cible', target),
    horizonYear: field('Échéance de la cible', horizon),
    direction: field('Sens attendu', direction),
    weight: field('Poids dans le score de l’action', weight, 'Au-dessus de 0, au plus 100.'),
  };
  const entered = h('div', { class: 'evaluation-dialog__group' }, parts.unit.element, parts.decimals.element, parts.confidentiality.element);
  const source = (): 'catalogue' | 'entered' => (sources.querySelector<HTMLInputElement>('input:checked')?.value === 'entered' ? 'entered' : 'catalogue');
  const sync = (): void => {
    catalogue.element.hidden = source() !== 'catalogue';
    entered.hidden = source() !== 'entered';
  };
  sources.addEventListener('change', sync);
  sync();
  const fields: FieldSlots = {
    ...(creating ? { indicator: parts.indicator.slot } : {}),
    catalogue: catalogue.slot,
    ...Object.fromEntries(
      Object.entries(parts)
        .filter(([k]) => k !== 'indicator')
        .map(([k, v]) => [k, v.slot]),
    ),
  };
  openFormDialog({
    document: options.document,
    title: creating ? 'Ajouter un indicateur' : `Modifier l’indicateur « ${indicator.label} »`,
    content: [
      parts.label.element,
      creating ? parts.indicator.element : null,
      parts.action.element,
      sources,
      catalogue.element,
      entered,
      h('div', { class: 'evaluation-dialog__row' }, parts.t0Year.element, parts.t0Value.element),
      h('div', { class: 'evaluation-dialog__row' }, parts.targetValue.element, parts.horizonYear.element),
      parts.direction.element,
      parts.weight.element,
    ],
    fields,
    saveLabel: creating ? 'Ajouter l’indicateur' : 'Enregistrer',
    state: options.state,
    refocus,
    prepare() {
      const indicatorCode = creating ? code.value.trim() : indicator.code;
      const values: IndicatorFields = {
        code: indicatorCode,
        action: action.value,
        label: label.value,
        source: source(),
        catalogue: catalogue.value(),
        unit: unit.value,
        decimals: decimals.value,
        confidentiality: confidentiality.value,
        t0Year: t0Year.value,
        t0Value: t0Value.value,
        targetValue: target.value,
        horizonYear: horizon.value,
        direction: direction.value,
        weight: weight.value,
      };
      const { body, problems } = indicatorBody(values, creating);
      if (creating && options.state.project().axes.some((x) => x.actions.some((a) => a.indicators.some((i) => i.code === indicatorCode))))
        problems['indicator'] = 'Le projet a déjà un indicateur de ce code.';
      return {
        problems,
        send:
          body && Object.keys(problems).length === 0
            ? async (base) =>
                (
                  await options.client.send<Project>('PUT', `${projectPath(base.id)}/indicators/${encodeURIComponent(indicatorCode)}`, {
                    body,
                    ifMatch: base.etag,
                  })
                ).body
            : null,
      };
    },
  });
}

export function seriesDialog(options: EditorOptions, indicator: Indicator, refocus: () => void): void {
  const text = h('textarea', { name: 'values', class: 'input evaluation-dialog__series', rows: 8, spellcheck: false });
  text.value = seriesText(indicator.series);
  const values = field(
    `Valeurs (${indicator.unit})`,
    text,
    'Une ligne par année : l’année, deux-points, la valeur (« 2024 : 11 » ou « 2024 : 12,5 »). La série enregistrée remplace la précédente ; vide, elle l’efface.',
  );
  openFormDialog({
    document: options.document,
    title: `Série de l’indicateur « ${indicator.label} »`,
    content: [values.element],
    fields: { values: values.slot },
    saveLabel: 'Enregistrer la série',
    state: options.state,
    refocus,
    prepare() {
      const { values: series, problems } = parseSeries(text.value);
      if (problems.length > 0) return { problems: { values: problems.join(' ') }, send: null };
      return {
        problems: {},
        send: async (base) =>
          (
            await options.client.send<Project>('PUT', `${projectPath(base.id)}/indicators/${encodeURIComponent(indicator.code)}/values`, {
              body: { values: series },
              ifMatch: base.etag,
            })
          ).body,
      };
    },
  });
}
