// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import embedHtml from '../../../embed.html?raw';
import indexHtml from '../../../index.html?raw';
import { ApiClient } from '../api/client';
import type { ObservatoryDefinition } from '../registry';
import { createRouter } from '../routes';
import { startApp, type App } from '../shell';
import { fakeApi, waitFor } from '../testing/fakeApi';
import { testObservatory } from '../testing/testObservatory';
import { escapeAttribute, iframeSnippet } from './embedDialog';
import { embedRouter } from './embedRoutes';

/** The test observatory with its page declared embeddable. */
const EMBEDDABLE: ObservatoryDefinition = { ...testObservatory, embeddable: ['essai/page'] };

let app: App | null = null;

function start(html: string, path: string, observatories: readonly ObservatoryDefinition[] = [EMBEDDABLE]): App {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '').replace(/<!--[\s\S]*?-->/g, '');
  window.history.replaceState(null, '', path);
  app = startApp({ document, window, client: new ApiClient({ fetch: fakeApi({}) }), observatories });
  return app;
}

const heading = (): string => document.querySelector('h1')?.textContent ?? '';
const origin = (): string => window.location.origin;

afterEach(() => {
  app?.stop();
  app = null;
  document.documentElement.innerHTML = '';
});

describe('the embed routes', () => {
  const router = embedRouter(createRouter(testObservatory.pages), new Set(['essai/page']));

  it('read /embed/<page> as the page with the same query, and write the page back under /embed', () => {
    const route = router.parse('/embed/essai', '?n=12');
    expect(route).toEqual({ view: 'essai/page', n: 12 });
    expect(router.toUrl(route)).toBe('/embed/essai?n=12');
  });

  it('find no page outside /embed, at /embed itself, or for a page that is not declared embeddable', () => {
    for (const path of ['/essai', '/embed', '/embed/', '/embed/catalogue', '/embed/territories/epci:200072460', '/EMBED/essai', '/embed/embed/essai']) {
      expect(router.parse(path, '').view, path).toBe('notFound');
    }
    const notDeclared = embedRouter(createRouter(testObservatory.pages), new Set());
    expect(notDeclared.parse('/embed/essai', '?n=1').view).toBe('notFound');
  });

  it('keep the full URL of the platform’s views', () => {
    expect(router.toUrl({ view: 'portal', territory: null })).toBe('/');
  });
});

describe('an embed page', () => {
  it('shows the page without the portal’s header, menu and footer, with a link to the full page in a new tab', async () => {
    start(embedHtml, '/embed/essai?n=7');
    await waitFor(() => heading() === 'Page d’essai 7');
    expect(document.querySelector('.site-header, .site-nav, .site-footer, .skip-link')).toBeNull();
    expect(document.querySelector('[data-embed-open]'), 'no "Intégrer" inside an embed').toBeNull();
    const link = document.querySelector<HTMLAnchorElement>('a[data-embed-link]')!;
    expect(link.href).toBe(`${origin()}/essai?n=7`);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener');
    expect(link.textContent).toBe('Voir sur l’observatoire : Page d’essai, sur le site de l’AULA (nouvel onglet)');
  });

  it('keeps its state in the frame’s URL, under /embed, and the link follows it', async () => {
    const started = start(embedHtml, '/embed/essai?n=7');
    await waitFor(() => heading() === 'Page d’essai 7');
    started.context.navigate({ view: 'essai/page', n: 8 } as never);
    await waitFor(() => heading() === 'Page d’essai 8');
    expect(`${window.location.pathname}${window.location.search}`).toBe('/embed/essai?n=8');
    expect(document.querySelector<HTMLAnchorElement>('a[data-embed-link]')!.href).toBe(`${origin()}/essai?n=8`);
  });

  it('opens any other page of the site in a new tab rather than in the frame', async () => {
    start(embedHtml, '/embed/essai?n=7');
    await waitFor(() => heading() === 'Page d’essai 7');
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const portal = document.createElement('a');
    portal.href = '/catalogue?q=vélo';
    portal.setAttribute('data-nav', '');
    document.getElementById('app')!.append(portal);
    portal.click();
    expect(open).toHaveBeenCalledWith(`${origin()}/catalogue?q=v%C3%A9lo`, '_blank', 'noopener');
    expect(window.location.pathname).toBe('/embed/essai');
  });

  it('shows no page that its observatory does not declare embeddable', async () => {
    start(embedHtml, '/embed/essai?n=7', [testObservatory]);
    await waitFor(() => heading() === 'Page non intégrable');
    expect(document.body.textContent).not.toContain('Page d’essai 7');
    const full = document.querySelector<HTMLAnchorElement>('.alert a')!;
    expect(full.href).toBe(`${origin()}/essai`);
    expect(full.target).toBe('_blank');
  });
});

