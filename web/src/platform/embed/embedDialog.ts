/**
 * The "Intégrer" button of an embeddable page and its dialog: the <iframe> code of the page as it stands (its filters,
 * territory and map position: the URL's query), to paste in a partner's site, with a copy button. The dialog is a
 * modal <dialog> labelled by its title; Tab and Shift+Tab stay inside it, Escape and "Fermer" close it and give the
 * focus back to the button.
 */
import { h } from '../ui/dom';
import { uid } from '../ui/components';

export const FRAME_HEIGHTS = [500, 600, 700, 800, 900] as const;
export const DEFAULT_FRAME_HEIGHT = 700;

/** Text for a double-quoted HTML attribute: &, ", < and > as character references. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The <iframe> element a partner pastes: the embed page's absolute URL, a title for screen readers, its height. */
export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" style="border: 0" loading="lazy"></iframe>`;
}

export interface EmbedOfferOptions {
  readonly document: Document;
  /** The embed page's absolute URL of the page as it stands (read when the dialog opens). */
  src(): string;
  /** The page's title, for the iframe's title. */
  title(): string;
}

const FOCUSABLE = 'a[href], button:not([disabled]), select:not([disabled]), textarea:not([disabled]), input:not([disabled])';

/** Copies the code: the Clipboard API where the page may use it, else the selected text of the field itself. */
async function copyField(area: HTMLTextAreaElement, doc: Document): Promise<boolean> {
  const win = doc.defaultView;
  try {
    if (win?.navigator.clipboard && win.isSecureContext) {
      await win.navigator.clipboard.writeText(area.value);
      return true;
    }
  } catch {
    // fall through: the field is in the dialog (not inert), so selecting it and copying works
  }
  area.focus();
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  }
}

/** The "Intégrer" button and its dialog, drawn at once (no layout shift); the code is written when it opens. */
export function embedOffer({ document: doc, src, title }: EmbedOfferOptions): HTMLElement {
  const titleId = uid('embed-title');
  const introId = uid('embed-intro');
  const codeId = uid('embed-code');
  const heightId = uid('embed-height');
  const open = h(
    'button',
    { type: 'button', class: 'button button--tertiary', 'aria-haspopup': 'dialog', 'data-embed-open': '' },
    'Intégrer',
    h('span', { class: 'visually-hidden' }, ' cette page à un autre site'),
  );
  const height = h('select', { id: heightId, class: 'select', name: 'height' });
  for (const value of FRAME_HEIGHTS) height.append(h('option', { value: String(value) }, `${value} pixels`));
  height.value = String(DEFAULT_FRAME_HEIGHT);
  const code = h('textarea', { id: codeId, class: 'embed-dialog__code', rows: 5, readonly: true, spellcheck: 'false', 'data-embed-code': '' });
  const preview = h(
    'a',
    { target: '_blank', rel: 'noopener', 'data-embed-preview': '' },
    'Voir la page intégrée',
    h('span', { class: 'visually-hidden' }, ' (nouvel onglet)'),
  );
  const status = h('p', { class: 'embed-dialog__status', role: 'status' });
  const copy = h('button', { type: 'button', class: 'button', 'data-embed-copy': '' }, 'Copier le code');
  const close = h('button', { type: 'button', class: 'button button--secondary', 'data-embed-close': '' }, 'Fermer');
  const dialog = h(
    'dialog',
    { class: 'embed-dialog', 'aria-labelledby': titleId, 'aria-describedby': introId },
    h('h2', { id: titleId }, 'Intégrer cette page à un autre site'),
    h(
      'p',
      { id: introId },
      'Collez ce code dans une page de votre site : il y affiche cette page telle qu’elle est maintenant (filtres, territoire, carte), sans l’en-tête du portail, avec un lien vers l’observatoire. Les sites autorisés sont ceux que l’agence a déclarés : demandez-lui d’ajouter le vôtre.',
    ),
    h('div', { class: 'field' }, h('label', { for: heightId, class: 'label' }, 'Hauteur du cadre'), height),
    h('div', { class: 'field' }, h('label', { for: codeId, class: 'label' }, 'Code à coller dans votre page (HTML)'), code),
    h('p', {}, preview),
    status,
    h('div', { class: 'embed-dialog__actions' }, copy, close),
  );

  const write = (): void => {
    const url = src();
    code.value = iframeSnippet(url, title(), Number(height.value));
    preview.setAttribute('href', url);
  };
  const hide = (): void => {
    if (dialog.open) dialog.close();
  };

  open.addEventListener('click', () => {
    write();
    status.textContent = '';
    dialog.showModal();
    code.focus();
    code.select();
  });
  height.addEventListener('change', write);
  copy.addEventListener('click', () => {
    void copyField(code, doc).then((ok) => {
      status.textContent = ok ? 'Code copié dans le presse-papiers.' : 'Copie impossible : sélectionnez le code et copiez-le (Ctrl+C).';
    });
  });
  close.addEventListener('click', hide);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      hide();
      return;
    }
    if (event.key !== 'Tab') return;
    // The focus stays in the dialog: from the last field to the first, and back.
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && doc.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && doc.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  dialog.addEventListener('close', () => open.focus());

  return h('div', { class: 'embed-offer' }, open, dialog);
}
