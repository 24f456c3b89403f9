/**
 * The note under the title on who is reading: a visitor (with the link to the editors' sign-in, back to this page),
 * a partner whose key shows occupants, or an editor and the territories their key may change.
 */
import { describeIdentity } from '../../platform/auth/session';
import { routeToUrl } from '../../platform/routes';
import { h } from '../../platform/ui/dom';
import { foncierEcoUrl } from './route';
import { territoryLabel, type PageState } from './state';

export function sessionNote(state: PageState): HTMLElement {
  const { identity } = state;
  if (!identity) {
    return h(
      'p',
      { class: 'note session-note__text' },
      'Consultation publique. Les services économiques des intercommunalités mettent à jour leurs zones après connexion : ',
      h('a', { href: routeToUrl({ view: 'signIn', next: foncierEcoUrl(state.route) }), 'data-nav': '' }, 'espace éditeur'),
      '.',
    );
  }
  return h(
    'p',
    { class: 'note session-note__text', 'data-editor': identity.editor ? 'true' : 'false' },
    `Connecté : ${describeIdentity(identity)}. `,
    identity.editor
      ? identity.scope.length === 0
        ? 'Vous pouvez modifier les lots de toutes les zones.'
        : `Vous pouvez modifier les lots des zones de votre périmètre (${identity.scope.map((id) => territoryLabel(state.data, id)).join(', ')}) ; les autres sont en lecture seule.`
      : 'Votre clé permet de voir les occupants de votre territoire, pas de modifier les lots.',
  );
}
