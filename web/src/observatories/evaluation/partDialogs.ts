/**
 * The dialogs of a project's own fields and of its axes and actions: a new project (its id from its title) or its
 * title, territory, period and description; an axis or an action added or changed (title, weight, an action's axis).
 * Each sends its PUT with If-Match (the project's ETag; none to create a project). The frame is dialog.ts.
 */
import type { ApiClient } from '../../platform/api/client';
import type { TerritoryChoices } from '../../platform/context';
import { h } from '../../platform/ui/dom';
import type { Action, Axis, Project } from './api';
import { field, input, type FieldSlots } from '../../platform/ui/field';
import { openFormDialog, type EditState } from './dialog';
import { codeOf, partBody, projectBody } from './edits';

export interface EditorOptions {
  client: ApiClient;
  document: Document;
  state: EditState;
  choices(): Promise<TerritoryChoices>;
  /** The project was deleted: the page goes to the list. */
  removed(): void;
}

export const projectPath = (id: string): string => `/api/v1/evaluation/projects/${encodeURIComponent(id)}`;

export const number = (value: number): string => String(value).replace('.', ',');

/** The territories a project may cover: groupements, EPCIs, département, and its own when it is none of them. */
async function territorySelect(options: Pick<EditorOptions, 'choices'>, current: { id: string; name: string } | null): Promise<HTMLSelectElement> {
  const select = h('select', { name: 'territory', class: 'select' });
  let choices: TerritoryChoices | null = null;
  try {
    choices = await options.choices();
  } catch {
    // The project's own territory stays offered; the API checks the rest.
  }
  const groups: [string, { id: string; name: string }[]][] = [
    ['Groupements', choices?.groupements ?? []],
    ['Intercommunalités (EPCI)', choices?.epcis ?? []],
    ['Département', choices?.departements ?? []],
  ];
  const known = new Set(groups.flatMap(([, list]) => list.map((t) => t.id)));
  if (current && !known.has(current.id)) select.append(h('option', { value: current.id }, current.name));
  if (!current) select.append(h('option', { value: '' }, 'Choisissez un territoire'));
  for (const [label, list] of groups) if (list.length > 0) select.append(h('optgroup', { label }, ...list.map((t) => h('option', { value: t.id }, t.name))));
  select.value = current?.id ?? '';
  return select;
}

/** A new project has no version to be based on: it is created without If-Match, and the page then opens it. */
const NO_PROJECT_YET: EditState = {
  project: () => ({ etag: null }) as unknown as Project,
  apply: () => undefined,
  reload: () => Promise.reject(new Error('Pas encore de projet')),
};

/** The project's dialog: a new project (then its id, from its title), or its title, territory, period, description. */
export async function openProjectDialog(
  options: Pick<EditorOptions, 'client' | 'document' | 'choices'> & { state?: EditState; taken?: () => readonly string[] },
  project: Project | null,
  refocus: () => void,
  saved: (p: Project | null) => void,
): Promise<void> {
  const creating = project === null;
  const id = input('id', '', { maxlength: 60, spellcheck: false });
  const title = input('title', project?.title ?? '', { maxlength: 300 });
  const territory = await territorySelect(options, project?.territory ?? null);
  const start = input('startYear', project ? String(project.startYear) : '', { inputmode: 'numeric', maxlength: 4 });
  const end = input('endYear', project ? String(project.endYear) : '', { inputmode: 'numeric', maxlength: 4 });
  const description = h('textarea', { name: 'description', class: 'input', rows: 3, maxlength: 2000 });
  description.value = project?.description ?? '';
  let idTyped = false;
  id.addEventListener('input', () => (idTyped = true));
  title.addEventListener('input', () => {
    if (creating && !idTyped) id.value = codeOf(title.value, 60);
  });
  const parts = {
    id: field('Identifiant du projet', id, 'Dans l’adresse de son tableau de bord : minuscules sans accent, chiffres et tirets ; il ne change plus ensuite.'),
    title: field('Titre', title),
    territory: field('Territoire', territory, 'Les indicateurs du catalogue sont lus sur ce territoire.'),
    startYear: field('Première année', start),
    endYear: field('Dernière année', end),
    description: field('Description (facultative)', description),
  };
  const fields: FieldSlots = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v.slot]));
  if (!creating) delete fields['id'];
  openFormDialog({
    document: options.document,
    title: creating ? 'Nouveau projet' : 'Modifier le projet',
    content: [
      creating ? parts.id.element : null,
      parts.title.element,
      parts.territory.element,
      h('div', { class: 'evaluation-dialog__row' }, parts.startYear.element, parts.endYear.element),
      parts.description.element,
    ],
    fields,
    saveLabel: creating ? 'Créer le projet' : 'Enregistrer',
    state: creating || !options.state ? NO_PROJECT_YET : options.state,
    refocus,
    saved,
    prepare() {
      const values = {
        id: creating ? id.value.trim() : project.id,
        title: title.value,
        territory: territory.value,
        startYear: start.value,
        endYear: end.value,
        description: description.value,
      };
      const { body, problems } = projectBody(values, creating);
      // The API would answer 428 (a change without If-Match) for an id already used: said on the field before.
      if (creating && options.taken?.().includes(values.id)) problems['id'] = 'Un projet porte déjà cet identifiant : choisissez-en un autre.';
      return {
        problems,
        send:
          body && Object.keys(problems).length === 0
            ? async (base) => (await options.client.send<Project>('PUT', projectPath(values.id), { body, ifMatch: creating ? null : base.etag })).body
            : null,
      };
    },
  });
}

