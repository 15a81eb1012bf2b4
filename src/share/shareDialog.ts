/**
 * Share / Embed dialog: the permalink, an `<iframe>` snippet for the current view (ratio, height or
 * fixed size; chosen controls; autoplay) and a live preview of exactly that snippet's URL.
 */
import { watch, type AppStore, type Lang } from '../state/appStore';
import { t, type StringKey } from '../i18n/strings';
import { h } from '../ui/dom';
import { DEFAULT_EMBED_CONTROLS, EMBED_CONTROLS, type EmbedControl } from '../embed/embedOptions';
import { embedUrl, iframeSnippet, parseSizing, permalink, type Sizing } from './snippet';

const CONTROL_LABELS: Record<EmbedControl, StringKey> = {
  timeline: 'embedCtlTimeline',
  legend: 'embedCtlLegend',
  list: 'embedCtlList',
  play: 'embedCtlPlay',
  nav: 'embedCtlNav',
  link: 'embedCtlLink',
};

/** Embed sizes the preview can show at their real pixel size (scaled down to fit the dialog). */
const PREVIEW_SIZES = ['600x400', '400x300', '800x450'] as const;

/** Copies `text`; resolves with the key of the status message to show. */
async function copy(text: string): Promise<StringKey> {
  try {
    await navigator.clipboard.writeText(text);
    return 'shareCopied';
  } catch {
    return 'shareCopyFailed';
  }
}

/**
 * Creates the dialog behind `button` (shareButton.ts, which loads this module on the first click);
 * returns what opens it. Its texts follow `view.lang`.
 */
