import './style.css';
import { ApiClient } from './api/client';
import { startApp } from './app';

try {
  startApp({ document, window, client: new ApiClient() });
} catch (error) {
  // The static page stays readable; say why its blocks stay empty.
  console.error(error);
  const status = document.getElementById('api-status');
  if (status) status.textContent = 'La page n’a pas pu démarrer. Rechargez-la ou réessayez plus tard.';
}
