/**
 * "Télécharger le baromètre (PDF)": a plain link to the API's PDF, which a visitor follows as it is. A signed-in
 * partner's PDF holds the figures of its key, which a link cannot send: the click then fetches the PDF with the key
 * (Authorization, never in the URL) and saves it under the API's file name.
 */
import { h } from '../../platform/ui/dom';

export interface DownloadDeps {
  /** The session's key, read at click time; null for a visitor. */
  key(): string | null;
  fetch: typeof fetch;
  window: Window;
  /** Says a failure in words (the page's status line). */
  report(message: string): void;
}

export function fileNameOf(disposition: string | null, fallback: string): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? fallback;
}

export function pdfLink(href: string, deps: DownloadDeps): HTMLAnchorElement {
  const link = h('a', { class: 'button barometre-pdf', href }, 'Télécharger le baromètre (PDF)');
  link.addEventListener('click', (event) => {
    const key = deps.key();
    if (key === null) return;
    event.preventDefault();
    link.setAttribute('aria-busy', 'true');
    deps.report('Préparation du PDF…');
    void (async () => {
      try {
        const response = await deps.fetch(href, { headers: { Authorization: `Bearer ${key}`, Accept: 'application/pdf' } });
        if (!response.ok) throw new Error(`le serveur a répondu ${response.status}`);
        const url = URL.createObjectURL(await response.blob());
        const save = h('a', { href: url, download: fileNameOf(response.headers.get('content-disposition'), 'barometre.pdf') });
        save.click();
        deps.window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
        deps.report('');
      } catch (error) {
        deps.report(`Le PDF n’a pas pu être téléchargé (${error instanceof Error ? error.message : String(error)}).`);
      } finally {
        link.removeAttribute('aria-busy');
      }
    })();
  });
  return link;
}
