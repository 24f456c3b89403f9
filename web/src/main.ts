import './platform/style.css';
import { ApiClient } from './platform/api/client';
import { observatories } from './observatories';
import { startApp } from './platform/shell';
import { Session } from './platform/auth/session';
import { isEmbedPath } from './platform/embed/embedRoutes';

try {
  // The editor's key lives in this tab's sessionStorage; the client sends it, and a 401 ends the session. An embed
  // page (in a partner's frame) shows what anyone sees: it never reads nor sends a key.
  let storage: Storage | null = null;
  try {
    storage = isEmbedPath(window.location.pathname) ? null : window.sessionStorage;
  } catch {
    storage = null;
  }
  const session = new Session(storage);
  const client = new ApiClient({ apiKey: () => session.key(), onUnauthorized: () => session.expire() });
  startApp({ document, window, client, session, observatories });
} catch (error) {
  // The static page stays readable; say why it stays empty.
  console.error(error);
  const app = document.getElementById('app');
  if (app) {
    app.replaceChildren();
    const p = document.createElement('p');
    p.className = 'alert alert--error';
    p.setAttribute('role', 'alert');
    p.textContent = 'La page n’a pas pu démarrer. Rechargez-la ou réessayez plus tard.';
    app.append(p);
  }
}
