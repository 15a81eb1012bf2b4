/**
 * The data dialog's topbar button and page-wide drop target, always loaded; the dialog itself
 * (import, report, export: importDialog.ts and the interchange code) loads on first need — a click,
 * a dropped file, or a `?data=` URL.
 */
import type { AppStore } from '../../state/appStore';
import { watch } from '../../state/appStore';
import { t } from '../../i18n/strings';
import { h } from '../../ui/dom';
import { listenForDrops } from './drops';
import type { DataDialog, DataDialogOptions } from './importDialog';

export interface DataButton {
  button: HTMLButtonElement;
  /** Imports the `?data=` file, if any (loading the dialog only then); call once the map is up. */
  loadFromUrl(): Promise<void>;
  destroy(): void;
}

export function mountDataButton(store: AppStore, win: Window, opts: DataDialogOptions = {}): DataButton {
  const importing = opts.importing ?? true;
  const button = h('button', { class: 'data-button', 'data-testid': 'data-button', 'aria-haspopup': 'dialog' });
  const overlay = h('div', { class: 'drop-overlay', hidden: true, 'aria-hidden': 'true' });
  win.document.body.append(overlay);
  let dialog: Promise<DataDialog> | null = null;
  const full = (): Promise<DataDialog> => (dialog ??= import('./importDialog').then((m) => m.mountDataDialog(store, win, button, opts)));
  const label = (): void => {
    button.textContent = t(store.getState().view.lang, 'dataButton');
  };
  label();
  const unlang = watch(store, (s) => [s.view.lang] as const, label);
  button.addEventListener('click', () => void full().then((d) => d.open()));
  const undrop = listenForDrops(
    win,
    overlay,
    importing,
    () => t(store.getState().view.lang, 'dropHere'),
    (f) => void full().then((d) => d.importFile(f)),
  );
  return {
    button,
    loadFromUrl: async () => {
      if (!new URLSearchParams(win.location.search).has('data')) return;
      await (await full()).loadFromUrl();
    },
    destroy: () => {
      unlang();
      undrop();
      overlay.remove();
      void dialog?.then((d) => d.destroy());
    },
  };
}
