/**
 * The session in the site header: "Espace éditeur" (sign in) for visitors; who is signed in, and "Se déconnecter",
 * for editors; the reason when the API ended the session (a refused key).
 */
import type { Context } from '../context';
import { routeToUrl } from '../routes';
import { h } from '../ui/dom';
import { describeIdentity, type Session, type SessionState } from './session';

export function mountSessionStatus(doc: Document, session: Session, ctx: Context): () => void {
  const header = doc.querySelector('.site-header__inner');
  if (!header) return () => {};
  // index.html holds the slot (the header's height is then right at the first paint); a bare page gets one.
  const existing = header.querySelector<HTMLElement>('[data-session]');
  const slot = existing ?? h('div', { class: 'session', 'data-session': '' });
  if (!existing) header.append(slot);
  const banner = h('div', { class: 'session-banner container', 'aria-live': 'assertive' });
  doc.querySelector('.site-header')?.after(banner);

  function render(state: SessionState): void {
    const here = `${ctx.window.location.pathname}${ctx.window.location.search}`;
    if (state.identity) {
      const out = h('button', { type: 'button', class: 'button button--tertiary session__out' }, 'Se déconnecter');
      out.addEventListener('click', () => session.signOut());
      slot.replaceChildren(
        h(
          'p',
          { class: 'session__who' },
          h('span', { class: 'session__label' }, 'Connecté : '),
          h('span', { 'data-identity': '' }, describeIdentity(state.identity)),
        ),
        out,
      );
    } else {
      const link = h(
        'a',
        { href: '/connexion', 'data-nav': '', class: 'session__in' },
        h('span', { class: 'session__context' }, 'Espace éditeur : '),
        h('span', { class: 'session__action' }, 'se connecter'),
      );
      // Back to the page shown when the link is followed (the app routes without telling this header).
      const point = (): void => {
        const { pathname, search } = ctx.window.location;
        link.href = routeToUrl({ view: 'signIn', next: pathname === '/connexion' ? null : `${pathname}${search}` });
      };
      point();
      link.addEventListener('click', point);
      link.addEventListener('focus', point);
      link.addEventListener('mouseenter', point);
      slot.replaceChildren(link);
    }
    if (state.notice) {
      const close = h('button', { type: 'button', class: 'button button--tertiary' }, 'Fermer');
      close.addEventListener('click', () => session.clearNotice());
      banner.replaceChildren(
        h(
          'div',
          {
            class: `alert ${state.notice.kind === 'expired' ? 'alert--error' : 'alert--info'}`,
            role: state.notice.kind === 'expired' ? 'alert' : 'status',
            'data-session-notice': state.notice.kind,
          },
          h('p', { class: 'alert__title' }, state.notice.message),
          state.notice.kind === 'expired' ? h('p', {}, h('a', { href: routeToUrl({ view: 'signIn', next: here }), 'data-nav': '' }, 'Se reconnecter')) : null,
          close,
        ),
      );
    } else {
      banner.replaceChildren();
    }
  }
  render(session.state());
  const unsubscribe = session.subscribe(render);
  return () => {
    unsubscribe();
    if (existing) slot.replaceChildren();
    else slot.remove();
    banner.remove();
  };
}
