/**
 * The agency editor's brief: a textarea on the quarter's current version, saved with PUT …/brief — If-Match with the
 * version read (If-None-Match: * for the first one). When another editor saved meanwhile (412), their version is shown
 * with "keep mine" (saved again on theirs) or "take theirs".
 */
import { ApiError, type ApiClient } from '../../platform/api/client';
import { formatDate } from '../../platform/format';
import { h, replaceContent } from '../../platform/ui/dom';
import type { Barometre } from './publication/contract';

type Brief = NonNullable<Barometre['brief']>;

export const MAX_BRIEF = 4000;

export interface BriefEditorProps {
  client: ApiClient;
  territory: string;
  quarter: string;
  brief: Brief | null;
  /** A version was saved: the page draws the publication again. */
  saved(): void;
}

/** Territory ids and quarters are URL-safe as they are (route.ts checks both): written as the API writes them. */
export function briefUrl(territory: string, quarter: string): string {
  return `/api/v1/barometre/${territory}/${quarter}/brief`;
}

export function renderBriefEditor(slot: HTMLElement, props: BriefEditorProps): void {
  const url = briefUrl(props.territory, props.quarter);
  /** The ETag of the version the text is based on; null: none written yet (or not read yet). */
  let base: string | null = null;
  let baseKnown = false;
  const text = h('textarea', { id: 'barometre-brief-text', name: 'brief', rows: 8, maxlength: MAX_BRIEF }) as HTMLTextAreaElement;
  text.value = props.brief?.text ?? '';
  const status = h('p', { role: 'status', class: 'barometre-brief__status' });
  const conflict = h('div', { class: 'barometre-brief__conflict' });
  const save = h('button', { type: 'submit', class: 'button' }, 'Enregistrer l’analyse');
  const form = h(
    'form',
    { class: 'barometre-brief', 'aria-labelledby': 'barometre-brief-title' },
    h('h2', { id: 'barometre-brief-title' }, 'Rédiger l’analyse de l’agence'),
    h(
      'label',
      { for: 'barometre-brief-text' },
      `Analyse du trimestre (paragraphes séparés par une ligne vide, ${MAX_BRIEF.toLocaleString('fr-FR')} caractères au plus)`,
    ),
    text,
    h('p', {}, save),
    status,
    conflict,
  );

  /** The current version's ETag (none written: null), read when the editor opens, and again to save over theirs. */
  async function readBase(): Promise<void> {
    try {
      base = (await props.client.getVersioned<Brief>(url)).etag;
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 404)) throw error;
      base = null;
    }
    baseKnown = true;
  }

  function showConflict(current: Brief | null): void {
    const keep = h('button', { type: 'button', class: 'button' }, 'Garder ma version (l’enregistrer sur la leur)');
    const take = h('button', { type: 'button', class: 'button button--secondary' }, 'Reprendre leur version');
    keep.addEventListener('click', () => void submit(true));
    take.addEventListener('click', () => {
      text.value = current?.text ?? '';
      replaceContent(conflict);
      replaceContent(status, 'Leur version est dans le champ ; rien n’a été enregistré.');
    });
    replaceContent(
      conflict,
      h(
        'p',
        {},
        current
          ? `Un autre éditeur a enregistré la version ${current.version} (${current.updatedBy}, le ${formatDate(current.updatedAt)}) :`
          : 'L’analyse a changé entre-temps.',
      ),
      current ? h('blockquote', { class: 'barometre-brief__theirs' }, current.text) : null,
      h('p', {}, keep, ' ', take),
    );
  }

  async function submit(rebase = false): Promise<void> {
    save.disabled = true;
    replaceContent(status, 'Enregistrement…');
    try {
      if (rebase || !baseKnown) await readBase();
      const saved = await props.client.send('PUT', url, { body: { text: text.value }, ...(base ? { ifMatch: base } : { ifNoneMatch: '*' as const }) });
      // The next save is based on this version (the answer's ETag), or read again if the answer had none.
      base = saved.etag;
      baseKnown = saved.etag !== null;
      replaceContent(conflict);
      replaceContent(status, 'Analyse enregistrée.');
      props.saved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        replaceContent(status, 'Votre version n’a pas été enregistrée : l’analyse a été modifiée entre-temps.');
        showConflict((error.body as { current?: Brief | null } | null)?.current ?? null);
      } else {
        replaceContent(status, `L’analyse n’a pas été enregistrée : ${error instanceof Error ? error.message : String(error)}`);
      }
    } finally {
      save.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  replaceContent(slot, form);
  void readBase().catch(() => undefined); // retried at the first save
}
