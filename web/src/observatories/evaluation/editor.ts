/**
 * The agency's editing of a project, on its dashboard (loaded only for an agency key: a visitor's page has no edit
 * button and does not download this module): the project's title, territory and period; its axes, actions and
 * indicators added, changed and removed; an entered series replaced; every weight at once, with the scores those
 * weights give before saving. Each write is a PUT or DELETE of the API with If-Match (the project's ETag), answered
 * with the project as GET gives it, which the dashboard then shows. The dialogs' frame (errors, 412) is dialog.ts.
 */ import { ApiError } from '../../platform/api/client';
import { confirmDelete } from '../../platform/ui/confirmDialog';
import { h, replaceContent } from '../../platform/ui/dom';
import type { Project } from './api';
import { refusalWords } from './dialog';
import { indicatorDialog, seriesDialog } from './indicatorDialog';
import { actionDialog, axisDialog, openProjectDialog, projectPath, type EditorOptions } from './partDialogs';
import { weightsDialog } from './weightsDialog';

/** A button of the editor: visible words, and a name that says which part it acts on. */
function editButton(text: string, name: string, key: string, onClick: (button: HTMLElement) => void, danger = false): HTMLElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: `button button--secondary button--small${danger ? ' button--danger' : ''}`,
      'aria-label': name,
      'aria-haspopup': 'dialog',
      'data-edit': key,
    },
    text,
  );
  button.addEventListener('click', () => onClick(button));
  return button;
}

const bar = (...buttons: HTMLElement[]): HTMLElement => h('div', { class: 'evaluation-edit' }, ...buttons);

/** Asks, then deletes a part (or the project); a refusal is said in the editor's notice. */
async function remove(
  options: EditorOptions,
  path: string,
  title: string,
  message: string,
  notice: (text: string) => void,
  refocus: () => void,
): Promise<void> {
  if (!(await confirmDelete(options.document, title, message, 'Supprimer'))) {
    refocus();
    return;
  }
  const base = options.state.project();
  try {
    const answer = await options.client.send<Project>('DELETE', `${projectPath(base.id)}${path}`, { ifMatch: base.etag });
    if (path === '') {
      options.removed();
      return;
    }
    if (answer.body) options.state.apply(answer.body);
    notice(`${title} : fait.`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 412) {
      try {
        options.state.apply(await options.state.reload());
      } catch {
        // The notice below says to reload.
      }
      notice('Le projet a été modifié entre-temps : rien n’a été supprimé. Vérifiez la version affichée, puis recommencez si besoin.');
    } else notice(`Rien n’a été supprimé : ${refusalWords(error)}`);
  }
  refocus();
}

const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

/**
 * The editor of a dashboard: `decorate` adds its buttons to the dashboard just drawn (again after each save). Its
 * notice (a delete done or refused) is kept across those redraws.
 */
