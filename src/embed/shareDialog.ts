/**
 * Share / Embed dialog: the permalink, an `<iframe>` snippet for the current view (ratio, height or
 * fixed size; chosen controls; autoplay) and a live preview of exactly that snippet's URL.
 */
import { watch, type AppStore } from '../store/appStore';
import { h } from '../ui/dom';
import { DEFAULT_EMBED_CONTROLS, EMBED_CONTROLS, type EmbedControl } from './embedOptions';
import { embedUrl, iframeSnippet, parseSizing, permalink, type Sizing } from './snippet';

const CONTROL_LABELS: Record<EmbedControl, string> = {
  timeline: 'Timeline',
  legend: 'Legend',
  list: 'Event list',
  play: 'Play controls',
  nav: 'Zoom buttons',
  link: '“View full map” link',
};

async function copy(text: string, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied';
  } catch {
    status.textContent = 'Select the text and copy it (clipboard not available)';
  }
}

/** Creates the dialog and the button that opens it; returns the button. */
export function createShareDialog(store: AppStore, win: Window): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'tool-button', 'data-testid': 'share-button', text: 'Share / Embed' });
  const dialog = h('dialog', { class: 'tool-dialog share-dialog', 'data-testid': 'share-dialog', 'aria-labelledby': 'share-title' });
  const link = h('input', { type: 'text', readonly: true, class: 'share-field', 'data-testid': 'share-permalink', 'aria-label': 'Permalink' });
  const size = h('input', { type: 'text', value: '16:9', class: 'share-size', 'data-testid': 'share-size', 'aria-describedby': 'share-size-help' });
  const autoplay = h('input', { type: 'checkbox', 'data-testid': 'share-autoplay' });
  const boxes = EMBED_CONTROLS.map((c) => {
    const cb = h('input', { type: 'checkbox', 'data-control': c });
    cb.checked = DEFAULT_EMBED_CONTROLS.includes(c);
    return cb;
  });
  const snippet = h('textarea', { readonly: true, rows: 4, class: 'share-field', 'data-testid': 'share-snippet', 'aria-label': 'Embed code' });
  const status = h('span', { class: 'muted small', role: 'status' });
  const preview = h('iframe', { class: 'share-preview', 'data-testid': 'share-preview', title: 'Live preview of the embed' });
  const previewBox = h('div', { class: 'share-preview-box' }, preview);
  const copyLink = h('button', { type: 'button', text: 'Copy link' });
  const copySnippet = h('button', { type: 'button', text: 'Copy code' });
  const close = h('button', { type: 'button', class: 'panel-close', 'aria-label': 'Close', text: '×' });

  let sizing: Sizing = { kind: 'ratio', w: 16, h: 9 };
  let lastPreview = '';
  const refresh = (): void => {
    if (!dialog.open) return;
    try {
      sizing = parseSizing(size.value);
      size.removeAttribute('aria-invalid');
    } catch {
      size.setAttribute('aria-invalid', 'true');
    }
    const controls = new Set(boxes.filter((b) => b.checked).map((b) => b.dataset['control'] as EmbedControl));
    const url = embedUrl(win.location.href, { controls, autoplay: autoplay.checked });
    link.value = permalink(win.location.href);
    snippet.value = iframeSnippet(url, sizing);
    const ratio = sizing.kind === 'ratio' ? `${sizing.w} / ${sizing.h}` : sizing.kind === 'fixed' ? `${sizing.width} / ${sizing.height}` : `auto`;
    previewBox.style.aspectRatio = ratio;
    previewBox.style.height = sizing.kind === 'height' ? `${Math.min(sizing.height, 480)}px` : '';
    // Reload the preview only when the URL changed, after the view settles.
    if (url !== lastPreview) {
      lastPreview = url;
      preview.src = url;
    }
  };
  let timer = 0;
  const later = (): void => {
    win.clearTimeout(timer);
    timer = win.setTimeout(refresh, 400);
  };
  for (const el of [size, autoplay, ...boxes]) el.addEventListener('input', refresh);
  copyLink.addEventListener('click', () => void copy(link.value, status));
  copySnippet.addEventListener('click', () => void copy(snippet.value, status));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    preview.src = 'about:blank';
    lastPreview = '';
  });
  button.addEventListener('click', () => {
    dialog.showModal();
    refresh();
  });
  watch(store, (s) => [s.time.window, s.selection.selectedId, s.view] as const, later);

  dialog.append(
    h('div', { class: 'panel-head' }, h('h2', { id: 'share-title', text: 'Share / Embed' }), close),
    h('label', { class: 'share-row' }, 'Link to this view', link),
    h('div', { class: 'panel-actions' }, copyLink, status),
    h('label', { class: 'share-row' }, 'Size ', size),
    h('p', { id: 'share-size-help', class: 'muted small', text: 'Aspect ratio (16:9), height in pixels at full width (600), or fixed pixels (800x600).' }),
    h('fieldset', { class: 'share-controls' }, h('legend', { text: 'Show' }), ...boxes.map((b) => h('label', { class: 'toggle' }, b, ` ${CONTROL_LABELS[b.dataset['control'] as EmbedControl]}`)), h('label', { class: 'toggle' }, autoplay, ' Autoplay')),
    h('label', { class: 'share-row' }, 'Embed code', snippet),
    h('div', { class: 'panel-actions' }, copySnippet),
    h('h3', { class: 'small', text: 'Live preview' }),
    previewBox,
  );
  document.body.append(dialog);
  return button;
}
