import './style.css';
import { ApiClient } from './api/client';
import { startApp } from './app';

try {
  startApp({ document, window, client: new ApiClient() });
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