export function axisDialog(options: EditorOptions, axis: Axis | null, refocus: () => void): void {
  const creating = axis === null;
  const code = input('axis', '', { maxlength: 40, spellcheck: false });
  const title = input('title', axis?.title ?? '', { maxlength: 300 });
  const weight = input('weight', axis ? number(axis.weight) : '1', { inputmode: 'decimal' });
  let codeTyped = false;
  code.addEventListener('input', () => (codeTyped = true));
  title.addEventListener('input', () => {
    if (creating && !codeTyped) code.value = codeOf(title.value);
  });
  const parts = {
    axis: field('Code de l’axe', code, 'Minuscules sans accent, chiffres et tirets ; il ne change plus ensuite.'),
    title: field('Titre de l’axe', title),
    weight: field('Poids dans le score du projet', weight, 'Au-dessus de 0, au plus 100.'),
  };
  openFormDialog({
    document: options.document,
    title: creating ? 'Ajouter un axe' : `Modifier l’axe « ${axis.title} »`,
    content: [creating ? parts.axis.element : null, parts.title.element, parts.weight.element],
    fields: { ...(creating ? { axis: parts.axis.slot } : {}), title: parts.title.slot, weight: parts.weight.slot },
    saveLabel: creating ? 'Ajouter l’axe' : 'Enregistrer',
    state: options.state,
    refocus,
    prepare() {
      const axisCode = creating ? code.value.trim() : axis.code;
      const { body, problems } = partBody({ code: axisCode, title: title.value, weight: weight.value }, creating, 'axis');
      if (creating && options.state.project().axes.some((x) => x.code === axisCode)) problems['axis'] = 'Le projet a déjà un axe de ce code.';
      return {
        problems,
        send:
          body && Object.keys(problems).length === 0
            ? async (base) =>
                (await options.client.send<Project>('PUT', `${projectPath(base.id)}/axes/${encodeURIComponent(axisCode)}`, { body, ifMatch: base.etag })).body
            : null,
      };
    },
  });
}

function axisOptions(project: Project, chosen: string): HTMLSelectElement {
  const select = h('select', { name: 'axis', class: 'select' }, ...project.axes.map((x) => h('option', { value: x.code }, x.title)));
  select.value = chosen;
  return select;
}

export function actionDialog(options: EditorOptions, axisCode: string, action: Action | null, refocus: () => void): void {
  const creating = action === null;
  const project = options.state.project();
  const code = input('action', '', { maxlength: 40, spellcheck: false });
  const axis = axisOptions(project, axisCode);
  const title = input('title', action?.title ?? '', { maxlength: 300 });
  const weight = input('weight', action ? number(action.weight) : '1', { inputmode: 'decimal' });
  let codeTyped = false;
  code.addEventListener('input', () => (codeTyped = true));
  title.addEventListener('input', () => {
    if (creating && !codeTyped) code.value = codeOf(title.value);
  });
  const parts = {
    action: field('Code de l’action', code, 'Minuscules sans accent, chiffres et tirets ; il ne change plus ensuite.'),
    title: field('Titre de l’action', title),
    axis: field('Axe', axis),
    weight: field('Poids dans le score de l’axe', weight, 'Au-dessus de 0, au plus 100.'),
  };
  openFormDialog({
    document: options.document,
    title: creating ? 'Ajouter une action' : `Modifier l’action « ${action.title} »`,
    content: [parts.title.element, creating ? parts.action.element : null, parts.axis.element, parts.weight.element],
    fields: { ...(creating ? { action: parts.action.slot } : {}), title: parts.title.slot, axis: parts.axis.slot, weight: parts.weight.slot },
    saveLabel: creating ? 'Ajouter l’action' : 'Enregistrer',
    state: options.state,
    refocus,
    prepare() {
      const actionCode = creating ? code.value.trim() : action.code;
      const { body, problems } = partBody({ code: actionCode, title: title.value, weight: weight.value, axis: axis.value }, creating, 'action');
      if (creating && options.state.project().axes.some((x) => x.actions.some((a) => a.code === actionCode)))
        problems['action'] = 'Le projet a déjà une action de ce code.';
      return {
        problems,
        send:
          body && Object.keys(problems).length === 0
            ? async (base) =>
                (await options.client.send<Project>('PUT', `${projectPath(base.id)}/actions/${encodeURIComponent(actionCode)}`, { body, ifMatch: base.etag }))
                  .body
            : null,
      };
    },
  });
}