export function createShareDialog(store: AppStore, win: Window, button: HTMLButtonElement): { open(): void } {
  const lang = (): Lang => store.getState().view.lang;
  const dialog = h('dialog', { class: 'tool-dialog share-dialog', 'data-testid': 'share-dialog', 'aria-labelledby': 'share-title' });
  const link = h('input', { type: 'text', readonly: true, class: 'share-field', 'data-testid': 'share-permalink' });
  const size = h('input', {
    type: 'text',
    value: '16:9',
    class: 'share-size',
    'data-testid': 'share-size',
    'aria-describedby': 'share-size-help',
  });
  const autoplay = h('input', { type: 'checkbox', 'data-testid': 'share-autoplay' });
  const previewSize = h('select', { class: 'share-size', 'data-testid': 'share-preview-size' });
  const customOption = h('option', { value: '' });
  previewSize.append(customOption, ...PREVIEW_SIZES.map((v) => h('option', { value: v, text: v.replace('x', ' × ') })));
  const previewSizeLabel = document.createTextNode('');
  const boxes = EMBED_CONTROLS.map((c) => {
    const cb = h('input', { type: 'checkbox', 'data-control': c });
    cb.checked = DEFAULT_EMBED_CONTROLS.includes(c);
    return cb;
  });
  const snippet = h('textarea', { readonly: true, rows: 4, class: 'share-field', 'data-testid': 'share-snippet' });
  const status = h('span', { class: 'muted small', role: 'status' });
  const preview = h('iframe', { class: 'share-preview', 'data-testid': 'share-preview' });
  const previewBox = h('div', { class: 'share-preview-box' }, preview);
  const copyLink = h('button', { type: 'button' });
  const copySnippet = h('button', { type: 'button' });
  const close = h('button', { type: 'button', class: 'panel-close', text: '×' });
  const heading = h('h2', { id: 'share-title' });
  const linkLabel = document.createTextNode('');
  const sizeLabel = document.createTextNode('');
  const sizeHelp = h('p', { id: 'share-size-help', class: 'muted small' });
  const showLegend = h('legend');
  const boxLabels = boxes.map(() => document.createTextNode(''));
  const autoplayLabel = document.createTextNode('');
  const codeLabel = document.createTextNode('');
  const previewHeading = h('h3', { class: 'small' });
  /** The key of the status message on show, so a language switch re-words it. */
  let statusKey: StringKey | null = null;
  const setStatus = (k: StringKey | null): void => {
    statusKey = k;
    status.textContent = k ? t(lang(), k) : '';
  };

  const applyLang = (): void => {
    const l = lang();
    button.textContent = t(l, 'shareButton');
    heading.textContent = t(l, 'shareTitle');
    link.setAttribute('aria-label', t(l, 'sharePermalink'));
    snippet.setAttribute('aria-label', t(l, 'shareEmbedCode'));
    preview.title = t(l, 'sharePreviewTitle');
    copyLink.textContent = t(l, 'shareCopyLink');
    copySnippet.textContent = t(l, 'shareCopyCode');
    close.setAttribute('aria-label', t(l, 'closeDialog'));
    linkLabel.data = t(l, 'shareLinkLabel');
    sizeLabel.data = `${t(l, 'shareSize')} `;
    sizeHelp.textContent = t(l, 'shareSizeHelp');
    showLegend.textContent = t(l, 'shareShow');
    boxes.forEach((b, i) => ((boxLabels[i] as Text).data = ` ${t(l, CONTROL_LABELS[b.dataset['control'] as EmbedControl])}`));
    autoplayLabel.data = ` ${t(l, 'shareAutoplay')}`;
    codeLabel.data = t(l, 'shareEmbedCode');
    previewHeading.textContent = t(l, 'sharePreview');
    previewSizeLabel.data = `${t(l, 'sharePreviewSize')} `;
    customOption.textContent = t(l, 'sharePreviewCustom');
    setStatus(statusKey);
  };
  applyLang();

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
    snippet.value = iframeSnippet(url, sizing, t(lang(), 'mapLabel'));
    const ratio =
      sizing.kind === 'ratio' ? `${sizing.w} / ${sizing.h}` : sizing.kind === 'fixed' ? `${sizing.width} / ${sizing.height}` : `auto`;
    const fixedKey = sizing.kind === 'fixed' ? `${sizing.width}x${sizing.height}` : '';
    previewSize.value = PREVIEW_SIZES.some((p) => p === fixedKey) ? fixedKey : '';
    if (sizing.kind === 'fixed') {
      // A fixed size is previewed at that very size (the embed lays out as it will on the host page), scaled to fit.
      const room = Math.max(200, (previewBox.parentElement?.clientWidth ?? sizing.width) - 4);
      const k = Math.min(1, room / sizing.width);
      Object.assign(previewBox.style, {
        aspectRatio: '',
        width: `${sizing.width * k}px`,
        height: `${sizing.height * k}px`,
        maxHeight: 'none',
      });
      Object.assign(preview.style, { width: `${sizing.width}px`, height: `${sizing.height}px`, transform: k < 1 ? `scale(${k})` : '' });
    } else {
      Object.assign(previewBox.style, {
        aspectRatio: ratio,
        width: '',
        maxHeight: '',
        height: sizing.kind === 'height' ? `${Math.min(sizing.height, 480)}px` : '',
      });
      Object.assign(preview.style, { width: '', height: '', transform: '' });
    }
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
  previewSize.addEventListener('change', () => {
    if (previewSize.value) size.value = previewSize.value;
    else size.focus();
    refresh();
  });
  copyLink.addEventListener('click', () => void copy(link.value).then(setStatus));
  copySnippet.addEventListener('click', () => void copy(snippet.value).then(setStatus));
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    preview.src = 'about:blank';
    lastPreview = '';
  });
  const open = (): void => {
    setStatus(null);
    dialog.showModal();
    refresh();
  };
  watch(store, (s) => [s.time.window, s.selection.selectedId, s.view] as const, later);
  watch(store, (s) => [s.view.lang] as const, applyLang);

  dialog.append(
    h('div', { class: 'panel-head' }, heading, close),
    h('label', { class: 'share-row' }, linkLabel, link),
    h('div', { class: 'panel-actions' }, copyLink, status),
    h('label', { class: 'share-row' }, sizeLabel, size),
    sizeHelp,
    h(
      'fieldset',
      { class: 'share-controls' },
      showLegend,
      ...boxes.map((b, i) => h('label', { class: 'toggle' }, b, boxLabels[i] as Text)),
      h('label', { class: 'toggle' }, autoplay, autoplayLabel),
    ),
    h('label', { class: 'share-row' }, codeLabel, snippet),
    h('div', { class: 'panel-actions' }, copySnippet),
    previewHeading,
    h('label', { class: 'share-row share-preview-size' }, previewSizeLabel, previewSize),
    previewBox,
  );
  document.body.append(dialog);
  return { open };
}
