/**
 * The Évaluation's editing dialogs on the platform's frame (platform/ui/formDialog.ts): a save is based on the
 * project as the dashboard holds it; a save that comes back 412 (another editor changed the project since it was
 * read) reads the project again, says what changed, and the next save is based on that version.
 */
import { conflictMessage, openFormDialog as openDialog, writeRefusal, type FormDialogOptions as PlatformDialogOptions } from '../../platform/ui/formDialog';
import type { Project } from './api';
import { projectChanges } from './changes';
import type { FieldProblems } from './edits';

/** The API's field errors by the form's fields ("values[2].year" is the values field's); the others apart. */
export function apiFieldErrors(errors: Record<string, string[]>, fields: readonly string[]): { byField: Map<string, string>; general: string[] } {
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const [name, messages] of Object.entries(errors)) {
    const base = name.split(/[.[]/)[0]!.toLowerCase();
    const target = fields.find((f) => f.toLowerCase() === base);
    if (target) byField.set(target, [byField.get(target), ...messages].filter(Boolean).join(' ; '));
    else general.push(...messages);
  }
  return { byField, general };
}

/** The project being edited, as the dashboard holds it. */
export interface EditState {
  /** The version the next save is based on (its etag is sent as If-Match). */
  project(): Project;
  /** The API's answer: the dashboard shows it (scores recomputed). */
  apply(project: Project): void;
  /** Reads the project again (after a 412). */
  reload(): Promise<Project>;
}

/** The platform's dialog (title, content, fields…), whose save is based on the project as the dashboard holds it. */
export interface FormDialogOptions extends Pick<PlatformDialogOptions<Project | null>, 'document' | 'title' | 'intro' | 'content' | 'fields' | 'saveLabel'> {
  /** Checks the form: problems by field, or the write to send (based on that version). */
  prepare(): { problems: FieldProblems; send: ((base: Project) => Promise<Project | null>) | null };
  state: EditState;
  /** Where the focus goes back once the dialog closes (the dashboard may have been drawn again). */
  refocus(): void;
  /** After a save, with the API's answer (null: the project was deleted). */
  saved?(project: Project | null): void;
}

/** What a refused write says, in French, other than the field errors. */
export function refusalWords(error: unknown): string {
  return writeRefusal(error, {
    403: 'Seule l’agence peut modifier les projets évalués.',
    404: 'Ce projet, ou la partie modifiée, n’existe plus : rechargez la page.',
    // Only a creation is sent without If-Match: the id is taken (by a project created since the list was read).
    428: 'Un projet porte déjà cet identifiant : choisissez-en un autre.',
  });
}

/** The message of a 412: who changed what, and that the input is kept. */
export function conflictWords(before: Project, current: Project): string {
  return conflictMessage('Le projet a été modifié', current.version, projectChanges(before, current), 8);
}

export function openFormDialog(options: FormDialogOptions): HTMLDialogElement {
  const { state } = options;
  return openDialog<Project | null>({
    ...options,
    refusal: refusalWords,
    closed: options.refocus,
    prepare() {
      const { problems, send } = options.prepare();
      if (!send) return { problems, save: null };
      const base = state.project();
      return {
        problems,
        save: {
          async send() {
            const answer = await send(base);
            if (answer) state.apply(answer);
            return answer;
          },
          async conflict() {
            try {
              const current = await state.reload();
              state.apply(current);
              return conflictWords(base, current);
            } catch {
              // The page's reload shows the current version.
              return 'Le projet a été modifié entre-temps : rechargez la page.';
            }
          },
          fieldErrors: (errors) => apiFieldErrors(errors, Object.keys(options.fields)),
        },
      };
    },
  });
}
