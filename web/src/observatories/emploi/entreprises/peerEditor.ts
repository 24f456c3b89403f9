/**
 * The agency's editor of a peer group: every EPCI of the referential (the Hauts-de-France's reference EPCIs and the
 * perimeter's) as a checkbox, filtered by name, saved with PUT /api/v1/peer-groups/{id} and If-Match. When another
 * editor saved first (412), the dialog shows their version, keeps this editor's choices, and the next save is based
 * on that version; the API still decides (403 for anyone but the agency, 400 with the member at fault).
 */
import { ApiError, type ApiClient } from '../../../platform/api/client';
import type { TerritorySummary } from '../../../platform/api/types';
import { formatInteger, searchKey } from '../../../platform/format';
import { uid } from '../../../platform/ui/components';
import { h, replaceContent } from '../../../platform/ui/dom';
import { namesSentence, type PeerGroup } from './peers';

/** The API's limit on a group's members (UpdatePeerGroup's validator). */
export const MAX_MEMBERS = 30;

export interface PeerEditorOptions {
  client: ApiClient;
  document: Document;
  group: PeerGroup;
  /** Every EPCI one may choose: GET /api/v1/territories?scope=all&level=epci. */
  candidates: () => Promise<TerritorySummary[]>;
  /** Called with the group as saved; the page reloads its figures. */
  saved: (group: PeerGroup) => void;
}

/** The candidates a search keeps: names containing every word typed, accents and case aside. */
export function matching(candidates: readonly TerritorySummary[], query: string): TerritorySummary[] {
  const words = searchKey(query)
    .split(/\s+/)
    .filter((w) => w !== '');
  return candidates.filter((c) => words.every((w) => searchKey(c.name).includes(w)));
}

/** What a refused save says, in French: the field errors of a 400, the other editor's version of a 412. */
export function refusal(error: unknown): { message: string; current: PeerGroup | null } {
  if (!(error instanceof ApiError)) return { message: 'Enregistrement impossible : réessayez.', current: null };
  if (error.status === 412) {
    const current = (error.body as { current?: PeerGroup } | null)?.current ?? null;
    return {
      message: current
        ? `Le groupe a été modifié entre-temps (version ${current.version} : ${namesSentence(current.members.map((m) => m.name))}). Vos choix sont gardés : enregistrez à nouveau pour remplacer cette version.`
        : 'Le groupe a été modifié entre-temps : rechargez la page.',
      current,
    };
  }
  if (error.status === 403) return { message: 'Seule l’agence peut modifier les territoires similaires.', current: null };
  const fields = Object.values(error.problem?.errors ?? {}).flat();
  return { message: fields.length > 0 ? fields.join(' ; ') : error.message, current: null };
}

/** The button that opens the editor; the dialog is built on the first click. */
export function peerEditorButton(options: PeerEditorOptions): HTMLElement {
  const button = h(
    'button',
    { type: 'button', class: 'button button--secondary', 'aria-haspopup': 'dialog', 'data-action': 'edit-peers' },
    'Modifier les territoires similaires',
  );
  button.addEventListener('click', () => void openPeerEditor(options, button));
  return button;
}

async function openPeerEditor(options: PeerEditorOptions, opener: HTMLElement): Promise<void> {
  const doc = options.document;
  let group = options.group;
  const chosen = new Set(group.members.map((m) => m.id));
  const titleId = uid('peers-title');
  const searchId = uid('peers-search');
  const status = h('p', { role: 'status', class: 'peers-editor__status' });
  const problem = h('div', { role: 'alert' });
  const list = h('ul', { class: 'peers-editor__list' });
  const search = h('input', { id: searchId, class: 'input', type: 'search', autocomplete: 'off' });
  const save = h('button', { type: 'button', class: 'button', 'data-action': 'save-peers' }, 'Enregistrer');
  const cancel = h('button', { type: 'button', class: 'button button--secondary' }, 'Annuler');
  const dialog = h(
    'dialog',
    { class: 'peers-editor', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, 'Modifier les territoires similaires'),
    h(
      'p',
      {},
      `Territoire comparé : ${group.subject.name}. Cochez les EPCI auxquels comparer le territoire (${MAX_MEMBERS} au plus). Les comparaisons et les moyennes du groupe utilisent la nouvelle liste dès l’enregistrement.`,
    ),
    h('div', { class: 'field' }, h('label', { for: searchId, class: 'label' }, 'Rechercher un EPCI'), search),
    status,
    h('fieldset', {}, h('legend', { class: 'visually-hidden' }, 'EPCI du groupe'), list),
    problem,
    h('div', { class: 'peers-editor__actions' }, save, cancel),
  );
  doc.body.append(dialog);
  const close = (): void => {
    dialog.close();
    dialog.remove();
    opener.focus();
  };
  cancel.addEventListener('click', close);
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.showModal();
  replaceContent(status, 'Chargement des EPCI…');

  let candidates: TerritorySummary[];
  try {
    candidates = (await options.candidates()).filter((c) => c.id !== group.subject.id).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  } catch (error) {
    replaceContent(problem, h('p', { class: 'alert alert--error' }, error instanceof Error ? error.message : 'Chargement impossible.'));
    return;
  }
  const count = (): void => {
    replaceContent(status, `${formatInteger(chosen.size)} EPCI cochés sur ${formatInteger(candidates.length)}.`);
  };
  const draw = (): void => {
    list.replaceChildren(
      ...matching(candidates, search.value).map((c) => {
        const id = uid('peer');
        const box = h('input', { id, type: 'checkbox', value: c.id, checked: chosen.has(c.id) });
        box.addEventListener('change', () => {
          if (box.checked) chosen.add(c.id);
          else chosen.delete(c.id);
          count();
        });
        return h('li', {}, box, ' ', h('label', { for: id }, c.name, c.population == null ? '' : ` (${formatInteger(c.population)} hab.)`));
      }),
    );
  };
  search.addEventListener('input', draw);
  draw();
  count();
  search.focus();

  save.addEventListener('click', () => {
    void (async () => {
      save.setAttribute('disabled', '');
      replaceContent(problem);
      try {
        const answer = await options.client.send<PeerGroup>('PUT', `/api/v1/peer-groups/${encodeURIComponent(group.id)}`, {
          body: { members: [...chosen] },
          ifMatch: group.eTag,
        });
        close();
        options.saved(answer.body ?? group);
      } catch (error) {
        const refused = refusal(error);
        if (refused.current) group = refused.current;
        replaceContent(problem, h('p', { class: 'alert alert--error' }, refused.message));
      } finally {
        save.removeAttribute('disabled');
      }
    })();
  });
}
