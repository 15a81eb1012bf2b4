/** The Share button, always loaded; the Share / Embed dialog (shareDialog.ts) loads on its first click. */
import { watch, type AppStore } from '../state/appStore';
import { t } from '../i18n/strings';
import { h } from '../ui/dom';
import { reportedLoad, whenLoaded } from '../state/reportedLoad';

export function createShareButton(store: AppStore, win: Window): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'tool-button', 'data-testid': 'share-button' });
  const label = (): void => {
    button.textContent = t(store.getState().view.lang, 'shareButton');
  };
  label();
  watch(store, (s) => [s.view.lang] as const, label);
  const dialog = reportedLoad(
    store,
    'shareDialog',
    () => import('./shareDialog'),
    (m) => m.createShareDialog(store, win, button),
  );
  button.addEventListener('click', () => whenLoaded(dialog, (d) => d.open()));
  return button;
}
