/**
 * The entry of the print bundle (vite.publication.config.ts → dist/print/barometre.js and .css): the server's PDF
 * service inlines both in a self-contained HTML file with the barometer's answer as
 * <script type="application/json" id="publication-data">, and Chromium prints it. This runs while the page loads, so
 * the brief is drawn before Chromium prints; nothing is fetched (no API call, no key: the PDF holds what the caller
 * was allowed to see when the server built the file).
 */
import type { Barometre } from './contract';
import { renderPublication } from './render';

const data = document.getElementById('publication-data');
if (!data?.textContent) throw new Error('publication: no #publication-data in the page');
document.body.replaceChildren(renderPublication(JSON.parse(data.textContent) as Barometre));
document.documentElement.setAttribute('data-printed', 'ready');