export function createEditor(options: EditorOptions): { decorate(body: HTMLElement, project: Project): void } {
  let message = '';
  let root: HTMLElement | null = null;
  // Where the focus goes back once a dialog closes: its button, found at once (cancelled) or once the dashboard the
  // save brought is decorated again; the page's title when the part is gone (deleted).
  let pending: string | null = null;
  const focusButton = (): boolean => {
    const target = pending ? root?.querySelector<HTMLElement>(`[data-edit="${pending}"]`) : null;
    if (target) pending = null;
    target?.focus();
    return target != null;
  };
  const focus =
    (key: string): (() => void) =>
    () => {
      pending = key;
      focusButton();
    };
  const notice = (text: string): void => {
    message = text;
    const slot = root?.querySelector('[data-testid="edit-notice"]');
    if (slot) replaceContent(slot, text);
  };
  return {
    decorate(body, project) {
      root = body;
      const p = (): Project => options.state.project();
      const toolbar = h(
        'section',
        { class: 'block evaluation-edit evaluation-edit--project', 'aria-labelledby': 'evaluation-edit-title' },
        h('h2', { id: 'evaluation-edit-title' }, 'Modifier le projet (agence)'),
        h('p', { class: 'evaluation-edit__notice', role: 'status', 'data-testid': 'edit-notice' }, message),
        h(
          'div',
          { class: 'evaluation-edit__buttons' },
          editButton(
            'Titre, territoire, période',
            'Modifier le titre, le territoire ou la période du projet',
            'project',
            () => void openProjectDialog(options, p(), focus('project'), () => undefined),
          ),
          editButton('Ajouter un axe', 'Ajouter un axe', 'axis-new', () => axisDialog(options, null, focus('axis-new'))),
          editButton('Modifier les poids', 'Modifier les poids', 'weights', () => weightsDialog(options, focus('weights'))),
          editButton(
            'Supprimer le projet',
            'Supprimer le projet',
            'project-delete',
            () =>
              void remove(
                options,
                '',
                'Supprimer le projet',
                `Supprimer « ${project.title} » avec ses ${plural(project.axes.length, 'axe', 'axes')} et ${plural(project.summary.indicators, 'indicateur', 'indicateurs')} ? Le journal d’audit en garde la trace.`,
                notice,
                focus('project-delete'),
              ),
            true,
          ),
        ),
      );
      body.querySelector('.lead')?.after(toolbar);
      for (const x of project.axes) {
        const section = body.querySelector(`.evaluation-axis[data-code="${x.code}"]`);
        const actions = x.actions.length;
        const indicators = x.actions.reduce((n, a) => n + a.indicators.length, 0);
        section?.querySelector('h2')?.after(
          bar(
            editButton('Modifier', `Modifier l’axe « ${x.title} »`, `axis-${x.code}`, () => axisDialog(options, x, focus(`axis-${x.code}`))),
            editButton('Ajouter une action', `Ajouter une action à l’axe « ${x.title} »`, `action-new-${x.code}`, () =>
              actionDialog(options, x.code, null, focus(`action-new-${x.code}`)),
            ),
            editButton(
              'Supprimer',
              `Supprimer l’axe « ${x.title} »`,
              `axis-delete-${x.code}`,
              () =>
                void remove(
                  options,
                  `/axes/${encodeURIComponent(x.code)}`,
                  `Supprimer l’axe « ${x.title} »`,
                  `Supprimer l’axe avec ${plural(actions, 'action', 'actions')} et ${plural(indicators, 'indicateur', 'indicateurs')} ?`,
                  notice,
                  focus(`axis-delete-${x.code}`),
                ),
              true,
            ),
          ),
        );
        for (const a of x.actions) {
          const block = body.querySelector(`section.evaluation-action[data-code="${a.code}"]`);
          block?.querySelector('h3')?.after(
            bar(
              editButton('Modifier', `Modifier l’action « ${a.title} »`, `action-${a.code}`, () => actionDialog(options, x.code, a, focus(`action-${a.code}`))),
              editButton('Ajouter un indicateur', `Ajouter un indicateur à l’action « ${a.title} »`, `indicator-new-${a.code}`, () =>
                indicatorDialog(options, a.code, null, focus(`indicator-new-${a.code}`)),
              ),
              editButton(
                'Supprimer',
                `Supprimer l’action « ${a.title} »`,
                `action-delete-${a.code}`,
                () =>
                  void remove(
                    options,
                    `/actions/${encodeURIComponent(a.code)}`,
                    `Supprimer l’action « ${a.title} »`,
                    `Supprimer l’action avec ${plural(a.indicators.length, 'indicateur', 'indicateurs')} ?`,
                    notice,
                    focus(`action-delete-${a.code}`),
                  ),
                true,
              ),
            ),
          );
          for (const i of a.indicators) {
            const card = block?.querySelector(`.evaluation-indicator[data-code="${i.code}"]`);
            card?.querySelector('h4')?.after(
              bar(
                editButton('Modifier', `Modifier l’indicateur « ${i.label} »`, `indicator-${i.code}`, () =>
                  indicatorDialog(options, a.code, i, focus(`indicator-${i.code}`)),
                ),
                i.source === 'entered'
                  ? editButton('Saisir la série', `Saisir la série de l’indicateur « ${i.label} »`, `series-${i.code}`, () =>
                      seriesDialog(options, i, focus(`series-${i.code}`)),
                    )
                  : h('span', { hidden: true }),
                editButton(
                  'Supprimer',
                  `Supprimer l’indicateur « ${i.label} »`,
                  `indicator-delete-${i.code}`,
                  () =>
                    void remove(
                      options,
                      `/indicators/${encodeURIComponent(i.code)}`,
                      `Supprimer l’indicateur « ${i.label} »`,
                      'Supprimer l’indicateur et les valeurs saisies de sa série ?',
                      notice,
                      focus(`indicator-delete-${i.code}`),
                    ),
                  true,
                ),
              ),
            );
          }
        }
      }
      if (pending && !focusButton()) {
        pending = null;
        body.querySelector<HTMLElement>('h1')?.focus();
      }
    },
  };
}
