/**
 * The dialog of a Donut dimension (agency): what it measures, its code (new ones only), the ring (social floor or
 * ecological ceiling), the direction, the catalogue indicator (found by a search of the catalogue, yearly ones only),
 * the bound in that indicator's unit, and the bound's source. A save sends the whole set (PUT with If-Match); the
 * form's checks and the API's field errors (400) are said next to their fields; a 412 keeps what was typed, shows
 * the other editor's version and what changed, and the next save is based on it.
 */
import { ApiError, type ApiClient } from '../../platform/api/client';
import { cataloguePicker } from '../../platform/ui/cataloguePicker';
import { h, replaceContent } from '../../platform/ui/dom';
import { field, input, select } from '../../platform/ui/field';
import { openFormDialog, writeRefusal } from '../../platform/ui/formDialog';
import type { DonutDimension, DonutSet } from './api';
import { apiFieldErrors, checkDimension, codeOf, conflictWords, dimensionFields, withDimension, type DimensionFields } from './donutEdits';

export const DIMENSIONS_PATH = '/api/v1/transitions/donut-dimensions';

/** The set being edited, as the editor holds it. */
export interface SetState {
  /** The version the next save is based on (its etag is sent as If-Match). */
  set(): DonutSet;
  /** A newer version: the API's answer to a save, or the current one a 412 sent back. */
  apply(set: DonutSet, saved: boolean): void;
}

export interface DialogOptions {
  client: ApiClient;
  document: Document;
  state: SetState;
  /** A catalogue indicator already in the Donut: its name and unit (the bound is in it); null when not known. */
  known(indicator: string): { label: string; unit: string } | null;
}

/** What a refused write says, in French, other than the field errors and the 412. */
export function refusalWords(error: unknown): string {
  return writeRefusal(error, { 403: 'Seule l’agence peut modifier les dimensions du Donut.' });
}

/** PUT of the whole set, based on `base` (a 412 is thrown: conflictCurrent reads the current set from it); the API's answer. */
export async function sendSet(client: ApiClient, base: DonutSet, dimensions: DonutDimension[]): Promise<DonutSet> {
  const answer = (await client.send<DonutSet>('PUT', DIMENSIONS_PATH, { body: { dimensions }, ifMatch: base.etag })).body;
  if (!answer) throw new Error('La réponse de l’API est vide : rechargez la page.');
  return answer;
}

/** The current set a 412 sent back, if any. */
export function conflictCurrent(error: unknown): DonutSet | null {
  if (!(error instanceof ApiError) || error.status !== 412) return null;
  return (error.body as { current?: DonutSet } | null)?.current ?? null;
}

/** Opens the dialog of `dimension` (null: a new one); `closed` gives the focus back. */
export function dimensionDialog(options: DialogOptions, dimension: DonutDimension | null, closed: () => void): HTMLDialogElement {
  const initial: DimensionFields = dimensionFields(dimension);
  let unit = initial.indicator ? (options.known(initial.indicator)?.unit ?? null) : null;
  const label = input('label', initial.label, { maxlength: 200 });
  const code = input('code', initial.code, { maxlength: 40, spellcheck: false });
  let codeTyped = false;
  code.addEventListener('input', () => (codeTyped = true));
  label.addEventListener('input', () => {
    if (!dimension && !codeTyped) code.value = codeOf(label.value);
  });
  const ring = select('ring', initial.ring, [
    ['social', 'Plancher social (anneau intérieur)'],
    ['ecological', 'Plafond écologique (anneau extérieur)'],
  ]);
  const direction = select('direction', initial.direction, [
    ['up', 'Plus haut est mieux : le seuil est un minimum'],
    ['down', 'Plus bas est mieux : le seuil est un maximum'],
  ]);
  const boundHint = h('span', {});
  const showUnit = (): void =>
    replaceContent(boundHint, unit ? `En ${unit}, l’unité de l’indicateur ; au-dessus de 0.` : 'Dans l’unité de l’indicateur ; au-dessus de 0.');
  const catalogue = cataloguePicker(options.client, {
    code: initial.indicator,
    label: initial.indicator ? (options.known(initial.indicator)?.label ?? null) : null,
    none: 'Aucun indicateur choisi.',
    found: (count) => `${count} indicateur(s) annuel(s) trouvé(s).`,
    chosen(i) {
      unit = i.unit;
      showUnit();
      if (label.value.trim() === '') {
        label.value = i.label;
        label.dispatchEvent(new Event('input'));
      }
    },
  });
  const bound = input('bound', initial.bound, { inputmode: 'decimal' });
  const source = h('textarea', { name: 'source', class: 'input', rows: 3, maxlength: 500 });
  source.value = initial.source;
  const parts = {
    label: field('Ce que mesure la dimension', label),
    code: field('Code de la dimension', code, 'Minuscules sans accent, chiffres et tirets ; il ne change plus ensuite.'),
    ring: field('Anneau', ring),
    indicator: field(
      'Rechercher l’indicateur dans le catalogue',
      catalogue.search,
      'Des mots du nom ou du code ; seuls les indicateurs annuels sont proposés.',
    ),
    direction: field('Sens', direction),
    bound: field('Seuil', bound),
    source: field('Source du seuil', source, 'Une loi, un chiffre national, un choix de l’agence.'),
  };
  parts.bound.element.querySelector('label')!.after(h('p', { class: 'hint', id: `${bound.id}-hint` }, boundHint));
  bound.setAttribute('aria-describedby', `${bound.id}-hint`);
  showUnit();
  return openFormDialog<DonutSet>({
    document: options.document,
    title: dimension ? `Modifier la dimension « ${dimension.label} »` : 'Ajouter une dimension',
    content: [
      parts.label.element,
      dimension ? null : parts.code.element,
      parts.ring.element,
      parts.indicator.element,
      h('fieldset', { class: 'form-dialog__fieldset' }, h('legend', {}, 'Résultats de la recherche'), catalogue.status, catalogue.list),
      catalogue.picked,
      parts.direction.element,
      parts.bound.element,
      parts.source.element,
    ],
    fields: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.slot])),
    saveLabel: dimension ? 'Enregistrer' : 'Ajouter la dimension',
    refusal: refusalWords,
    closed,
    prepare() {
      const base = options.state.set();
      const others = base.dimensions.filter((d) => d.code !== dimension?.code);
      const values = {
        code: dimension ? dimension.code : code.value,
        label: label.value,
        ring: ring.value,
        indicator: catalogue.value(),
        direction: direction.value,
        bound: bound.value,
        source: source.value,
      };
      const { dimension: next, problems } = checkDimension(values, others);
      if (!next) return { problems, save: null };
      // The set sent: the edited dimension in its place (at the end when new, or when another editor removed it).
      const dimensions = withDimension(base.dimensions, dimension?.code ?? null, next);
      return {
        problems,
        save: {
          async send() {
            const saved = await sendSet(options.client, base, dimensions);
            options.state.apply(saved, true);
            return saved;
          },
          conflict(error) {
            const current = conflictCurrent(error);
            if (current) options.state.apply(current, false);
            return Promise.resolve(current && conflictWords(base, current));
          },
          fieldErrors: (errors) => apiFieldErrors(errors, dimensions.indexOf(next)),
        },
      };
    },
  });
}
