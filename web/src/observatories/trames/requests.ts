/**
 * "Mes demandes" for a partner (its own requests and their state, the rejection's reason), and the agency's review
 * queue: the pending requests with Accepter / Rejeter (a reason is required to reject), sent with If-Match on the
 * request's version (a colleague's review meanwhile: 412, the queue is reloaded and says so).
 */
import { ApiError, type ApiClient } from '../../platform/api/client';
import { formatDate } from '../../platform/format';
import { loading, showError } from '../../platform/ui/components';
import { h, replaceContent } from '../../platform/ui/dom';
import type { ChangeRequest, ChangeRequestList } from './api';
import { ACTION_LABELS, KIND_LABELS, networkLabel, STATE_LABELS } from './words';

export interface RequestsPanel {
  element: HTMLElement;
  reload(): void;
}

function describe(r: ChangeRequest): string {
  const what = r.kind ? KIND_LABELS[r.kind as keyof typeof KIND_LABELS].toLowerCase() : 'élément';
  const target = r.action === 'add' ? `${what} « ${r.name ?? ''} »` : `${what} n° ${String(r.elementId)}${r.name ? ` → « ${r.name} »` : ''}`;
  return `${ACTION_LABELS[r.action] ?? r.action} : ${target} (${networkLabel(r.network)})`;
}

function reviewControls(client: ApiClient, r: ChangeRequest, done: (message: string) => void): HTMLElement {
  const id = `trames-reason-${String(r.id)}`;
  const reason = h('textarea', { id, name: 'reason', class: 'input', rows: '2', maxlength: '2000' });
  const error = h('p', { class: 'field-error', id: `${id}-error` });
  const send = (decision: 'accept' | 'reject') => {
    error.textContent = '';
    if (decision === 'reject' && reason.value.trim() === '') {
      error.textContent = 'Un rejet doit être motivé : le partenaire lira ce motif.';
      reason.focus();
      return;
    }
    void client
      .getVersioned<ChangeRequest>(`/api/v1/trames/change-requests/${String(r.id)}`)
      .then(({ etag }) =>
        client.send<ChangeRequest>('POST', `/api/v1/trames/change-requests/${String(r.id)}/review`, {
          body: { decision, ...(reason.value.trim() !== '' ? { reason: reason.value.trim() } : {}) },
          ifMatch: etag,
        }),
      )
      .then(() => done(decision === 'accept' ? `Demande n° ${String(r.id)} acceptée et intégrée à la trame.` : `Demande n° ${String(r.id)} rejetée.`))
      .catch((e: unknown) => {
        if (e instanceof ApiError && (e.status === 412 || e.status === 409))
          done(`La demande n° ${String(r.id)} a été examinée entre-temps ou l’élément a changé : ${e.problem?.detail ?? ''}`);
        else error.textContent = 'L’examen n’a pas pu être enregistré. Réessayez.';
      });
  };
  const accept = h('button', { type: 'button', class: 'button', 'data-decision': 'accept' }, 'Accepter');
  const reject = h('button', { type: 'button', class: 'button button--secondary', 'data-decision': 'reject' }, 'Rejeter');
  accept.addEventListener('click', () => send('accept'));
  reject.addEventListener('click', () => send('reject'));
  return h('div', { class: 'trames-review' }, h('label', { for: id, class: 'label' }, 'Motif (obligatoire pour un rejet)'), reason, error, accept, ' ', reject);
}

export function requestsPanel(client: ApiClient, agency: boolean, changed: () => void): RequestsPanel {
  const status = h('p', { role: 'status', 'aria-live': 'polite', class: 'trames-requests__status' });
  const list = h('div', { 'data-testid': agency ? 'review-queue' : 'my-requests' });
  const element = h('div', { class: 'trames-requests' }, status, list);

  function render(requests: ChangeRequestList): void {
    if (requests.items.length === 0) {
      replaceContent(list, h('p', {}, agency ? 'Aucune demande en attente.' : 'Vous n’avez pas encore proposé de modification.'));
      return;
    }
    replaceContent(
      list,
      h(
        'ol',
        { class: 'trames-requests__list' },
        ...requests.items.map((r) =>
          h(
            'li',
            { 'data-request': String(r.id), 'data-state': r.state },
            h('p', { class: 'trames-requests__what' }, h('strong', {}, `N° ${String(r.id)} `), describe(r)),
            h('p', {}, `Proposée le ${formatDate(r.proposedAt)}${agency ? ` par ${r.proposedBy}` : ''} — commentaire : ${r.comment}`),
            h('p', { class: `trames-state trames-state--${r.state}` }, STATE_LABELS[r.state] ?? r.state, r.reason ? ` — motif : ${r.reason}` : ''),
            ...(agency && r.state === 'pending'
              ? [
                  reviewControls(client, r, (message) => {
                    status.textContent = message;
                    reload();
                    changed();
                  }),
                ]
              : []),
          ),
        ),
      ),
    );
  }

  function reload(): void {
    replaceContent(list, loading('Chargement des demandes…'));
    client
      .getJson<ChangeRequestList>(`/api/v1/trames/change-requests${agency ? '?state=pending' : ''}`)
      .then(render)
      .catch((error: unknown) => showError(list, error, reload));
  }
  reload();
  return { element, reload };
}
