/**
 * The editor's sign-in: the user pastes the API key the agency gave them; the key is checked with GET /api/v1/me,
 * then kept in this tab's sessionStorage (never in the URL or localStorage). Loaded on demand.
 */
import type { Context, View } from '../context';
import type { Route, SignInRoute } from '../routes';
import { showError, uid } from '../ui/components';
import { h } from '../ui/dom';
import { checkKey, describeIdentity, isRefusedKey, KEY_PATTERN, ROLE_LABELS } from './session';

export function mountSignIn(container: HTMLElement, initial: SignInRoute, ctx: Context): View {
  let route = initial;
  ctx.setTitle('Espace éditeur');
  const title = h('h1', { tabindex: '-1' }, 'Espace éditeur');
  const body = h('div', { class: 'sign-in' });
  container.append(
    h('p', { class: 'breadcrumb' }, h('a', { href: '/', 'data-nav': '' }, 'Portail'), ' › ', h('span', { class: 'breadcrumb__here' }, 'Espace éditeur')),
    title,
    body,
  );

  function goNext(): void {
    const next = route.next ?? '/';
    const url = new URL(next, ctx.window.location.origin);
    ctx.navigate(ctx.router.parse(url.pathname, url.search));
  }

  function renderSignedIn(): void {
    const identity = ctx.session.identity()!;
    const out = h('button', { type: 'button', class: 'button button--secondary' }, 'Se déconnecter');
    out.addEventListener('click', () => ctx.session.signOut());
    const back = h('button', { type: 'button', class: 'button' }, route.next ? 'Revenir à la page précédente' : 'Aller au portail');
    back.addEventListener('click', goNext);
    body.replaceChildren(
      h(
        'div',
        { class: 'alert alert--success', role: 'status' },
        h('p', { class: 'alert__title' }, `Vous êtes connecté : ${describeIdentity(identity)}.`),
        h('p', {}, identity.scope.length === 0 ? 'Périmètre : tout le territoire.' : `Périmètre : ${identity.scope.join(', ')}.`),
        h(
          'p',
          {},
          identity.editor
            ? 'Vous pouvez mettre à jour les lots des zones d’activités de votre périmètre.'
            : 'Votre clé permet la lecture des données partenaires, pas la modification.',
        ),
      ),
      h('p', { class: 'actions' }, back, ' ', out),
    );
  }

  function renderForm(): void {
    const id = uid('api-key');
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    const input = h('input', {
      id,
      name: 'apiKey',
      type: 'password',
      class: 'input',
      autocomplete: 'off',
      spellcheck: 'false',
      required: true,
      'aria-describedby': hintId,
    });
    const error = h('p', { class: 'field__error', id: errorId, hidden: true });
    const status = h('div', { class: 'form-status' });
    const submit = h('button', { type: 'submit', class: 'button' }, 'Se connecter');
    const show = h('input', { type: 'checkbox', id: `${id}-show`, class: 'checkbox' });
    show.addEventListener('change', () => (input.type = show.checked ? 'text' : 'password'));
    const form = h(
      'form',
      { class: 'form sign-in__form', novalidate: true, 'aria-labelledby': `${id}-legend` },
      h('h2', { id: `${id}-legend` }, 'Connexion avec votre clé API'),
      h(
        'p',
        { class: 'note' },
        'Les services des EPCI et de l’agence mettent à jour leurs zones d’activités avec la clé API que l’agence leur a remise (elle commence par « obs_ »). ',
        'La clé reste dans cet onglet (stockage de session) : elle est oubliée à sa fermeture et n’apparaît jamais dans l’adresse de la page.',
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: id, class: 'label' }, 'Clé API'),
        h('p', { class: 'hint', id: hintId }, 'Collez la clé entière, par exemple obs_AbCd1234_…'),
        input,
        error,
        h('div', { class: 'field field--checkbox' }, show, h('label', { for: `${id}-show` }, 'Afficher la clé')),
      ),
      h('p', { class: 'actions' }, submit),
      status,
      h('p', { class: 'note' }, 'Rôles : ', Object.values(ROLE_LABELS).join(', '), '. Sans clé, les données publiques restent consultables.'),
    );
    function fieldError(message: string | null): void {
      error.hidden = message === null;
      error.textContent = message ?? '';
      if (message === null) {
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', hintId);
      } else {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', `${hintId} ${errorId}`);
      }
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const key = input.value.trim();
      status.replaceChildren();
      if (key === '') {
        fieldError('Saisissez votre clé API.');
        input.focus();
        return;
      }
      if (!KEY_PATTERN.test(key)) {
        fieldError('Ce texte ne ressemble pas à une clé API : elle commence par « obs_ » suivi d’une quarantaine de lettres et de chiffres.');
        input.focus();
        return;
      }
      fieldError(null);
      submit.disabled = true;
      submit.textContent = 'Vérification…';
      ctx.session
        .signIn(key, (candidate) => checkKey(ctx.client, candidate))
        .then(() => {
          input.value = '';
          goNext();
        })
        .catch((failure: unknown) => {
          submit.disabled = false;
          submit.textContent = 'Se connecter';
          if (isRefusedKey(failure)) {
            fieldError(`Clé refusée par le service : ${failure instanceof Error ? failure.message : ''}`.trim());
            input.focus();
          } else {
            showError(status, failure);
          }
        });
    });
    body.replaceChildren(form);
  }

  function render(): void {
    if (ctx.session.identity()) renderSignedIn();
    else renderForm();
  }
  render();
  const unsubscribe = ctx.session.subscribe(() => render());

  return {
    update(next: Route) {
      if (next.view === 'signIn') route = next;
    },
    destroy() {
      unsubscribe();
    },
  };
}
