// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { waitFor } from '../testing/fakeApi';
import { field, input } from './field';
import { conflictMessage, openFormDialog, writeRefusal, type PreparedSave } from './formDialog';

afterEach(() => {
  document.body.innerHTML = '';
});

const refused = (status: number, problem: ApiError['problem'] = null): ApiError =>
  new ApiError(`HTTP ${status}`, { kind: status === 0 ? 'network' : 'http', url: '/api/v1/x', status, problem });

/** A dialog of two fields (title, year) whose save is `send`; what it did is kept in `log`. */
function open(send: () => Promise<string>, conflict: PreparedSave<string>['conflict'] = () => Promise.resolve(null)) {
  const log: string[] = [];
  const title = field('Titre', input('title', 'Projet'));
  const year = field('Année', input('year', '2020'), 'Quatre chiffres.');
  const dialog = openFormDialog<string>({
    document,
    title: 'Modifier le projet',
    content: [title.element, year.element],
    fields: { title: title.slot, year: year.slot },
    saveLabel: 'Enregistrer',
    prepare() {
      const value = (year.slot.control as HTMLInputElement).value;
      if (!/^\d{4}$/.test(value)) return { problems: { year: 'Saisissez une année.', whole: 'Le projet est incomplet.' }, save: null };
      return {
        problems: {},
        save: {
          send,
          conflict,
          fieldErrors: (errors) => ({ byField: new Map(Object.entries(errors).map(([k, v]) => [k, v.join(' ')])), general: [] }),
        },
      };
    },
    refusal: (error) => writeRefusal(error, { 403: 'Seule l’agence peut modifier ce projet.' }),
    closed: () => log.push('closed'),
    saved: (answer) => log.push(`saved ${answer}`),
  });
  const control = (name: string): HTMLInputElement => dialog.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  const submit = (): void => void dialog.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  const alert = (): string => dialog.querySelector('[role="alert"]')!.textContent ?? '';
  return { dialog, log, control, submit, alert };
}

describe('an editing dialog', () => {
  it('opens named by its title, the focus on its first field', () => {
    const { dialog, control } = open(() => Promise.resolve('ok'));
    expect(dialog.open).toBe(true);
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Modifier le projet');
    expect(document.activeElement).toBe(control('title'));
  });

  it('says the form’s problems next to their fields and the others above the buttons, nothing sent', () => {
    const send = vi.fn(() => Promise.resolve('ok'));
    const { control, submit, alert, dialog } = open(send);
    control('year').value = '20';
    submit();
    expect(send).not.toHaveBeenCalled();
    expect(control('year').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${control('year').id}-error`)!.textContent).toBe('Saisissez une année.');
    expect(document.activeElement).toBe(control('year'));
    expect(alert()).toBe('Le projet est incomplet.');
    expect(dialog.open).toBe(true);
  });

  it('closes once saved, gives the focus back, then hands the answer over', async () => {
    const { log, submit } = open(() => Promise.resolve('v2'));
    submit();
    await waitFor(() => log.length === 2);
    expect(log).toEqual(['closed', 'saved v2']);
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('says the API’s field errors next to their fields, its other refusals above the buttons', async () => {
    let answer: ApiError = refused(400, { errors: { title: ['Trop long.'] } });
    const { control, submit, alert, log } = open(() => Promise.reject(answer));
    submit();
    await waitFor(() => control('title').getAttribute('aria-invalid') === 'true');
    expect(document.getElementById(`${control('title').id}-error`)!.textContent).toBe('Trop long.');
    expect(alert()).toBe('');
    answer = refused(403);
    submit();
    await waitFor(() => alert() === 'Seule l’agence peut modifier ce projet.');
    expect(control('title').hasAttribute('aria-invalid')).toBe(false);
    expect(log).toEqual([]);
  });

  it('after a 412, keeps what was typed and says what changed; the next save goes through', async () => {
    let version = 1;
    const { control, submit, dialog, log } = open(
      () => (version === 1 ? Promise.reject(refused(412)) : Promise.resolve('v3')),
      () => {
        version = 2;
        return Promise.resolve('Le projet a été modifié entre-temps (version 2).');
      },
    );
    control('title').value = 'Projet 2030';
    submit();
    await waitFor(() => dialog.querySelector('[data-testid="conflict"]') !== null);
    expect(dialog.querySelector('[data-testid="conflict"]')!.textContent).toBe('Le projet a été modifié entre-temps (version 2).');
    expect(control('title').value).toBe('Projet 2030');
    submit();
    await waitFor(() => log.length === 2);
    expect(log).toEqual(['closed', 'saved v3']);
  });

  it('closes on Escape and on « Annuler », nothing saved', () => {
    const first = open(() => Promise.resolve('ok'));
    first.dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(first.log).toEqual(['closed']);
    const second = open(() => Promise.resolve('ok'));
    second.dialog.querySelector<HTMLElement>('[data-action="cancel"]')!.click();
    expect(second.log).toEqual(['closed']);
    expect(document.querySelector('dialog')).toBeNull();
  });
});

describe('what a refused write says', () => {
  it('has words for a silent service and a refused key; the page’s for its statuses; the API’s detail otherwise', () => {
    expect(writeRefusal(new Error('boom'), {})).toBe('Enregistrement impossible : réessayez.');
    expect(writeRefusal(refused(0), {})).toBe('Le service ne répond pas : vos saisies sont gardées, réessayez.');
    expect(writeRefusal(refused(401), {})).toContain('reconnectez-vous');
    expect(writeRefusal(refused(403), { 403: 'Seule l’agence.' })).toBe('Seule l’agence.');
    expect(writeRefusal(refused(409, { detail: 'Déjà pris.' }), {})).toBe('Déjà pris.');
  });

  it('after a 412, lists the first changes and how many more', () => {
    const changes = ['a', 'b', 'c', 'd'];
    expect(conflictMessage('Le projet a été modifié', 4, changes, 2)).toBe(
      'Le projet a été modifié entre-temps (version 4) : a ; b ; et 2 autres changements. ' +
        'Vos saisies sont gardées : vérifiez-les, puis enregistrez à nouveau pour les appliquer à cette version.',
    );
    expect(conflictMessage('Le projet a été modifié', 4, [], 2)).toMatch(/^Le projet a été modifié entre-temps \(version 4\)\. Vos saisies/);
  });
});
