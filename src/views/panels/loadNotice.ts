/**
 * A part that loads on first use (a panel, a dialog, a language) may fail to arrive — a dropped
 * connection, a redeploy that removed the old chunk. The user is told which part, that nothing on
 * screen was lost, and that using it again retries (`reportedLoad` clears the notice when it works).
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/watch';
import { t } from '../../i18n/strings';
import { partFailedText } from '../../i18n/partFailed';
import { h } from '../../ui/dom';

/** Mounts the notice into `parent`; returns the teardown. */
export function mountLoadNotice(parent: HTMLElement, store: AppStore): () => void {
  const text = h('span', { class: 'load-notice-text' });
  const close = h('button', { type: 'button', class: 'load-notice-close', text: '×' });
  close.addEventListener('click', () => store.getState().dismissPartFailed());
  const root = h('div', { class: 'load-notice', role: 'alert', 'data-testid': 'load-notice', hidden: true }, text, close);
  parent.append(root);
  const render = (): void => {
    const { data, view } = store.getState();
    root.hidden = data.failedPart === null;
    if (data.failedPart === null) return;
    text.textContent = partFailedText(view.lang, data.failedPart);
    close.setAttribute('aria-label', t(view.lang, 'close'));
  };
  render();
  const stop = watch(store, (s) => [s.data.failedPart, s.view.lang] as const, render);
  return () => {
    stop();
    root.remove();
  };
}