describe('the "Intégrer" dialog of an embeddable page', () => {
  const code = (): string => document.querySelector<HTMLTextAreaElement>('[data-embed-code]')!.value;
  const dialog = (): HTMLDialogElement => document.querySelector('dialog')!;

  it('gives the <iframe> of the embed page in its current state, and the full page keeps its chrome', async () => {
    const started = start(indexHtml, '/essai?n=5');
    await waitFor(() => heading() === 'Page d’essai 5');
    expect(document.querySelector('.site-header')).not.toBeNull();
    const button = document.querySelector<HTMLButtonElement>('[data-embed-open]')!;
    expect(button.textContent).toBe('Intégrer cette page à un autre site');
    button.click();
    expect(dialog().open).toBe(true);
    expect(code()).toBe(
      `<iframe src="${origin()}/embed/essai?n=5" title="Page d’essai — Observatoires territoriaux de l’AULA" width="100%" height="700" style="border: 0" loading="lazy"></iframe>`,
    );
    expect(document.querySelector<HTMLAnchorElement>('[data-embed-preview]')!.href).toBe(`${origin()}/embed/essai?n=5`);
    document.querySelector<HTMLButtonElement>('[data-embed-close]')!.click();
    expect(dialog().open).toBe(false);

    started.context.navigate({ view: 'essai/page', n: 6 } as never);
    await waitFor(() => heading() === 'Page d’essai 6');
    document.querySelector<HTMLButtonElement>('[data-embed-open]')!.click();
    expect(code()).toContain(`src="${origin()}/embed/essai?n=6"`);
    const height = dialog().querySelector('select')!;
    height.value = '900';
    height.dispatchEvent(new Event('change'));
    expect(code()).toContain('height="900"');
  });

  it('is labelled by its title, keeps the focus inside, and closes on Escape giving the focus back', async () => {
    start(indexHtml, '/essai?n=5');
    await waitFor(() => heading() === 'Page d’essai 5');
    const button = document.querySelector<HTMLButtonElement>('[data-embed-open]')!;
    button.focus();
    button.click();
    const title = document.getElementById(dialog().getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Intégrer cette page à un autre site');
    expect(document.activeElement).toBe(document.querySelector('[data-embed-code]'));

    const focusable = [...dialog().querySelectorAll<HTMLElement>('select, textarea, a[href], button')];
    const [first, last] = [focusable[0]!, focusable[focusable.length - 1]!];
    last.focus();
    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(first);
    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }));
    expect(document.activeElement).toBe(last);

    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(dialog().open).toBe(false);
    await waitFor(() => document.activeElement === button);
  });

  it('copies the code and says so', async () => {
    start(indexHtml, '/essai?n=5');
    await waitFor(() => heading() === 'Page d’essai 5');
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    vi.spyOn(window.navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    vi.stubGlobal('isSecureContext', true);
    document.querySelector<HTMLButtonElement>('[data-embed-open]')!.click();
    document.querySelector<HTMLButtonElement>('[data-embed-copy]')!.click();
    await waitFor(() => (dialog().querySelector('[role="status"]')?.textContent ?? '') !== '');
    expect(writeText).toHaveBeenCalledWith(code());
    expect(dialog().querySelector('[role="status"]')!.textContent).toBe('Code copié dans le presse-papiers.');
  });

  it('is offered only on the pages their observatory declares embeddable', async () => {
    start(indexHtml, '/essai?n=5', [testObservatory]);
    await waitFor(() => heading() === 'Page d’essai 5');
    expect(document.querySelector('[data-embed-open]')).toBeNull();
  });
});

describe('the <iframe> code', () => {
  it('escapes what it quotes, so that the attributes read back exactly', () => {
    const src = 'https://observatoires.example/embed/essai?a=1&b="x"&c=<y>';
    const title = 'Accidents "graves" & <légers>';
    const snippet = iframeSnippet(src, title, 600);
    expect(snippet).toContain('src="https://observatoires.example/embed/essai?a=1&amp;b=&quot;x&quot;&amp;c=&lt;y&gt;"');
    expect(escapeAttribute('a&b')).toBe('a&amp;b');
    const holder = document.createElement('div');
    holder.innerHTML = snippet;
    const frame = holder.querySelector('iframe')!;
    expect(holder.children).toHaveLength(1);
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe(title);
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('width')).toBe('100%');
    expect(frame.getAttribute('height')).toBe('600');
  });
});
