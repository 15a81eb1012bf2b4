/** The embed view: minimal chrome chosen by URL, a "view full map" link and autoplay. */
import { watch, type AppStore } from '../state/appStore';
import { t } from '../i18n/strings';
import { h } from '../ui/dom';
import type { EmbedOptions } from './embedOptions';
import { permalink } from '../share/permalink';

/** Marks the document as an embed and records which controls show (CSS does the rest). */
export function applyEmbedLayout(doc: Document, o: EmbedOptions): void {
  if (!o.embed) return;
  doc.body.classList.add('embed');
  doc.body.setAttribute('data-embed-controls', [...o.controls].join(' '));
}

/** Adds the "view full map" link (opens the same view without embed chrome); returns its teardown. */
export function mountFullMapLink(parent: HTMLElement, store: AppStore, win: Window): () => void {
  const a = h('a', { class: 'embed-full-link', target: '_blank', rel: 'noopener', 'data-testid': 'full-map-link' });
  const update = (): void => {
    a.href = permalink(win.location.href);
    a.textContent = t(store.getState().view.lang, 'viewFullMap');
  };
  update();
  let timer = 0;
  // The URL is written after a short delay (urlSync), so refresh the link just after that.
  const unsub = watch(
    store,
    (s) => [s.time.window, s.selection.selectedId, s.view, s.filters] as const,
    () => {
      win.clearTimeout(timer);
      timer = win.setTimeout(update, 350);
    },
  );
  const unsubLang = watch(
    store,
    (s) => [s.view.lang] as const,
    () => (a.textContent = t(store.getState().view.lang, 'viewFullMap')),
  );
  a.addEventListener('pointerenter', update);
  a.addEventListener('focus', update);
  parent.append(a);
  return () => {
    unsub();
    unsubLang();
    win.clearTimeout(timer);
    a.remove();
  };
}
